import * as assert from 'node:assert/strict';
import { parseCommandLine } from '../../src/cli/commandLine';
import { USAGE } from '../../src/cli/usage';
import { runCli, TempWorkspace } from '../fixtures/cli/cliHarness';

const FILES = {
  'b/portal.req.yaml': [
    'document: { prefix: PORTAL, title: Portal, customer: Acme Corp }',
    'requirements:',
    '  - id: PORTAL-001',
    '    title: Login <b>now</b>',
    '    status: done',
    '    tags: [auth]',
    '    acceptance: [Opens the home page]',
    '',
  ].join('\n'),
  'a/billing.req.yaml': 'document: { prefix: BILL, title: Billing }\nrequirements:\n  - { id: BILL-001, title: Invoices, source: "# kick-off" }\n',
  'changes/CR-0001.cr.yaml': 'id: CR-0001\ntitle: T\nstatus: submitted\naffects: [PORTAL-001]\n',
};

describe('reqdesk export', () => {
  let ws: TempWorkspace;
  beforeEach(() => {
    ws = new TempWorkspace(FILES);
  });
  afterEach(() => ws.dispose());

  it('prints the specification as Markdown, documents in path order, every field given', async () => {
    const run = await runCli(['export'], ws.root);
    assert.deepEqual(run, {
      code: 0,
      stderr: '',
      stdout: [
        '# Requirements specification', '',
        '## Billing', '', '- **File:** a/billing.req.yaml', '',
        '### BILL-001 · Invoices', '', '- **Source:** \\# kick-off', '',
        '## Portal', '', '- **Customer:** Acme Corp', '- **File:** b/portal.req.yaml', '',
        '### PORTAL-001 · Login \\<b>now\\</b>', '', '- **Status:** done', '- **Tags:** auth', '',
        '**Acceptance criteria**', '', '1. Opens the home page', '',
      ].join('\n'),
    });
  });

  it('writes a self-contained HTML page to --out', async () => {
    const run = await runCli(['export', 'b', '--format', 'spec-html', '--out', 'spec.html'], ws.root);
    assert.deepEqual(run, { code: 0, stdout: '', stderr: 'reqdesk: wrote spec.html\n' });
    const page = ws.text('spec.html');
    assert.ok(page.startsWith('<!DOCTYPE html>\n<html lang="en">'));
    assert.ok(page.includes('<h3>PORTAL-001 · Login &#60;b&#62;now&#60;/b&#62;</h3>'), page);
    assert.ok(!page.includes('Billing'), 'only the paths given');
  });

  it('reads its command line and refuses other formats', async () => {
    assert.deepEqual(parseCommandLine(['export', 'docs', '--format=spec-html', '--out', 'x.html']), { command: 'export', paths: ['docs'], format: 'spec-html', out: 'x.html' });
    assert.deepEqual(await runCli(['export', '--format', 'pdf'], ws.root), {
      code: 2, stdout: '', stderr: `reqdesk: --format must be spec-md, spec-html, xlsx, csv or md for reqdesk export (it is 'pdf')\n\n${USAGE}`,
    });
    assert.match(USAGE, /\n {2}export \[paths\.\.\.\] /);
  });

  it('writes the requirements table as `reqdesk list` does, as CSV or Markdown', async () => {
    const csv = await runCli(['export', '--format', 'csv'], ws.root);
    assert.deepEqual(csv, { code: 0, stderr: '', stdout: (await runCli(['list', '--format', 'csv'], ws.root)).stdout });
    assert.ok(csv.stdout.startsWith('\uFEFFID,Title,Status,'), csv.stdout);
    assert.deepEqual(await runCli(['export', 'b', '--format', 'md'], ws.root), {
      code: 0,
      stderr: '',
      stdout: [
        '| ID | Title | Status | Priority | Owner | Milestone | Due | Source | Description | Acceptance | Links | Tags | Changes | File |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        '| PORTAL-001 | Login \\<b>now\\</b> | done |  |  |  |  |  |  | Opens the home page |  | auth |  | b/portal.req.yaml |',
        '',
      ].join('\n'),
    });
  });

  it('writes an Excel workbook to --out only, with the requirements, their change requests, progress and the manifest', async () => {
    assert.deepEqual(await runCli(['export', '--format', 'xlsx'], ws.root), {
      code: 2, stdout: '', stderr: `reqdesk: --format xlsx needs --out <file.xlsx> for reqdesk export\n\n${USAGE}`,
    });
    assert.deepEqual(await runCli(['export', '--format', 'xlsx', '--out', 'out/requirements.xlsx'], ws.root), { code: 2, stdout: '', stderr: 'reqdesk: cannot write out/requirements.xlsx: no such file or folder\n' });
    const previous = process.env.REQDESK_TODAY;
    process.env.REQDESK_TODAY = '2026-12-07';
    try {
      assert.deepEqual(await runCli(['export', '--format', 'xlsx', '--out', 'requirements.xlsx'], ws.root), { code: 0, stdout: '', stderr: 'reqdesk: wrote requirements.xlsx\n' });
      const first = ws.read('requirements.xlsx');
      await runCli(['export', '--format', 'xlsx', '--out', 'requirements.xlsx'], ws.root);
      assert.deepEqual(ws.read('requirements.xlsx'), first, 'the same files on the same day give the same bytes');
    } finally {
      if (previous === undefined) {
        delete process.env.REQDESK_TODAY;
      } else {
        process.env.REQDESK_TODAY = previous;
      }
    }
    const { readWorkbook } = await import('../../src/workbook/workbookCodec.js');
    const read = await readWorkbook(ws.read('requirements.xlsx'));
    assert.deepEqual(read.sheets.map((s) => [s.name, s.hidden]), [['Requirements', false], ['Change Requests', false], ['Progress', false], ['reqdesk', true]]);
    assert.deepEqual(read.sheets[0].rows, [
      ['ID', 'Title', 'Status', 'Priority', 'Owner', 'Milestone', 'Due', 'Source', 'Description', 'Acceptance', 'Links', 'Tags', 'Changes', 'File'],
      ['BILL-001', 'Invoices', null, null, null, null, null, '# kick-off', null, null, null, null, null, 'a/billing.req.yaml'],
      ['PORTAL-001', 'Login <b>now</b>', 'done', null, null, null, null, null, null, 'Opens the home page', null, 'auth', null, 'b/portal.req.yaml'],
    ]);
    assert.deepEqual(read.sheets[1].rows.slice(1), [['CR-0001', 'T', 'submitted', 'PORTAL-001', null, null, null, 'changes/CR-0001.cr.yaml']]);
    assert.deepEqual(read.sheets[2].rows.slice(0, 2), [['Milestone', 'Requirements', 'new', 'in-progress', 'done', 'accepted', 'rejected', 'deferred', '(none)'], ['All milestones', 2, 0, 0, 1, 0, 0, 0, 1]]);
    assert.deepEqual(read.sheets[3].rows.slice(3).map((row) => row.slice(0, 2)), [['BILL-001', 'a/billing.req.yaml'], ['PORTAL-001', 'b/portal.req.yaml']]);
  });
});
