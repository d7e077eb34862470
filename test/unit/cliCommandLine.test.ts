import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from '../../src/cli/commandLine';
import { USAGE } from '../../src/cli/usage';
import { runCli, TempWorkspace } from '../fixtures/cli/cliHarness';

describe('reqdesk command line', () => {
  let ws: TempWorkspace;
  beforeEach(() => {
    ws = new TempWorkspace();
  });
  afterEach(() => ws.dispose());

  it('prints the usage for --help, -h, help and <command> --help', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['check', '--help'], ['list', '-h'], ['set', '--help']]) {
      assert.deepEqual(await runCli(argv, ws.root), { code: 0, stdout: USAGE, stderr: '' }, argv.join(' '));
    }
  });

  it('prints the version of package.json', async () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { version: string };
    assert.deepEqual(await runCli(['--version'], ws.root), { code: 0, stdout: `${manifest.version}\n`, stderr: '' });
    assert.equal((await runCli(['-v'], ws.root)).stdout, `${manifest.version}\n`);
  });

  const usageError = async (argv: string[], message: string): Promise<void> => {
    assert.deepEqual(await runCli(argv, ws.root), { code: 2, stdout: '', stderr: `reqdesk: ${message}\n\n${USAGE}` }, argv.join(' '));
  };

  it('exits 2 with the usage on stderr for a missing or unknown command', async () => {
    await usageError([], 'missing command');
    await usageError(['chek'], "unknown command 'chek' (did you mean 'check'?)");
    await usageError(['publish'], "unknown command 'publish'");
    await usageError(['--strict'], "unknown option '--strict'");
  });

  it('exits 2 for unknown flags and bad values', async () => {
    await usageError(['check', '--foo'], "unknown option '--foo' (reqdesk check)");
    await usageError(['check', '--strict=yes'], "option '--strict' does not take an argument (reqdesk check)");
    await usageError(['check', '--format'], "option '--format <value>' argument missing (reqdesk check)");
    await usageError(['check', '--format', 'xml'], "--format must be text or json for reqdesk check (it is 'xml')");
    await usageError(['list', '--status'], "option '--status <value>' argument missing (reqdesk list)");
    await usageError(['set', 'PORTAL-001', 'status'], 'set needs <ID> <field> <value>, e.g. reqdesk set PORTAL-001 status done');
    await usageError(['set', '--force', 'PORTAL-001', 'status', 'done'], "unknown option '--force' (reqdesk set)");
  });

  it('reads options anywhere among the paths', () => {
    assert.deepEqual(parseCommandLine(['check', 'a', '--strict', 'b', '--format=json']), { command: 'check', paths: ['a', 'b'], strict: true, format: 'json', asOf: undefined });
    assert.deepEqual(parseCommandLine(['list', '--status', 'new, done', '--status', 'accepted', '--owner', 'alice']), {
      command: 'list', paths: [], statuses: ['new', 'done', 'accepted'], owners: ['alice'], priorities: [], overdue: false, format: 'table', asOf: undefined,
    });
    assert.deepEqual(parseCommandLine(['set', 'P-1', 'title', 'A title', 'docs', 'more']), { command: 'set', id: 'P-1', field: 'title', value: 'A title', paths: ['docs', 'more'] });
    assert.deepEqual(parseCommandLine(['set', 'P-1', 'description', '--', '-starts with a dash']), { command: 'set', id: 'P-1', field: 'description', value: '-starts with a dash', paths: [] });
  });
});
