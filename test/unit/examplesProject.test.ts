import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../fixtures/cli/cliHarness';

/** The bundled example project (the README's main job) shows exactly the problems examples/README.md promises. */
describe('examples/', () => {
  const root = path.join(__dirname, '../../..');

  it('reports exactly the deliberate problems and, as of the day the examples are set on, the overdue work', async () => {
    const run = await runCli(['check', '--as-of', '2026-12-07', 'examples'], root);
    const problems = run.stdout.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l)).map((l) => l.split(' ').slice(0, 3).join(' '));
    assert.deepEqual(problems, [
      'examples/changes/CR-0005.cr.yaml:8:23: error cr-unknown-requirement',
      'examples/requirements/billing.req.yaml:78:10: info overdue',
      'examples/requirements/billing.req.yaml:96:10: info overdue',
      'examples/requirements/billing.req.yaml:117:9: error duplicate-id',
      'examples/requirements/billing.req.yaml:134:5: warning missing-priority',
      'examples/requirements/billing.req.yaml:148:10: info overdue',
      'examples/requirements/billing.req.yaml:198:10: info overdue',
      'examples/requirements/billing.req.yaml:201:9: error duplicate-id',
      'examples/requirements/mobile.req.yaml:60:10: info overdue',
      'examples/requirements/mobile.req.yaml:119:12: warning unknown-owner',
      'examples/requirements/portal.req.yaml:125:10: info overdue',
      'examples/requirements/portal.req.yaml:142:10: info overdue',
      'examples/requirements/portal.req.yaml:180:5: error missing-owner',
      'examples/requirements/portal.req.yaml:258:25: warning unknown-link',
    ]);
    assert.match(run.stdout, /^examples\/requirements\/billing\.req\.yaml:78:10: info overdue Overdue by 17 days: due 2026-11-20, status 'in-progress'\.$/m);
    assert.match(run.stdout, /^4 errors, 3 warnings, 7 info in 9 files \(36 requirements, 5 change requests\)$/m);
    assert.equal(run.code, 1);
  });

  it('lists every promised finding in examples/README.md', () => {
    const readme = fs.readFileSync(path.join(root, 'examples/README.md'), 'utf8');
    for (const place of ['portal.req.yaml:180:5 missing-owner', 'portal.req.yaml:258:25 unknown-link', 'billing.req.yaml:117:9 duplicate-id',
      'billing.req.yaml:201:9 duplicate-id', 'billing.req.yaml:134:5 missing-priority', 'mobile.req.yaml:119:12 unknown-owner', 'CR-0005.cr.yaml:8:23 cr-unknown-requirement',
      'billing.req.yaml:78:10 overdue', 'billing.req.yaml:96:10 overdue', 'billing.req.yaml:148:10 overdue', 'billing.req.yaml:198:10 overdue',
      'mobile.req.yaml:60:10 overdue', 'portal.req.yaml:125:10 overdue', 'portal.req.yaml:142:10 overdue']) {
      assert.ok(readme.includes(place), place);
    }
  });
});
