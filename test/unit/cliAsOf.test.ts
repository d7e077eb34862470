import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli, TempWorkspace, yamlLines } from '../fixtures/cli/cliHarness';

/** The compiled CLI, next to this compiled test: out/src/cli/main.js. */
const CLI = join(__dirname, '../../src/cli/main.js');

const PORTAL = yamlLines(
  'document:',
  '  prefix: PORTAL',
  '  title: Customer portal',
  'requirements:',
  '  - id: PORTAL-001',
  '    title: Late and in progress',
  '    priority: high',
  '    owner: alice',
  '    status: in-progress',
  '    due: 2026-11-20',
  '  - id: PORTAL-002',
  '    title: Late but done',
  '    priority: high',
  '    owner: alice',
  '    status: done',
  '    due: 2026-11-20',
  '  - id: PORTAL-003',
  '    title: Due later',
  '    priority: high',
  '    owner: alice',
  '    status: new',
  '    due: 2026-12-10',
);

describe('reqdesk check and list --as-of', () => {
  let ws: TempWorkspace;
  beforeEach(() => {
    ws = new TempWorkspace({ 'portal.req.yaml': PORTAL });
  });
  afterEach(() => ws.dispose());

  it('check judges due dates as of the given day, as information that does not fail the run', async () => {
    const run = await runCli(['check', '--as-of', '2026-12-07'], ws.root);
    assert.equal(run.stdout, [
      "portal.req.yaml:10:10: info overdue Overdue by 17 days: due 2026-11-20, status 'in-progress'.",
      '0 errors, 0 warnings, 1 info in 1 file (3 requirements, 0 change requests)',
      '',
    ].join('\n'));
    assert.equal(run.code, 0);
    const later = await runCli(['check', '--as-of=2026-12-11', '--format', 'json'], ws.root);
    assert.deepEqual((JSON.parse(later.stdout) as { message: string }[]).map((p) => p.message), [
      "Overdue by 21 days: due 2026-11-20, status 'in-progress'.",
      "Overdue by 1 day: due 2026-12-10, status 'new'.",
    ]);
    const before = await runCli(['check', '--as-of', '2026-11-20'], ws.root);
    assert.match(before.stdout, /^0 errors, 0 warnings, 0 info/);
  });

  it('list --overdue keeps what is overdue as of the given day', async () => {
    const ids = async (asOf: string): Promise<string[]> => {
      const run = await runCli(['list', '--overdue', '--as-of', asOf, '--format', 'json'], ws.root);
      assert.equal(run.code, 0, run.stderr);
      return (JSON.parse(run.stdout) as { id: string }[]).map((r) => r.id);
    };
    assert.deepEqual(await ids('2026-12-07'), ['PORTAL-001']);
    assert.deepEqual(await ids('2026-12-11'), ['PORTAL-001', 'PORTAL-003']);
    assert.deepEqual(await ids('2026-11-01'), []);
  });

  it('refuses a day that is no date', async () => {
    const run = await runCli(['check', '--as-of', '2026-02-30'], ws.root);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^reqdesk: --as-of must be a date like 2026-12-07 for reqdesk check \(it is '2026-02-30'\)\n/);
    const list = await runCli(['list', '--as-of', 'yesterday'], ws.root);
    assert.match(list.stderr, /^reqdesk: --as-of must be a date like 2026-12-07 for reqdesk list \(it is 'yesterday'\)\n/);
  });

  it('takes the day from REQDESK_TODAY when --as-of is not given, and --as-of first', () => {
    const run = (env: Record<string, string>, ...args: string[]): { status: number | null; stdout: string; stderr: string } => {
      const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ws.root, encoding: 'utf8', timeout: 15000, env: { ...process.env, ...env } });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    assert.match(run({ REQDESK_TODAY: '2026-12-07' }, 'check').stdout, /Overdue by 17 days/);
    assert.match(run({ REQDESK_TODAY: '2026-12-07' }, 'check', '--as-of', '2026-11-21').stdout, /Overdue by 1 day: due 2026-11-20/);
    const bad = run({ REQDESK_TODAY: 'soon' }, 'check');
    assert.deepEqual([bad.status, bad.stderr], [2, "reqdesk: REQDESK_TODAY must be a date like 2026-12-07 (it is 'soon')\n"]);
  });
});
