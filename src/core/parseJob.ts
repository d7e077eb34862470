import type { TextProblem } from './fileText';
import type { FileKind } from './model';
import { parseFile, type ParsedFile } from './parsedFile';

/**
 * One file to parse: its text, already read and decoded by a front end (the parser never touches the file
 * system). Every parse of the workspace's files — the CLI's, the index worker's, the extension host's fallback,
 * WorkspaceIndex.update — is one of these, so that the reading path changes in one place.
 */
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

export function parseJob(job: ParseJob): ParsedFile {
  return parseFile(job.key, job.text, job.kind, { maxBytes: job.maxBytes, byteSize: job.byteSize, textProblem: job.textProblem });
}
