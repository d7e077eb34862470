import type { ParseJob } from '../../core/parseJob';
import type { ParsedFile } from '../../core/parsedFile';

/**
 * A parse result: the ParsedFile itself, or its parsedFileCodec text as UTF-8 (cheaper to receive from a worker,
 * and ready to persist).
 */
export type ParseOutcome =
  | { readonly parsed: ParsedFile; readonly encoded?: undefined }
  | { readonly parsed?: undefined; readonly encoded: Uint8Array };

export type ParserMode = 'worker' | 'main-thread';

export interface FileParser {
  /** Where parsing happens now; a worker parser that failed says 'main-thread' from then on. */
  readonly mode: ParserMode;
  parse(job: ParseJob): Promise<ParseOutcome>;
  dispose(): void;
}

/** What the extension host posts to the index worker: a batch of texts. */
export interface WorkerRequest {
  readonly jobs: readonly (ParseJob & { readonly id: number })[];
}

/** `ready` once the worker has loaded, then one reply per job, as soon as it is parsed. */
export type WorkerReply =
  | { readonly ready: true }
  | { readonly id: number; readonly encoded: Uint8Array }
  | { readonly id: number; readonly parsed: ParsedFile }
  | { readonly id: number; readonly error: string };
