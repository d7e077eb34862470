import { relative, resolve } from 'node:path';

/** Index keys are absolute paths with forward slashes, on every platform. */
export function toKey(cwd: string, path: string): string {
  return resolve(cwd, path).replace(/\\/g, '/');
}

/** How a file is shown to the user: relative to the folder the CLI runs in. */
export function displayPath(cwd: string, key: string): string {
  return relative(cwd, key).replace(/\\/g, '/') || '.';
}
