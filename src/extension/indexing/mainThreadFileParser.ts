import { parseFile } from '../../core/parsedFile';
import type { FileParser, ParseJob, ParseOutcome, ParserMode } from './fileParser';
import { TimeSlicer } from './timeSlicer';

/**
 * The fallback where no worker thread can be started (e.g. a web extension host): parses on this thread, one
 * file per slice at most, yielding to the event loop in between. A file's parse itself cannot be split.
 */
export class MainThreadFileParser implements FileParser {
  readonly mode: ParserMode = 'main-thread';
  private readonly slicer = new TimeSlicer();

  parse(job: ParseJob): Promise<ParseOutcome> {
    return this.slicer.run(() => ({
      parsed: parseFile(job.key, job.text, job.kind, { maxBytes: job.maxBytes, byteSize: job.byteSize, textProblem: job.textProblem }),
    }));
  }

  dispose(): void {
    // Nothing is held between jobs.
  }
}
