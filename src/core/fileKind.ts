import type { FileKind } from './model';
import { SETTINGS_FILE_NAME } from './settings';

export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

export function dirName(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '' : file.slice(0, slash);
}

/** The kind of a file by its name alone; files matched by extra globs get their kind from the caller. */
export function fileKindOf(file: string): FileKind | undefined {
  const name = baseName(file).toLowerCase();
  if (name === SETTINGS_FILE_NAME) {
    return 'settings';
  }
  if (name.endsWith('.req.yaml') || name.endsWith('.req.yml')) {
    return 'requirements';
  }
  if (name.endsWith('.cr.yaml') || name.endsWith('.cr.yml')) {
    return 'change-request';
  }
  if (name.endsWith('.risks.yaml') || name.endsWith('.risks.yml')) {
    return 'risks';
  }
  return undefined;
}
