import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { TempWorkspace, yamlLines } from '../fixtures/cli/cliHarness';

/** The compiled CLI, next to this compiled test: out/src/cli/main.js. */
const CLI = join(__dirname, '../../src/cli/main.js');

describe('reqdesk as a process', () => {
  let ws: TempWorkspace;
  afterEach(() => ws.dispose());

  const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ws.root, encoding: 'utf8', timeout: 15000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('sets the exit code from main(): 1 on errors, 0 when clean, 2 on usage errors', () => {
    ws = new TempWorkspace({
      'ok/a.req.yaml': yamlLines('document:', '  prefix: A', '  title: A', 'requirements:', '  - id: A-001', '    title: T', '    owner: alice', '    priority: high'),
      'bad/b.req.yaml': yamlLines('document:', '  prefix: B', '  title: B', 'requirements:', '  - id: B-001', '    title: T', '    owner: alice', '    priority: urgent'),
    });
    assert.deepEqual(run('check', ws.path('ok')), { status: 0, stdout: '0 errors, 0 warnings, 0 info in 1 file (1 requirement, 0 change requests)\n', stderr: '' });
    const bad = run('check', 'bad');
    assert.equal(bad.status, 1);
    assert.equal(bad.stdout.split('\n')[0], "bad/b.req.yaml:8:15: error invalid-priority priority must be one of critical, high, medium, low (it is 'urgent').");
    const usage = run('chekc');
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /^reqdesk: unknown command 'chekc' \(did you mean 'check'\?\)\n/);
  });
});
