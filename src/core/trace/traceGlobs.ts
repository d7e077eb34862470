import { matchesAnyGlob } from '../glob';
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
