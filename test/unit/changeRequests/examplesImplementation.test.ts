import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { implementationFiles, planImplementation, type ImplementationPlan } from '../../../src/core/changeRequests/planImplementation';
import type { TransitionContext } from '../../../src/core/changeRequests/transitionRequest';
import { indexOf } from '../workspaceBuilder';

/**
 * What examples/README.md says of implementing each example change request, planned on the example files as
 * they are: the README and the files must agree.
 */
describe('implementing the example change requests', () => {
  const root = path.join(__dirname, '../../../../examples');
  const files = Object.fromEntries(['reqdesk.yaml', 'requirements/portal.req.yaml', 'requirements/billing.req.yaml', 'requirements/mobile.req.yaml',
    ...fs.readdirSync(path.join(root, 'changes')).map((f) => `changes/${f}`)].map((f) => [f, fs.readFileSync(path.join(root, f), 'utf8')]));
  const index = indexOf(files);
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');

  const plan = (id: string, edit: (text: string) => string = (t) => t): ImplementationPlan => {
    const file = `changes/${id}.cr.yaml`;
    const text = edit(files[file]);
    const context: TransitionContext = { settings: index.settingsFor(file), requirementsWithId: (rid) => index.requirementsWithId(rid), by: 'alice', now: '2026-12-07T09:00:00Z', today: '2026-12-07' };
    const cr = indexOf({ [file]: text }).changeRequests()[0].data;
    const needed = implementationFiles(cr, context);
    const texts = new Map(needed.ok ? needed.files.map((f) => [f, files[f]]) : []);
    return planImplementation({ changeRequest: { file, text }, requirementTexts: texts, workspace: index }, context);
  };
  const refused = (result: ImplementationPlan): string => (result.ok ? assert.fail('implemented') : result.refusal.message);

  it('CR-0002 is approved and its baseline matches BILLING-004: Mark Implemented applies it cleanly', () => {
    assert.ok(readme.includes('`CR-0002` is approved and its baseline matches `BILLING-004`: **Mark Implemented** applies it cleanly'));
    const result = plan('CR-0002');
    if (!result.ok) {
      assert.fail(result.refusal.message);
    }
    assert.deepEqual(result.changed.map((c) => `${c.requirement} ${c.field}`), ['BILLING-004 title', 'BILLING-004 description', 'BILLING-004 acceptance']);
  });

  it("CR-0004 is refused for its status; once approved, for MOBILE-004's title changed since the assessment", () => {
    assert.ok(readme.includes("once approved, implementing is refused because MOBILE-004's title changed since the assessment, and **Re-assess** records it anew"));
    assert.equal(refused(plan('CR-0004')), 'CR-0004 cannot be implemented: it is assessed, and only an approved change request can be implemented.');
    const approved = plan('CR-0004', (t) => t.replace('status: assessed', 'status: approved\ndecision: { outcome: approved, by: [alice, carol], on: 2026-12-07 }'));
    assert.equal(refused(approved), 'CR-0004 cannot be implemented: MOBILE-004 changed its title since the request was assessed. ' +
      'Re-assess it (the CCB then decides again), or, to implement anyway, remove the entry from baseline.');
    assert.deepEqual(!approved.ok && approved.conflicts.map((c) => c.fields), [[{ field: 'title', old: '扫码打开送货单', new: '扫码查看送货单' }]]);
  });

  it('CR-0001 and CR-0003 are closed, with baselines in the older form; CR-0005 is only submitted', () => {
    assert.ok(readme.includes('`CR-0001` and `CR-0003` are closed (verified, rejected) and keep baselines in the older form'));
    assert.equal(refused(plan('CR-0001')), 'CR-0001 cannot be implemented: it is verified, and only an approved change request can be implemented.');
    assert.equal(refused(plan('CR-0003')), 'CR-0003 cannot be implemented: it is rejected, and only an approved change request can be implemented.');
    assert.equal(refused(plan('CR-0005')), 'CR-0005 cannot be implemented: it is submitted, and only an approved change request can be implemented.');
    for (const id of ['CR-0001', 'CR-0003']) {
      assert.ok(Object.values(index.changeRequests().find((c) => c.data.id === id)?.data.baseline ?? {}).every((b) => /^[0-9a-f]{8}$/.test(String(b))), id);
    }
  });
});
