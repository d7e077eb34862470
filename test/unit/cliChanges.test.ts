import * as assert from 'node:assert/strict';
import { parseCommandLine } from '../../src/cli/commandLine';
import { USAGE } from '../../src/cli/usage';
import { runCli, TempWorkspace } from '../fixtures/cli/cliHarness';
import { CHANGE_LOG_FILES } from './changeRequests/changeLogFixtures';

describe('reqdesk changes', () => {
  let ws: TempWorkspace;
  beforeEach(() => {
    ws = new TempWorkspace(CHANGE_LOG_FILES);
  });
  afterEach(() => ws.dispose());

  const ids = async (...args: string[]): Promise<string[]> => {
    const run = await runCli(['changes', ...args, '--format', 'json'], ws.root);
    assert.equal(run.code, 0, run.stderr);
    return (JSON.parse(run.stdout) as { changeRequests: { id: string }[] }).changeRequests.map((cr) => cr.id);
  };

  it('prints the change log as Markdown by default', async () => {
    const run = await runCli(['changes', '--status', 'verified,rejected'], ws.root);
    assert.deepEqual(run, {
      code: 0,
      stderr: '',
      stdout: [
        '# Change log',
        '',
        'Filter: status verified, rejected',
        '',
        '| ID | Title | Status | Requested | Requested by | Channel | Affects | Days | Cost | Effort (h) | Risk | Impacted | Decision | Customer sign-off |',
        '| --- | --- | --- | --- | --- | --- | --- | ---: | ---: | ---: | --- | --- | --- | --- |',
        '| CR-0001 | Keep users signed in for 30 days | verified | 2026-07-14 | Bob Li (Acme) | meeting | PORTAL-001 | 2 | 1600 | 16 | low |  | approved 2026-07-21 (alice, carol) | Bob Li 2026-08-07 |',
        '| CR-0003 | Discount codes | rejected | 2026-09-19 | Bob Li (Acme) | phone | PORTAL-002 | 15 | 24000 | 180 | high |  | rejected 2026-09-25 (alice, carol) |  |',
        '',
        '2 change requests: 1 rejected, 1 verified.',
        '',
        'Impact of the 1 approved, implemented or verified change request: 2 days, cost 1600, 16 hours of effort.',
        '',
      ].join('\n'),
    });
  });

  it('filters by status (repeated or comma-separated), customer and dates, combined with and', async () => {
    assert.deepEqual(await ids(), ['CR-0001', 'CR-0002', 'CR-0003', 'CR-0004', 'CR-0010']);
    assert.deepEqual(await ids('--status', 'approved', '--status', 'implemented,verified'), ['CR-0001', 'CR-0002', 'CR-0004']);
    assert.deepEqual(await ids('--customer', 'Globex'), ['CR-0002', 'CR-0004']);
    assert.deepEqual(await ids('--from', '2026-09-02', '--to', '2026-10-01'), ['CR-0002', 'CR-0003', 'CR-0004']);
    assert.deepEqual(await ids('--customer', 'acme corp', '--from', '2026-09-20'), ['CR-0004', 'CR-0010']);
  });

  it('reads only the paths given', async () => {
    assert.deepEqual(await ids('changes/CR-0003.cr.yaml', 'changes/CR-0010.cr.yaml'), ['CR-0003', 'CR-0010']);
  });

  it('prints CSV for Excel with paths relative to the working folder', async () => {
    const run = await runCli(['changes', '--customer', 'globex', '--status', 'approved', '--format', 'csv'], ws.root);
    assert.equal(run.code, 0);
    assert.equal(run.stdout.split('\r\n')[1],
      'CR-0002,"Pay by ""direct debit"" | SEPA",approved,Hans <hans@globex.example>,2026-09-02,email,Globex,BILL-001,,,,8,12000.5,96,one developer,medium,"BILL-002, BILL-003",approved,2026-09-11,"alice, carol",,,,changes/CR-0002.cr.yaml');
    assert.equal(run.stdout.split('\r\n').length, 3);
  });

  it('prints the totals in JSON', async () => {
    const run = await runCli(['changes', '--format', 'json'], ws.root);
    const json = JSON.parse(run.stdout) as { byStatus: unknown; approvedTotals: unknown };
    assert.deepEqual(json.byStatus, { submitted: 1, approved: 1, rejected: 1, implemented: 1, verified: 1 });
    assert.deepEqual(json.approvedTotals, { change_requests: 3, schedule_days: 11, cost: 13600.75, effort_hours: 116 });
  });

  it('notes a status or customer that matches nothing the workspace knows, and still exits 0', async () => {
    const run = await runCli(['changes', '--status', 'aproved', '--customer', 'Initech'], ws.root);
    assert.deepEqual(run, {
      code: 0,
      stdout: '# Change log\n\nFilter: status aproved · customer Initech\n\nNo change requests match.\n',
      stderr:
        "reqdesk: note: 'aproved' is not a change request status (submitted, assessed, approved, rejected, implemented, verified, withdrawn)\n" +
        "reqdesk: note: no requirements document has the customer 'Initech' (customers: Acme Corp, Globex)\n",
    });
  });

  const usageError = async (argv: string[], message: string): Promise<void> => {
    assert.deepEqual(await runCli(argv, ws.root), { code: 2, stdout: '', stderr: `reqdesk: ${message}\n\n${USAGE}` }, argv.join(' '));
  };

  it('exits 2 with the usage for bad options', async () => {
    await usageError(['changes', '--format', 'table'], "--format must be md, csv or json for reqdesk changes (it is 'table')");
    await usageError(['changes', '--from', '2026-13-01'], "--from must be a date like 2026-07-01 for reqdesk changes (it is '2026-13-01')");
    await usageError(['changes', '--to', 'yesterday'], "--to must be a date like 2026-07-01 for reqdesk changes (it is 'yesterday')");
    await usageError(['changes', '--from', '2026-10-01', '--to', '2026-09-01'], '--from 2026-10-01 is after --to 2026-09-01: no change request can match');
    await usageError(['changes', '--customer'], "option '--customer <value>' argument missing (reqdesk changes)");
    await usageError(['changes', '--owner', 'alice'], "unknown option '--owner' (reqdesk changes)");
    await usageError(['change'], "unknown command 'change' (did you mean 'changes'?)");
  });

  it('exits 2 for a path that does not exist', async () => {
    const run = await runCli(['changes', 'missing'], ws.root);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^reqdesk: missing: /);
  });

  it('shows the usage for --help', async () => {
    assert.deepEqual(await runCli(['changes', '--help'], ws.root), { code: 0, stdout: USAGE, stderr: '' });
    assert.match(USAGE, /\n {2}changes \[paths\.\.\.\] /);
  });

  it('reads the command line', () => {
    assert.deepEqual(parseCommandLine(['changes', 'docs', '--status', 'approved, verified', '--customer', ' Acme ', '--from=2026-01-01', '--format', 'csv']), {
      command: 'changes', paths: ['docs'], statuses: ['approved', 'verified'], customer: 'Acme', from: '2026-01-01', to: undefined, format: 'csv', out: undefined,
    });
  });

  it('writes the report to --out, its IDs linked to the request files relative to it', async () => {
    ws.write('reports/.keep', '');
    const run = await runCli(['changes', '--status', 'verified', '--out', 'reports/change log.md'], ws.root);
    assert.deepEqual(run, { code: 0, stdout: '', stderr: 'reqdesk: wrote reports/change log.md\n' });
    assert.match(ws.text('reports/change log.md'), /\n\| \[CR-0001\]\(\.\.\/changes\/CR-0001\.cr\.yaml\) \| Keep users signed in for 30 days \| verified \|/);
    const again = await runCli(['changes', '--status', 'rejected', '--out', 'reports/change log.md'], ws.root);
    assert.equal(again.code, 0);
    assert.match(ws.text('reports/change log.md'), /\[CR-0003\]\(\.\.\/changes\/CR-0003\.cr\.yaml\)/, 'replaced whole');
    assert.doesNotMatch(ws.text('reports/change log.md'), /CR-0001/);
    const csv = await runCli(['changes', '--format', 'csv', '--out', 'log.csv'], ws.root);
    assert.equal(csv.code, 0);
    assert.ok(ws.text('log.csv').startsWith('\uFEFFID,Title,'));
    const missing = await runCli(['changes', '--out', 'no/such/folder/log.md'], ws.root);
    assert.deepEqual(missing, { code: 2, stdout: '', stderr: 'reqdesk: cannot write no/such/folder/log.md: no such file or folder\n' });
    await usageError(['changes', '--out', ''], '--out needs a file name for reqdesk changes');
  });
});
