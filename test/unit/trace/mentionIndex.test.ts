import * as assert from 'node:assert/strict';
import { MentionIndex, mentionsInText } from '../../../src/core/trace/mentionIndex';
import { resolveSettings } from '../../../src/core/settings';
import { DEFAULT_TRACE_GLOBS, traceKindOf } from '../../../src/core/trace/traceGlobs';

/** A small project in several languages, each mentioning IDs the way its comments and test names do. */
const TREE: Record<string, string> = {
  'src/login.ts': '// Implements PORTAL-001 and PORTAL-002\nexport function login(): void {}\n',
  'src/login.test.ts': "it('PORTAL-001: logs in', () => {});\n",
  'app/report.py': '# PORTAL-002\ndef report():\n    pass  # see PORTAL-002 again\n',
  'tests/test_report.py': 'def test_report():  # PORTAL-002\n    pass\n',
  'src/main/java/Audit.java': '/** PORTAL-003 */\nclass Audit {}\n',
  'pkg/store/store_test.go': '// PORTAL-001 XPORTAL-003 PORTAL-0012\npackage store\n',
  'lib/hash.c': '/* PORTAL-003 */\nint hash(void);\n',
  'docs/readme.md': 'PORTAL-001 is mentioned here, outside code and tests.\n',
};

function indexOf(tree: Record<string, string>): MentionIndex {
  const index = new MentionIndex();
  for (const [file, text] of Object.entries(tree)) {
    const kind = traceKindOf(DEFAULT_TRACE_GLOBS, file);
    if (kind) {
      index.setFile(file, kind, mentionsInText(text));
    }
  }
  return index;
}

describe('mentionIndex', () => {
  it('finds whole IDs with zero-based positions', () => {
    assert.deepEqual(mentionsInText('a\n  // PORTAL-001, xPORTAL-002\n\tPORTAL-003'), [
      { id: 'PORTAL-001', line: 1, character: 5 },
      { id: 'PORTAL-003', line: 2, character: 1 },
    ]);
    assert.deepEqual(mentionsInText('no ids here'), []);
  });

  it('classifies tests before code and leaves other files out', () => {
    assert.equal(traceKindOf(DEFAULT_TRACE_GLOBS, 'src/login.ts'), 'code');
    assert.equal(traceKindOf(DEFAULT_TRACE_GLOBS, 'src/login.test.ts'), 'tests');
    assert.equal(traceKindOf(DEFAULT_TRACE_GLOBS, 'pkg/store/store_test.go'), 'tests');
    assert.equal(traceKindOf(DEFAULT_TRACE_GLOBS, 'tests/test_report.py'), 'tests');
    assert.equal(traceKindOf(DEFAULT_TRACE_GLOBS, 'docs/readme.md'), undefined);
  });

  it('takes the globs of reqdesk.yaml, each replacing its default', () => {
    const globs = resolveSettings({ trace: { code: ['firmware/**'] } }).traceGlobs;
    assert.deepEqual(globs, { code: ['firmware/**'], tests: DEFAULT_TRACE_GLOBS.tests });
    assert.equal(traceKindOf(globs, 'firmware/boot.c'), 'code');
    assert.equal(traceKindOf(globs, 'src/login.ts'), undefined);
    assert.equal(traceKindOf(globs, 'firmware/boot_test.c'), 'tests');
  });

  it('counts distinct files per kind over TS, Python, Java, Go and C', () => {
    const index = indexOf(TREE);
    assert.deepEqual(index.mentionsOf('PORTAL-001').files, { code: 1, tests: 2, records: 0, changeRequests: 0 });
    assert.deepEqual(index.mentionsOf('PORTAL-002').files, { code: 2, tests: 1, records: 0, changeRequests: 0 });
    assert.deepEqual(index.mentionsOf('PORTAL-003').files, { code: 2, tests: 0, records: 0, changeRequests: 0 });
    assert.deepEqual(index.mentionsOf('PORTAL-009').files, { code: 0, tests: 0, records: 0, changeRequests: 0 });
  });

  it('lists the first places in path then position order', () => {
    assert.deepEqual(indexOf(TREE).mentionsOf('PORTAL-002').first, [
      { file: 'app/report.py', line: 0, character: 2, kind: 'code' },
      { file: 'app/report.py', line: 2, character: 16, kind: 'code' },
      { file: 'src/login.ts', line: 0, character: 29, kind: 'code' },
      { file: 'tests/test_report.py', line: 0, character: 22, kind: 'tests' },
    ]);
  });

  it('replaces and deletes files incrementally', () => {
    const index = indexOf(TREE);
    index.setFile('src/login.ts', 'code', mentionsInText('// PORTAL-003 now'));
    assert.deepEqual(index.mentionsOf('PORTAL-001').files.code, 0);
    assert.deepEqual(index.mentionsOf('PORTAL-003').files.code, 3);
    index.deleteFile('lib/hash.c');
    index.deleteFile('not/indexed.ts');
    assert.deepEqual(index.mentionsOf('PORTAL-003').files.code, 2);
    assert.ok(!index.mentionsOf('PORTAL-003').first.some((place) => place.file === 'lib/hash.c'));
  });
});
