import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Random, validRequirements } from '../hostile/hostileFiles';
import { TempWorkspace } from '../fixtures/cli/cliHarness';

const CLI = join(__dirname, '../../src/cli/main.js');
const FILE = 'big.req.yaml';

/** Runs `reqdesk set BIG-001 status <value>` and kills it with SIGKILL after `delayMs` (never, when undefined). */
function setStatus(root: string, value: string, delayMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'set', 'BIG-001', 'status', value], { cwd: root, stdio: 'ignore' });
    const timer = delayMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

describe('reqdesk set killed at any moment', () => {
  let ws: TempWorkspace | undefined;
  afterEach(() => ws?.dispose());

  it('leaves the file holding the old text or the new one, never a part (SIGKILL at random moments)', async function () {
    this.timeout(90_000);
    // Large enough (a few hundred KB) that writing it takes a while: a kill can land in the middle of a write.
    const original = validRequirements('BIG', 3_000);
    ws = new TempWorkspace({ [FILE]: original });
    const root = ws.root;
    // The shortest of three runs bounds the kill delays: on a loaded machine a first, slow run would put most
    // kills after the end of the later, faster ones.
    let duration = Number.POSITIVE_INFINITY;
    let done = '';
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      assert.equal((await setStatus(root, 'done')).code, 0);
      duration = Math.min(duration, Date.now() - started);
      done = ws.text(FILE);
      assert.notEqual(done, original);
      assert.equal(spawnSync(process.execPath, [CLI, 'set', 'BIG-001', 'status', 'new'], { cwd: root }).status, 0);
      assert.equal(ws.text(FILE), original);
    }

    const random = new Random(4);
    let killed = 0;
    for (let i = 0; i < 24; i++) {
      const before = ws.text(FILE);
      const result = await setStatus(root, before === original ? 'done' : 'new', random.between(0, duration));
      killed += result.signal === 'SIGKILL' ? 1 : 0;
      const after = ws.text(FILE);
      assert.ok(after === original || after === done, `run ${i}: the file holds ${after.length} characters, neither text`);
    }
    assert.ok(killed >= 12, `${killed} of 24 runs were killed`);
    // A killed run may leave its temporary file (dot-named, not *.yaml): no ReqDesk glob reads it.
    for (const name of readdirSync(root)) {
      assert.ok(name === FILE || /^\.big\.req\.yaml\.\d+-[0-9a-f]+\.reqdesk-tmp$/.test(name), name);
    }
  });
});
