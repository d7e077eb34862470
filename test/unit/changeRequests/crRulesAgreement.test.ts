import * as assert from 'node:assert/strict';
import { transitionRefusal } from '../../../src/core/changeRequests/transitionGuards';
import { indexOf, problems, yaml } from '../workspaceBuilder';
import { settingsOf } from './changeRequestFixtures';

/** The CR rules judge hand-written records by the same workflow the transitions follow. */
describe('change request rules agree with the workflow', () => {
  const CR = 'changes/CR-0001.cr.yaml';
  const TARGETS = 'document: { prefix: P, title: T }\nrequirements:\n  - { id: P-001, title: one, owner: alice, priority: high }\n';
  const SETTINGS = 'roster:\n  - { id: alice, roles: [ccb] }\n  - { id: carol, roles: [ccb] }\n  - { id: dave }\nccb: { quorum: 2 }\n';
  const crProblems = (text: string): string[] => problems(indexOf({ 't.req.yaml': TARGETS, [CR]: text, 'reqdesk.yaml': SETTINGS }), CR).map((f) => `${f.ruleId} ${f.range}: ${f.message}`);
  const cr = (status: string, ...more: string[]): string =>
    ['id: CR-0001', 'title: T', `status: ${status}`, 'affects: [P-001]', 'impact: { schedule_days: 1, cost: 0, effort_hours: 8, resources: the team, risk: low }', ...more].join('\n') + '\n';

  it('a withdrawn request cannot have a decision: withdraw comes before the CCB decides', () => {
    assert.deepEqual(crProblems(cr('withdrawn', 'decision: { outcome: approved, by: [alice, carol], on: 2026-11-22 }')), [
      'cr-inconsistent-status 2:8-2:17: CR-0001 is withdrawn but has a CCB decision (approved): a request can only be withdrawn before the CCB decides.',
    ]);
  });

  it('a customer sign-off comes only after approval', () => {
    const signoff = 'customer_signoff: { by: Bob Li, on: 2026-11-23 }';
    assert.deepEqual(crProblems(cr('assessed', signoff)), [
      'cr-inconsistent-status 2:8-2:16: CR-0001 is assessed but has a customer sign-off, which is recorded only after approval.',
    ]);
    assert.deepEqual(crProblems(cr('rejected', 'decision: { outcome: rejected, by: [alice, carol], on: 2026-11-22 }', signoff)), [
      'cr-inconsistent-status 2:8-2:16: CR-0001 is rejected but has a customer sign-off, which is recorded only after approval.',
    ]);
    assert.deepEqual(crProblems(cr('approved', 'decision: { outcome: approved, by: [alice, carol], on: 2026-11-22 }', signoff)), []);
  });

  it('an impact is complete with the fields the assess transition requires (resources and notes are optional)', () => {
    assert.deepEqual(crProblems(cr('assessed')), []);
    assert.equal(transitionRefusal({ id: 'CR-0001', status: 'submitted', affects: ['P-001'] }, { transition: 'assess', impact: { schedule_days: 1, cost: 0, effort_hours: 8, resources: 'the team', risk: 'low' } }, {
      settings: settingsOf({}), requirementsWithId: () => [],
    })?.message, 'CR-0001 affects P-001, which no requirement in the workspace has: correct affects before assessing.');
  });

  it('reports a hand-written decision exactly as the approve guard refuses it', () => {
    const settings = settingsOf({ roster: [{ id: 'alice', roles: ['ccb'] }, { id: 'carol', roles: ['ccb'] }, { id: 'dave' }], ccb: { quorum: 2 } });
    const guard = transitionRefusal({ id: 'CR-0001', status: 'assessed', affects: ['P-001'], impact: { schedule_days: 1, cost: 0, effort_hours: 8, resources: 'the team', risk: 'low' } },
      { transition: 'approve', decision: { by: ['alice', 'dave'], rationale: 'ok' } }, { settings, requirementsWithId: () => [] })?.message;
    const rule = crProblems(yaml`
      id: CR-0001
      title: T
      status: approved
      affects: [P-001]
      impact: { schedule_days: 1, cost: 0, effort_hours: 8, resources: the team, risk: low }
      decision: { outcome: approved, by: [alice, dave], on: 2026-11-22 }
    `);
    assert.deepEqual(rule, [
      'cr-decision-ccb 5:35-5:48: The decision needs at least 2 CCB members (quorum in reqdesk.yaml) but names 1.',
      "cr-decision-ccb 5:43-5:47: 'dave' is not a CCB member (roster role ccb in reqdesk.yaml). CCB: alice, carol.",
    ]);
    assert.equal(guard, "'dave' is not a CCB member (roster role ccb in reqdesk.yaml). CCB: alice, carol. The decision needs at least 2 CCB members (quorum in reqdesk.yaml) but names 1.");
  });
});
