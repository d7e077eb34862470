import { readFile } from 'node:fs/promises';
import { decodeFileText, encodeFileText, type FileText } from '../core/fileText';
import { ChangedOnDiskError, replaceFileAtomically } from './atomicWrite';
import { CliError } from './cliIo';
import { fsErrorReason } from './fsErrorReason';

/** A file a command edits, as its bytes are on disk now (not as the workspace load read it a moment ago). */
export interface EditedFile {
  readonly bytes: Uint8Array;
  readonly text: FileText;
}

/** Reads the file to edit; a read that fails is a file error (exit 2), named by `shown`. */
export async function readEditedFile(path: string, shown: string): Promise<EditedFile> {
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new CliError(`${shown}: ${fsErrorReason(error)}`);
  });
  return { bytes, text: decodeFileText(bytes) };
}

/**
 * Writes the edited text atomically, and only if the file still holds the bytes the edit was made on: a killed
 * run or a concurrent writer can never leave a part of either text behind. A file changed meanwhile is refused
 * with the command's own refusal (`refuse`), a write that fails is a file error.
 */
export async function writeEditedFile(path: string, shown: string, before: EditedFile, text: string, refuse: (reason: string) => Error): Promise<void> {
  await replaceFileAtomically(path, encodeFileText(text, before.text.bom), before.bytes).catch((error: unknown) => {
    if (error instanceof ChangedOnDiskError) {
      throw refuse(`${shown} changed on disk while the edit was prepared, so nothing was written. Run the command again.`);
    }
    throw new CliError(`${shown}: ${fsErrorReason(error)}`);
  });
}
