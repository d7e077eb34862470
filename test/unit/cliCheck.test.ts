import * as assert from 'node:assert/strict';
import { runCli, TempWorkspace, yamlLines } from '../fixtures/cli/cliHarness';

const CLEAN = yamlLines(
  'document:',
  '  prefix: PORTAL',
  '  title: Customer portal',
  'requirements:',
  '  - id: PORTAL-001',
  '    title: Login goes to the home page',
  '    priority: high',
  '    owner: alice',
  '    status: in-progress',
  '  - id: PORTAL-002',
  '    title: Logout',
  '    priority: low',
  '    owner: bob',
  '    links: [PORTAL-001]',
);

const BROKEN = yamlLines(
  'document:',
  '  prefix: BILL',
  '  title: Billing',
  'requirements:',
  '  - id: BILL-001',
  '    title: Invoice',
  '    status: don',
  '    links: [BILL-009]',
);

describe('reqdesk check', () => {
  let ws: TempWorkspace;
  afterEach(() => ws.dispose());

  it('passes a clean workspace with exit 0 and prints only the summary', async () => {
    ws = new TempWorkspace({
      'portal.req.yaml': CLEAN,
      'changes/CR-0001.cr.yaml': yamlLines('id: CR-0001', 'title: SSO', 'status: submitted', 'affects: [PORTAL-001]'),
    });
    const run = await runCli(['check'], ws.root);
    assert.deepEqual(run, { code: 0, stdout: '0 errors, 0 warnings, 0 info in 2 files (2 requirements, 1 change request)\n', stderr: '' });
  });

  it('prints one line per problem, sorted by file then position, and exits 1 on errors', async () => {
    ws = new TempWorkspace({ 'portal.req.yaml': CLEAN, 'billing/billing.req.yaml': BROKEN });
    const run = await runCli(['check'], ws.root);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    assert.deepEqual(run.stdout.split('\n'), [
      'billing/billing.req.yaml:5:5: warning missing-owner BILL-001 has no owner: assign someone responsible.',
      'billing/billing.req.yaml:5:5: warning missing-priority BILL-001 has no priority: set one of critical, high, medium, low.',
      "billing/billing.req.yaml:7:13: error invalid-status status must be one of new, in-progress, done, accepted, rejected, deferred (it is 'don').",
      'billing/billing.req.yaml:8:13: warning unknown-link Link to unknown requirement BILL-009: no requirement in the workspace has this ID.',
      '1 error, 3 warnings, 0 info in 2 files (3 requirements, 0 change requests)',
      '',
    ]);
  });

  it('looks on disk for the project documents of reqdesk.yaml, relative to its folder', async () => {
    ws = new TempWorkspace({
      'reqdesk.yaml': yamlLines('project:', '  documents:', '    - { path: docs/contract.pdf }', '    - { path: docs/lost.pdf }'),
      'docs/contract.pdf': 'PDF',
      'portal.req.yaml': CLEAN,
    });
    const run = await runCli(['check'], ws.root);
    assert.deepEqual(run.stdout.split('\n'), [
      "reqdesk.yaml:4:15: warning document-missing Document 'docs/lost.pdf' does not exist (paths are relative to the folder of reqdesk.yaml).",
      '0 errors, 1 warning, 0 info in 2 files (2 requirements, 0 change requests)',
      '',
    ]);
  });

  it('reports YAML syntax errors at their line and column', async () => {
    ws = new TempWorkspace({
      'tab.req.yaml': yamlLines('document:', '  prefix: X', '\ttitle: y', 'requirements: []'),
      'quote.req.yaml': yamlLines('document:', '  prefix: X', '  title: "unclosed', 'requirements: []'),
    });
    const run = await runCli(['check'], ws.root);
    assert.deepEqual(run, {
      code: 1,
      stdout: [
        'quote.req.yaml:5:1: error yaml-syntax YAML syntax error: Missing closing "quote.',
        'tab.req.yaml:3:1: error yaml-syntax Tabs are not allowed for indentation in YAML: indent with spaces.',
        '2 errors, 0 warnings, 0 info in 2 files (0 requirements, 0 change requests)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('exits 0 on warnings, and 1 with --strict', async () => {
    ws = new TempWorkspace({ 'a.req.yaml': yamlLines('document:', '  prefix: A', '  title: A', 'requirements:', '  - id: A-001', '    title: No owner', '    priority: low') });
    const lenient = await runCli(['check'], ws.root);
    const strict = await runCli(['check', '--strict'], ws.root);
    const expected = 'a.req.yaml:5:5: warning missing-owner A-001 has no owner: assign someone responsible.\n0 errors, 1 warning, 0 info in 1 file (1 requirement, 0 change requests)\n';
    assert.deepEqual(lenient, { code: 0, stdout: expected, stderr: '' });
    assert.deepEqual(strict, { code: 1, stdout: expected, stderr: '' });
  });

  it('counts info problems and does not fail on them, even with --strict', async () => {
    ws = new TempWorkspace({ 'reqdesk.yaml': '', 'portal.req.yaml': CLEAN });
    const run = await runCli(['check', '--strict'], ws.root);
    assert.equal(run.code, 0);
    assert.deepEqual(run.stdout.split('\n').slice(-2), ['0 errors, 0 warnings, 1 info in 2 files (2 requirements, 0 change requests)', '']);
    assert.match(run.stdout, /^reqdesk\.yaml:1:1: info empty-file /);
  });

  it('prints --format json as a parseable array and nothing else', async () => {
    ws = new TempWorkspace({ 'portal.req.yaml': CLEAN, 'billing/billing.req.yaml': BROKEN });
    const run = await runCli(['check', '--format', 'json'], ws.root);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    const problems = JSON.parse(run.stdout) as unknown;
    assert.deepEqual(problems, [
      { file: 'billing/billing.req.yaml', line: 5, column: 5, endLine: 5, endColumn: 17, severity: 'warning', ruleId: 'missing-owner', message: 'BILL-001 has no owner: assign someone responsible.', related: [] },
      { file: 'billing/billing.req.yaml', line: 5, column: 5, endLine: 5, endColumn: 17, severity: 'warning', ruleId: 'missing-priority', message: 'BILL-001 has no priority: set one of critical, high, medium, low.', related: [] },
      { file: 'billing/billing.req.yaml', line: 7, column: 13, endLine: 7, endColumn: 16, severity: 'error', ruleId: 'invalid-status', message: "status must be one of new, in-progress, done, accepted, rejected, deferred (it is 'don').", related: [] },
      { file: 'billing/billing.req.yaml', line: 8, column: 13, endLine: 8, endColumn: 21, severity: 'warning', ruleId: 'unknown-link', message: 'Link to unknown requirement BILL-009: no requirement in the workspace has this ID.', related: [] },
    ]);
  });

  it('prints an empty JSON array for a clean workspace', async () => {
    ws = new TempWorkspace({ 'portal.req.yaml': CLEAN });
    assert.deepEqual(await runCli(['check', '--format=json'], ws.root), { code: 0, stdout: '[]\n', stderr: '' });
  });

  it('shows paths relative to the working folder, also for the related places of a problem', async () => {
    const duplicate = CLEAN.replace('PORTAL-002', 'PORTAL-001').replace('links: [PORTAL-001]', 'tags: [x]');
    ws = new TempWorkspace({ 'docs/a.req.yaml': CLEAN, 'other/b.req.yaml': duplicate });
    const run = await runCli(['check', '..'], ws.path('docs'));
    assert.equal(run.code, 1);
    const lines = run.stdout.split('\n');
    const first = lines.findIndex((l) => l.includes('duplicate-id'));
    assert.deepEqual(lines.slice(first, first + 9), [
      '../other/b.req.yaml:5:9: error duplicate-id Duplicate requirement ID PORTAL-001: it is defined 3 times in the workspace.',
      '    a.req.yaml:5:9: PORTAL-001 is also defined here.',
      '    ../other/b.req.yaml:10:9: PORTAL-001 is also defined here.',
      '../other/b.req.yaml:10:9: error duplicate-id Duplicate requirement ID PORTAL-001: it is defined 3 times in the workspace.',
      '    a.req.yaml:5:9: PORTAL-001 is also defined here.',
      '    ../other/b.req.yaml:5:9: PORTAL-001 is also defined here.',
      'a.req.yaml:5:9: error duplicate-id Duplicate requirement ID PORTAL-001: it is defined 3 times in the workspace.',
      '    ../other/b.req.yaml:5:9: PORTAL-001 is also defined here.',
      '    ../other/b.req.yaml:10:9: PORTAL-001 is also defined here.',
    ]);
  });

  it('checks only the files and folders it is given', async () => {
    ws = new TempWorkspace({ 'portal.req.yaml': CLEAN, 'billing/billing.req.yaml': BROKEN });
    const run = await runCli(['check', 'portal.req.yaml'], ws.root);
    assert.deepEqual(run, { code: 0, stdout: '0 errors, 0 warnings, 0 info in 1 file (2 requirements, 0 change requests)\n', stderr: '' });
  });

  it('says so when it finds no files', async () => {
    ws = new TempWorkspace({ 'README.md': '# nothing here\n' });
    const run = await runCli(['check'], ws.root);
    assert.deepEqual(run, {
      code: 0,
      stdout: '0 errors, 0 warnings, 0 info in 0 files (0 requirements, 0 change requests)\n',
      stderr: 'reqdesk: no ReqDesk files found in the current folder\n',
    });
  });

  it('exits 2 with a short message for a path that does not exist', async () => {
    ws = new TempWorkspace();
    assert.deepEqual(await runCli(['check', 'nope'], ws.root), { code: 2, stdout: '', stderr: 'reqdesk: nope: no such file or folder\n' });
  });

  it('exits 2 for a file that is not a ReqDesk file', async () => {
    ws = new TempWorkspace({ 'notes.yaml': 'a: 1\n' });
    const run = await runCli(['check', 'notes.yaml'], ws.root);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^reqdesk: notes\.yaml is not a ReqDesk file \(\*\.req\.yaml, \*\.cr\.yaml, reqdesk\.yaml/);
  });
});
