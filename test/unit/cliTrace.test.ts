import * as assert from 'node:assert/strict';
import { runCli, TempWorkspace, yamlLines } from '../fixtures/cli/cliHarness';

const PORTAL = yamlLines(
  'document: { prefix: PORTAL, title: Portal }',
  'requirements:',
  '  - id: PORTAL-001',
  '    title: Log in',
  '    status: done',
  '  - id: PORTAL-002',
  '    title: Report',
  '    status: accepted',
  '    links: [PORTAL-001]',
  '  - id: PORTAL-003',
  '    title: Audit',
  '    status: new',
);

/** Code and tests in five languages, plus what the scan must pass over. */
const TREE: Record<string, string | Buffer> = {
  'portal.req.yaml': PORTAL,
  'src/login.ts': '// PORTAL-001\nexport const login = (): void => {};\n',
  'src/login.test.ts': "it('PORTAL-001 logs in', () => {});\n",
  'app/report.py': '# PORTAL-002, PORTAL-003\n',
  'tests/test_report.py': 'def test_report():  # PORTAL-001\n    pass\n',
  'src/main/java/Audit.java': '/** PORTAL-003 */ class Audit {}\n',
  'pkg/store/store_test.go': '// PORTAL-001\npackage store\n',
  'lib/hash.c': '/* PORTAL-002 */\n',
  'src/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x50, 0x4f, 0x52, 0x54, 0x41, 0x4c, 0x2d, 0x30, 0x30, 0x32]),
  'src/big.ts': `// PORTAL-002\n${'x'.repeat(1024 * 1024)}\n`,
  'node_modules/dep/src/index.js': '// PORTAL-002\n',
  'docs/readme.md': 'PORTAL-002, neither code nor tests\n',
  'changes/CR-0001.cr.yaml': yamlLines('id: CR-0001', 'title: Audit export', 'status: draft', 'affects: [PORTAL-003]'),
  'notes/2026-12-01-kickoff.md': yamlLines('---', 'date: 2026-12-01', 'kind: meeting', 'title: Kickoff', '---', 'We agreed on PORTAL-003.'),
};

describe('reqdesk trace', () => {
  let ws: TempWorkspace;
  beforeEach(() => {
    ws = new TempWorkspace(TREE);
  });
  afterEach(() => ws.dispose());

  it('counts the files mentioning each requirement, per kind', async () => {
    const run = await runCli(['trace', '--format', 'csv'], ws.root);
    assert.deepEqual(run, {
      code: 0,
      stderr: '',
      stdout:
        '\uFEFFID,Title,Status,Links up,Links down,Code,Tests,Records,CRs\r\n' +
        'PORTAL-001,Log in,done,,PORTAL-002,1,3,0,0\r\n' +
        'PORTAL-002,Report,accepted,PORTAL-001,,2,0,0,0\r\n' +
        'PORTAL-003,Audit,new,,,2,0,1,1\r\n',
    });
  });

  it('lists only the untested with --uncovered, and fails with --strict when a finished one is', async () => {
    const run = await runCli(['trace', '--uncovered', '--strict', '--format', 'json'], ws.root);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, 'reqdesk: no test mentions PORTAL-002 (done or accepted)\n');
    assert.deepEqual((JSON.parse(run.stdout) as { id: string }[]).map((row) => row.id), ['PORTAL-002', 'PORTAL-003']);
  });

  it('reads the trace globs of reqdesk.yaml and writes Markdown to --out', async () => {
    ws.write('reqdesk.yaml', 'trace:\n  code: [lib/**]\n  tests: [pkg/**]\n');
    assert.equal((await runCli(['trace', '--strict', '--out', 'trace.md'], ws.root)).code, 1);
    assert.equal(
      ws.text('trace.md'),
      '| ID | Title | Status | Links up | Links down | Code | Tests | Records | CRs |\n' +
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' +
        '| PORTAL-001 | Log in | done |  | PORTAL-002 | 0 | 1 | 0 | 0 |\n' +
        '| PORTAL-002 | Report | accepted | PORTAL-001 |  | 1 | 0 | 0 | 0 |\n' +
        '| PORTAL-003 | Audit | new |  |  | 0 | 0 | 1 | 1 |\n',
    );
  });
});
