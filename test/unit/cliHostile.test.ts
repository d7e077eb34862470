import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { CheckProblem } from '../../src/cli/checkCommand';
import { hostileFiles, validFiles } from '../hostile/hostileFiles';
import { TempWorkspace } from '../fixtures/cli/cliHarness';

/** The compiled CLI, next to this compiled test: out/src/cli/main.js. */
const CLI = join(__dirname, '../../src/cli/main.js');

function check(root: string): { status: number | null; problems: CheckProblem[]; stderr: string; signal: NodeJS.Signals | null } {
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json'], { cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, signal: result.signal, stderr: result.stderr, problems: result.stdout ? (JSON.parse(result.stdout) as CheckProblem[]) : [] };
}

describe('reqdesk check on a workspace of hostile files', () => {
  let hostile: TempWorkspace | undefined;
  let valid: TempWorkspace | undefined;
  afterEach(() => {
    hostile?.dispose();
    valid?.dispose();
  });

  it('reports every hostile file in one process, checks the valid files beside them fully, and prints nothing on stderr', function () {
    this.timeout(180_000);
    const files = hostileFiles(20261207, 0.1);
    hostile = new TempWorkspace({ ...validFiles(), ...Object.fromEntries(files.map((f) => [f.path, typeof f.content === 'string' ? f.content : Buffer.from(f.content)])) });
    valid = new TempWorkspace(validFiles());

    const run = check(hostile.root);
    assert.equal(run.signal, null, 'the process was not killed');
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
    const missing: string[] = [];
    for (const file of files.filter((f) => f.rules.length > 0)) {
      const rules = run.problems.filter((p) => p.file === file.path).map((p) => p.ruleId);
      if (!file.rules.some((rule) => rules.includes(rule))) {
        missing.push(`${file.name}: none of ${file.rules.join(', ')} among ${rules.join(', ') || 'no problems'}`);
      }
    }
    assert.deepEqual(missing, []);

    const alone = check(valid.root);
    assert.equal(alone.stderr, '');
    const ofValidFiles = (problems: readonly CheckProblem[]): CheckProblem[] => problems.filter((p) => !p.file.startsWith('hostile/'));
    assert.ok(alone.problems.length > 0, 'the valid files have ordinary problems of their own');
    assert.deepEqual(ofValidFiles(run.problems), alone.problems);
  });
});
