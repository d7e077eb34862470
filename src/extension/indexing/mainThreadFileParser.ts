import { parseJob, type ParseJob } from '../../core/parseJob';
import type { FileParser, ParseOutcome, ParserMode } from './fileParser';
import { TimeSlicer } from './timeSlicer';

/**
 * The fallback where no worker thread can be started (e.g. a web extension host): parses on this thread, one
 * file per slice at most, yielding to the event loop in between. A file's parse itself cannot be split.
 */
export class MainThreadFileParser implements FileParser {
  readonly mode: ParserMode = 'main-thread';
  private readonly slicer = new TimeSlicer();

  parse(job: ParseJob): Promise<ParseOutcome> {
    return this.slicer.run(() => ({ parsed: parseJob(job) }));
  }

  dispose(): void {
    // Nothing is held between jobs.
  }
}
