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
    assert.deepEqual(await runCli(['export', '--format', 'csv'], ws.root), {
      code: 2, stdout: '', stderr: `reqdesk: --format must be spec-md or spec-html for reqdesk export (it is 'csv')\n\n${USAGE}`,
    });
    assert.match(USAGE, /\n {2}export \[paths\.\.\.\] /);
  });
});
