import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../fixtures/cli/cliHarness';

/** The bundled example project (the README's main job) shows exactly the problems examples/README.md promises. */
describe('examples/', () => {
  const root = path.join(__dirname, '../../..');

  it('reports exactly the deliberate problems, and exits 1 for its errors', async () => {
    const run = await runCli(['check', 'examples'], root);
    const problems = run.stdout.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l)).map((l) => l.split(' ').slice(0, 3).join(' '));
    assert.deepEqual(problems, [
      'examples/changes/CR-0005.cr.yaml:8:23: error cr-unknown-requirement',
      'examples/requirements/billing.req.yaml:117:9: error duplicate-id',
      'examples/requirements/billing.req.yaml:134:5: warning missing-priority',
      'examples/requirements/billing.req.yaml:201:9: error duplicate-id',
      'examples/requirements/mobile.req.yaml:119:12: warning unknown-owner',
      'examples/requirements/portal.req.yaml:180:5: error missing-owner',
      'examples/requirements/portal.req.yaml:258:25: warning unknown-link',
    ]);
    assert.match(run.stdout, /^4 errors, 3 warnings, 0 info in 9 files \(36 requirements, 5 change requests\)$/m);
    assert.equal(run.code, 1);
  });

  it('lists every promised finding in examples/README.md', () => {
    const readme = fs.readFileSync(path.join(root, 'examples/README.md'), 'utf8');
    for (const place of ['portal.req.yaml:180:5 missing-owner', 'portal.req.yaml:258:25 unknown-link', 'billing.req.yaml:117:9 duplicate-id',
      'billing.req.yaml:201:9 duplicate-id', 'billing.req.yaml:134:5 missing-priority', 'mobile.req.yaml:119:12 unknown-owner', 'CR-0005.cr.yaml:8:23 cr-unknown-requirement']) {
      assert.ok(readme.includes(place), place);
    }
  });
});
