// @ts-check
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

/** VSCODE_TEST_KEEP=1 keeps temp folders (workspace copy, profile) for a look after a failure. */
const KEEP = process.env.VSCODE_TEST_KEEP === '1';

/** @param {string} p */
export function removeQuietly(p) {
  if (!KEEP) {
    fs.rmSync(p, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  }
}

/**
 * Copies a fixture folder to a fresh temp dir, so tests may edit and save files without dirtying the repo.
 * The copy keeps the folder's base name, so the workspace folder's name is the same in every run.
 * @param {string} source
 * @returns {{ folder: string, dispose: () => void }}
 */
export function copyWorkspace(source) {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'reqdesk-ws-'));
  const folder = path.join(parent, path.basename(source));
  fs.cpSync(source, folder, { recursive: true });
  return { folder, dispose: () => removeQuietly(parent) };
}
