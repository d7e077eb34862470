import { relative, resolve } from 'node:path';

/** Index keys are absolute paths with forward slashes, on every platform. */
export function toKey(cwd: string, path: string): string {
  return resolve(cwd, path).replace(/\\/g, '/');
}

/** How a file is shown to the user: relative to the folder the CLI runs in. */
export function displayPath(cwd: string, key: string): string {
  return relative(cwd, key).replace(/\\/g, '/') || '.';
}

/** `key` relative to `base` (both keys); undefined when it is not inside it. */
export function relativeTo(base: string, key: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return key.startsWith(prefix) ? key.slice(prefix.length) : undefined;
}
