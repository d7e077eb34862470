import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadWorkspace } from '../../src/cli/workspaceLoader';
import { computeProjectState } from '../../src/core/project/computeProjectState';
import { settingsScopes } from '../../src/core/project/projectScope';
import { runCli } from '../fixtures/cli/cliHarness';

/** The bundled example project (the README's main job) shows exactly the problems examples/README.md promises. */
describe('examples/', () => {
  const root = path.join(__dirname, '../../..');

  it('reports exactly the deliberate problems and, as of the day the examples are set on, the overdue work', async () => {
    const run = await runCli(['check', '--as-of', '2026-12-07', 'examples'], root);
    const problems = run.stdout.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l)).map((l) => l.split(' ').slice(0, 3).join(' '));
    assert.deepEqual(problems, [
      'examples/changes/CR-0005.cr.yaml:8:23: error cr-unknown-requirement',
      'examples/notes/2026-11-30-billing-review.md:9:85: info record-action-overdue',
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
      'examples/risks/project.risks.yaml:20:16: info risk-review-due',
    ]);
    assert.match(run.stdout, /^examples\/requirements\/billing\.req\.yaml:78:10: info overdue Overdue by 17 days: due 2026-11-20, status 'in-progress'\.$/m);
    assert.match(run.stdout, /^examples\/notes\/2026-11-30-billing-review\.md:9:85: info record-action-overdue Action overdue by 3 days: due 2026-12-04, for 'dmitri', not done\.$/m);
    assert.match(run.stdout, /^4 errors, 3 warnings, 9 info in 14 files \(36 requirements, 5 change requests, 4 records\)$/m);
    assert.equal(run.code, 1);
  });

  it('lists the records\' open actions, earliest due first, the overdue one marked', async () => {
    const run = await runCli(['actions', '--open', '--as-of', '2026-12-07', '--format', 'csv', 'examples'], root);
    assert.equal(run.code, 0);
    assert.deepEqual(run.stdout.replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/).map((line) => line.split(',').slice(0, 5).join(',')), [
      'Due,Who,What,Done,Overdue days',
      '2026-12-04,dmitri,Send Acme finance the matching rules for BILLING-004,no,3',
      "2026-12-08,alice,Book the payment provider's test account for BILLING-005,no,",
      '2026-12-10,li.na,与王伟确认退货单二维码格式（MOBILE-004）,no,',
      '2026-12-15,alice,Ask Acme which SMS provider their IT allows,no,',
    ]);
  });

  // Its high scores mitigated, every owner and link known: the first test pins that it adds only the overdue review.
  it('keeps a risk register of seven risks in every status', () => {
    const text = fs.readFileSync(path.join(root, 'examples/risks/project.risks.yaml'), 'utf8');
    assert.deepEqual(text.match(/^ {2}- id: RISK-\d+$/gm), ['RISK-001', 'RISK-002', 'RISK-003', 'RISK-004', 'RISK-005', 'RISK-006', 'RISK-007'].map((id) => `  - id: ${id}`));
    assert.deepEqual([...new Set(text.match(/^ {4}status: \w+/gm))].sort(), ['    status: closed', '    status: mitigating', '    status: occurred', '    status: open']);
  });

  it('lists every promised finding in examples/README.md', () => {
    const readme = fs.readFileSync(path.join(root, 'examples/README.md'), 'utf8');
    for (const place of ['portal.req.yaml:180:5 missing-owner', 'portal.req.yaml:258:25 unknown-link', 'billing.req.yaml:117:9 duplicate-id',
      'billing.req.yaml:201:9 duplicate-id', 'billing.req.yaml:134:5 missing-priority', 'mobile.req.yaml:119:12 unknown-owner', 'CR-0005.cr.yaml:8:23 cr-unknown-requirement',
      'billing.req.yaml:78:10 overdue', 'billing.req.yaml:96:10 overdue', 'billing.req.yaml:148:10 overdue', 'billing.req.yaml:198:10 overdue',
      'mobile.req.yaml:60:10 overdue', 'portal.req.yaml:125:10 overdue', 'portal.req.yaml:142:10 overdue',
      '2026-11-30-billing-review.md:9:85 record-action-overdue', 'project.risks.yaml:20:16 risk-review-due']) {
      assert.ok(readme.includes(place), place);
    }
  });
});

describe('examples/: the client project', () => {
  it('has three milestones with a paid, an invoiced and a planned payment, and a budget with change contingency', async () => {
    const root = path.join(__dirname, '../../..');
    const { index } = await loadWorkspace(['examples'], root, '2026-12-07');
    const scope = settingsScopes(index).find((key) => key?.endsWith('/examples/reqdesk.yaml'));
    const state = computeProjectState(index, scope, '2026-12-07');
    assert.equal(state.header.customer, 'Acme Corp');
    assert.deepEqual(state.milestones.map((m) => [m.id, m.payment?.status, m.declared]), [['M1', 'paid', true], ['M2', 'invoiced', true], ['M3', 'planned', true]]);
    assert.deepEqual(state.changes.budget && [state.changes.budget.amount, state.changes.budget.currency, state.changes.budget.changeContingency], [280000, 'EUR', 30000]);
    assert.deepEqual(state.documents.map((d) => [d.path, d.exists]), [['README.md', true]]);
  });
});
