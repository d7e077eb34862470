import * as assert from 'node:assert/strict';
import { runCli, TempWorkspace, yamlLines } from '../fixtures/cli/cliHarness';

const TREE: Record<string, string> = {
  'portal.req.yaml': yamlLines(
    'document: { prefix: PORTAL, title: Portal }',
    'requirements:',
    '  - id: PORTAL-001',
    '    title: Log in',
    '  - id: PORTAL-002',
    '    title: Report',
    '    links: [PORTAL-001]',
    '  - id: PORTAL-003',
    '    title: Audit',
    '    links: [PORTAL-002, PORTAL-004]',
    '  - id: PORTAL-004',
    '    title: Archive',
    '    links: [PORTAL-003]',
  ),
  'src/login.ts': '\n// PORTAL-001\n',
  'tests/test_report.py': '# PORTAL-002\n',
  'risks/project.risks.yaml': yamlLines(
    'risks:',
    '  - id: RISK-001',
    '    title: SSO provider late',
    '    links: [PORTAL-003]',
    '  - id: RISK-002',
    '    title: Closed one',
    '    status: closed',
    '    links: [PORTAL-001]',
  ),
  'changes/CR-0001.cr.yaml': yamlLines('id: CR-0001', 'title: Two-factor login', 'status: draft', 'affects: [PORTAL-001]'),
  'changes/CR-0002.cr.yaml': yamlLines('id: CR-0002', 'title: Login wording', 'status: submitted', 'affects: [PORTAL-001]'),
};

describe('reqdesk impact', () => {
  let ws: TempWorkspace;
  beforeEach(() => {
    ws = new TempWorkspace(TREE);
  });
  afterEach(() => ws.dispose());

  it('lists dependants with their paths through a cycle, mentions, open risks and conflicts', async () => {
    const run = await runCli(['impact', 'CR-0001'], ws.root);
    assert.deepEqual(run, {
      code: 0,
      stderr: '',
      stdout: [
        'CR-0001 affects PORTAL-001',
        '',
        'Requirements linking to them (depth 3):',
        '  PORTAL-002  PORTAL-001 ← PORTAL-002',
        '  PORTAL-003  PORTAL-001 ← PORTAL-002 ← PORTAL-003',
        '  PORTAL-004  PORTAL-001 ← PORTAL-002 ← PORTAL-003 ← PORTAL-004',
        '',
        'Mentioned in:',
        '  PORTAL-001  1 code, 2 change requests  (changes/CR-0001.cr.yaml:4, changes/CR-0002.cr.yaml:4, src/login.ts:2)',
        '  PORTAL-002  1 tests  (tests/test_report.py:1)',
        '',
        'Open risks linked to them:',
        '  RISK-001  SSO provider late',
        '',
        'Open change requests affecting the same requirements:',
        '  CR-0002  Login wording',
        '',
      ].join('\n'),
    });
  });

  it('follows links only as deep as --depth, and names an unknown request', async () => {
    const run = await runCli(['impact', 'CR-0001', '--depth', '1', '--format', 'json'], ws.root);
    assert.equal(run.code, 0);
    const json = JSON.parse(run.stdout) as { dependants: { id: string }[]; risks: unknown[] };
    assert.deepEqual(json.dependants.map((d) => d.id), ['PORTAL-002']);
    assert.deepEqual(json.risks, []);
    assert.deepEqual(await runCli(['impact', 'CR-0009'], ws.root), { code: 2, stdout: '', stderr: 'reqdesk: no change request CR-0009 in this folder\n' });
    assert.equal((await runCli(['impact', 'CR-0001', '--depth', '0'], ws.root)).code, 2);
  });
});
