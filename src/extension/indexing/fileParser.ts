import type { TextProblem } from '../../core/fileText';
import type { FileKind } from '../../core/model';
import type { ParsedFile } from '../../core/parsedFile';

/** One file to parse: its text, already read by the extension host (the parser never touches the file system). */
export interface ParseJob {
  readonly key: string;
  readonly text: string;
  readonly kind: FileKind;
  /** The size limit `index.settingsFor(key)` gives: the same parse as index.update would make. */
  readonly maxBytes: number;
  readonly byteSize?: number;
  /** What decoding the file's bytes found wrong with them. */
  readonly textProblem?: TextProblem;
}

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
