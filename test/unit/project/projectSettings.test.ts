import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { indexOf, problems, yaml } from '../workspaceBuilder';

describe('project settings in reqdesk.yaml', () => {
  const settings = yaml`
    roster:
      - { id: alice, name: Alice Wang, organisation: Example Co, phone: +86 21 5555 0101, responsibility: Project manager, roles: [owner, ccb] }
    project:
      name: Acme Customer Portal
      customer: Acme Ltd.
      start: 2026-06-01
      end: 2027-03-31
      goals: [Customers order online]
      deliverables: [Portal, Operations manual]
      documents:
        - { path: docs/contract.pdf, title: Signed contract, version: 1.2 }
    milestones:
      - { id: M1, title: Sign-in, due: 2026-09-30, payment: { amount: 40000, invoiced: 2026-10-02, paid: 2026-10-20 } }
      - { id: M2, due: 2026-12-15 }
    budget: { amount: 200000, currency: EUR, change_contingency: 20000 }
    payments: { overdue_after_days: 45 }
  `;

  it('reads the project, milestones, budget and roster details, valid against the schema', () => {
    const index = indexOf({ 'reqdesk.yaml': settings });
    assert.deepEqual(problems(index, 'reqdesk.yaml'), []);
    const resolved = index.settingsFor('a.req.yaml');
    assert.deepEqual(resolved.project, {
      name: 'Acme Customer Portal', customer: 'Acme Ltd.', start: '2026-06-01', end: '2027-03-31', goals: ['Customers order online'],
      deliverables: ['Portal', 'Operations manual'], documents: [{ path: 'docs/contract.pdf', title: 'Signed contract', version: '1.2' }],
    });
    assert.deepEqual(resolved.milestones, [
      { id: 'M1', title: 'Sign-in', due: '2026-09-30', payment: { amount: 40000, invoiced: '2026-10-02', paid: '2026-10-20' } },
      { id: 'M2', title: undefined, due: '2026-12-15', payment: undefined },
    ]);
    assert.deepEqual(resolved.budget, { amount: 200000, currency: 'EUR', changeContingency: 20000 });
    assert.equal(resolved.paymentOverdueAfterDays, 45);
    assert.deepEqual(resolved.roster[0], {
      id: 'alice', name: 'Alice Wang', email: undefined, roles: ['owner', 'ccb'], organisation: 'Example Co', phone: '+86 21 5555 0101', responsibility: 'Project manager',
    });
  });

  it('leaves a file without them as it was: no project, no milestones, payments overdue after 30 days', () => {
    const resolved = indexOf({ 'reqdesk.yaml': 'ccb: { quorum: 2 }\n' }).settingsFor('a.req.yaml');
    assert.equal(resolved.project, undefined);
    assert.deepEqual(resolved.milestones, []);
    assert.equal(resolved.budget, undefined);
    assert.equal(resolved.paymentOverdueAfterDays, DEFAULT_SETTINGS.paymentOverdueAfterDays);
    assert.equal(DEFAULT_SETTINGS.paymentOverdueAfterDays, 30);
  });

  it('places a schema problem on a wrong milestone date and an unknown project field', () => {
    const index = indexOf({ 'reqdesk.yaml': 'project: { owner: x }\nmilestones:\n  - { id: M1, due: soon }\n' });
    assert.deepEqual(problems(index, 'reqdesk.yaml').map((p) => `${p.ruleId} ${p.range}`), ['schema 0:11-0:16', 'schema 2:19-2:23']);
  });
});
