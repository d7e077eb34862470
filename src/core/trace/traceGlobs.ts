import { dirName } from '../fileKind';
import { matchesAnyGlob } from '../glob';
import type { FileKind } from '../model';
import type { MentionKind } from './mentions';

/** The `trace:` globs of reqdesk.yaml: which files count as code and which as tests. */
export interface TraceGlobs {
  readonly code: readonly string[];
  readonly tests: readonly string[];
}

/** Layouts most projects use; a test file under src/ is still a test, so tests are matched first. */
export const DEFAULT_TRACE_GLOBS: TraceGlobs = {
  code: ['src/**', 'lib/**', 'app/**', 'pkg/**', 'cmd/**', 'internal/**', 'include/**'],
  tests: ['test/**', 'tests/**', 'spec/**', '**/__tests__/**', '**/*.test.*', '**/*.spec.*', '**/*_test.*', '**/test_*.py'],
};

/** The kind of a scanned file by its folder-relative path, or undefined when it is neither code nor tests. */
export function traceKindOf(globs: TraceGlobs, path: string): Extract<MentionKind, 'code' | 'tests'> | undefined {
  if (matchesAnyGlob(globs.tests, path)) {
    return 'tests';
  }
  return matchesAnyGlob(globs.code, path) ? 'code' : undefined;
}

/** ReqDesk files whose mentions count: records and change requests; requirement files define, they do not trace. */
export const TRACED_FILE_KINDS: Partial<Record<FileKind, MentionKind>> = { record: 'records', 'change-request': 'changeRequests' };

/** The kind a file's mentions count as: by its ReqDesk kind when it is a ReqDesk file, else by the trace globs. */
export function mentionKindOf(globs: TraceGlobs, fileKind: FileKind | undefined, globPath: string): MentionKind | undefined {
  return fileKind ? TRACED_FILE_KINDS[fileKind] : traceKindOf(globs, globPath);
}

/**
 * The path as trace globs see it: relative to the nearest folder (up to `root`) that has a reqdesk.yaml, else to
 * `root`, the folder searched.
 */
export function traceGlobPath(key: string, root: string, hasSettings: (folder: string) => boolean): string {
  for (let folder = dirName(key); folder.length >= root.length && folder !== dirName(folder); folder = dirName(folder)) {
    if (hasSettings(folder)) {
      return key.slice(folder.length + 1);
    }
  }
  return key.startsWith(`${root}/`) ? key.slice(root.length + 1) : key;
}
