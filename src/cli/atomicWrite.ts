import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file on disk is no longer the text the edit was made on: nothing was written. */
export class ChangedOnDiskError extends Error {}

/**
 * Replaces a file's bytes so that, killed at any moment, it holds either the old bytes or the new, never a part
 * (writeAtomically). Before that, the file must still hold `expected` (what the edit was computed on), else
 * ChangedOnDiskError and nothing is written.
 */
export async function replaceFileAtomically(path: string, bytes: Uint8Array, expected: Uint8Array): Promise<void> {
  const { mode } = await stat(path);
  const current = await readFile(path);
  if (!Buffer.from(expected).equals(current)) {
    throw new ChangedOnDiskError(`${basename(path)} changed on disk while ReqDesk prepared the edit`);
  }
  await writeAtomically(path, bytes, mode & 0o7777);
}

/** Writes a report, new or replacing one, so that a reader never sees it half written (writeAtomically). */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const existing = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      return undefined;
    }
    throw error;
  });
  await writeAtomically(path, bytes, existing ? existing.mode & 0o7777 : undefined);
}

/**
 * The new bytes go to a temporary file beside the target (same folder, so the rename stays on one file system),
 * are flushed to the disk, take the old file's permission bits (a new file: the umask's), and are renamed over it.
 */
async function writeAtomically(path: string, bytes: Uint8Array, mode: number | undefined): Promise<void> {
  // Dot-prefixed and not *.yaml: no ReqDesk glob, and no editor watching for YAML, picks it up.
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.reqdesk-tmp`);
  let renamed = false;
  try {
    const handle = await open(temporary, 'wx', mode ?? 0o666);
    try {
      await handle.writeFile(bytes);
      if (mode !== undefined) {
        await handle.chmod(mode);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    renamed = true;
  } finally {
    if (!renamed) {
      await unlink(temporary).catch(() => undefined);
    }
  }
}
