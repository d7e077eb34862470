import * as assert from 'node:assert/strict';
import { runCli, TempWorkspace, yamlLines } from '../fixtures/cli/cliHarness';

const PORTAL = yamlLines(
  'document:',
  '  prefix: PORTAL',
  '  title: Customer portal',
  'requirements:',
  '  - id: PORTAL-001',
  '    title: Login goes to the home page',
  '    priority: high',
  '    owner: alice',
  '    status: in-progress',
  '    milestone: M1',
  '  - id: PORTAL-002',
  '    title: 登录后显示欢迎信息',
  '    priority: medium',
  '    owner: 王伟',
  '    status: done',
  '    milestone: M1',
  '  - id: PORTAL-003',
  `    title: 'Export, "quoted" and more'`,
  '    description: |',
  '      Line one',
  '      Line two',
  '    priority: low',
  '    owner: bob',
  '    status: new',
  '    acceptance:',
  '      - first, with comma',
  '      - second',
  '    tags: [a, b]',
);

const BILLING = yamlLines(
  'document:',
  '  prefix: BILL',
  '  title: Billing',
  'requirements:',
  '  - id: BILL-001',
  '    title: Invoice',
  '    status: done',
  '    owner: alice',
);

describe('reqdesk list', () => {
  let ws: TempWorkspace;
  beforeEach(() => {
    ws = new TempWorkspace({ 'docs/portal.req.yaml': PORTAL, 'billing.req.yaml': BILLING });
  });
  afterEach(() => ws.dispose());

  it('prints an aligned table in which Chinese characters count as two columns', async () => {
    const run = await runCli(['list'], ws.root);
    assert.deepEqual(run, {
      code: 0,
      stderr: '',
      stdout: [
        'ID          Title                        Status       Priority  Owner  Milestone  File',
        'BILL-001    Invoice                      done                   alice             billing.req.yaml',
        'PORTAL-001  Login goes to the home page  in-progress  high      alice  M1         docs/portal.req.yaml',
        'PORTAL-002  登录后显示欢迎信息           done         medium    王伟   M1         docs/portal.req.yaml',
        'PORTAL-003  Export, "quoted" and more    new          low       bob               docs/portal.req.yaml',
        '',
      ].join('\n'),
    });
  });

  const ids = async (...args: string[]): Promise<string[]> => {
    const run = await runCli(['list', ...args, '--format', 'json'], ws.root);
    assert.equal(run.code, 0, run.stderr);
    return (JSON.parse(run.stdout) as { id: string }[]).map((r) => r.id);
  };

  it('filters by status, repeated or comma-separated', async () => {
    assert.deepEqual(await ids('--status', 'done'), ['BILL-001', 'PORTAL-002']);
    assert.deepEqual(await ids('--status', 'new', '--status', 'in-progress'), ['PORTAL-001', 'PORTAL-003']);
    assert.deepEqual(await ids('--status', 'new,in-progress'), ['PORTAL-001', 'PORTAL-003']);
  });

  it('filters by owner and priority, and combines filters with and', async () => {
    assert.deepEqual(await ids('--owner', 'alice'), ['BILL-001', 'PORTAL-001']);
    assert.deepEqual(await ids('--owner', '王伟,bob'), ['PORTAL-002', 'PORTAL-003']);
    assert.deepEqual(await ids('--priority', 'high', '--priority', 'low'), ['PORTAL-001', 'PORTAL-003']);
    assert.deepEqual(await ids('--owner', 'alice', '--status', 'done'), ['BILL-001']);
    assert.deepEqual(await ids('--owner', 'alice', '--priority', 'low'), []);
  });

  it('lists only the paths given', async () => {
    assert.deepEqual(await ids('docs'), ['PORTAL-001', 'PORTAL-002', 'PORTAL-003']);
  });

  it('notes a filter value that is in no vocabulary, and says when nothing matches', async () => {
    const run = await runCli(['list', '--status', 'don'], ws.root);
    assert.deepEqual(run, {
      code: 0,
      stdout: '',
      stderr: "reqdesk: note: 'don' is not a known status (new, in-progress, done, accepted, rejected, deferred)\nreqdesk: no requirements match\n",
    });
  });

  it('prints CSV for Excel: BOM, header row, CRLF, RFC 4180 quoting', async () => {
    const run = await runCli(['list', 'docs', '--format', 'csv'], ws.root);
    assert.equal(run.code, 0);
    assert.equal(run.stderr, '');
    assert.equal(
      run.stdout,
      '\uFEFFID,Title,Status,Priority,Owner,Milestone,Due,Source,Description,Acceptance,Links,Tags,Changes,File\r\n' +
        'PORTAL-001,Login goes to the home page,in-progress,high,alice,M1,,,,,,,,docs/portal.req.yaml\r\n' +
        'PORTAL-002,登录后显示欢迎信息,done,medium,王伟,M1,,,,,,,,docs/portal.req.yaml\r\n' +
        'PORTAL-003,"Export, ""quoted"" and more",new,low,bob,,,,"Line one\nLine two\n","first, with comma\nsecond",,"a, b",,docs/portal.req.yaml\r\n',
    );
  });

  it('keeps spreadsheet formulas in CSV cells inert', async () => {
    ws.write('evil.req.yaml', yamlLines('document:', '  prefix: E', '  title: E', 'requirements:', '  - id: E-001', "    title: '=HYPERLINK(\"http://x\")'"));
    const run = await runCli(['list', 'evil.req.yaml', '--format', 'csv'], ws.root);
    assert.equal(run.stdout.split('\r\n')[1], `E-001,"'=HYPERLINK(""http://x"")",,,,,,,,,,,,evil.req.yaml`);
  });

  it('prints a header-only CSV and an empty JSON array when nothing matches', async () => {
    assert.equal((await runCli(['list', '--owner', 'nobody', '--format', 'csv'], ws.root)).stdout.split('\r\n').length, 2);
    assert.deepEqual(await runCli(['list', '--owner', 'nobody', '--format', 'json'], ws.root), { code: 0, stdout: '[]\n', stderr: '' });
  });

  it('prints JSON: the requirement data with its file', async () => {
    const run = await runCli(['list', '--format', 'json', '--priority', 'low'], ws.root);
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stdout), [{
      id: 'PORTAL-003',
      title: 'Export, "quoted" and more',
      description: 'Line one\nLine two\n',
      priority: 'low',
      owner: 'bob',
      status: 'new',
      acceptance: ['first, with comma', 'second'],
      tags: ['a', 'b'],
      file: 'docs/portal.req.yaml',
    }]);
  });

  it('exits 2 with usage on an unknown format', async () => {
    const run = await runCli(['list', '--format', 'xml'], ws.root);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^reqdesk: --format must be table, csv or json for reqdesk list \(it is 'xml'\)\n\nUsage: reqdesk/);
  });
});
