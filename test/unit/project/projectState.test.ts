import * as assert from 'node:assert/strict';
import { computeProjectState } from '../../../src/core/project/computeProjectState';
import { settingsScopes } from '../../../src/core/project/projectScope';
import { indexOf, TEST_TODAY, yaml } from '../workspaceBuilder';
import { EXISTING_DOCUMENTS, projectIndex } from './projectFixture';

function state(today = TEST_TODAY): ReturnType<typeof computeProjectState> {
  const index = projectIndex();
  index.setPresentDocuments('reqdesk.yaml', EXISTING_DOCUMENTS);
  return computeProjectState(index, 'reqdesk.yaml', today);
}

describe('project state', () => {
  it('heads with the project facts, days left and requirements by status in vocabulary order', () => {
    const { header, asOf } = state();
    assert.equal(asOf, '2026-12-07');
    assert.deepEqual(header, {
      name: 'Acme Portal', customer: 'Acme <Ltd> & Co', start: '2026-06-01', end: '2027-03-31', daysLeft: 114,
      goals: ['Customers order online'], deliverables: ['Portal'], settingsFile: 'reqdesk.yaml', place: { file: 'reqdesk.yaml', line: 0 },
      statusCounts: [{ status: 'new', count: 3 }, { status: 'in-progress', count: 1 }, { status: 'done', count: 1 }, { status: 'accepted', count: 1 }],
      requirementCount: 6,
    });
  });

  it('gives each milestone its progress, overdue state and payment state; undeclared ones last', () => {
    assert.deepEqual(state().milestones.map((m) => [m.id, m.declared, m.done, m.total, m.overdue, m.payment?.status]), [
      ['M1', true, 1, 2, true, 'paid'],
      ['M2', true, 1, 2, true, 'overdue'],
      ['M3', true, 0, 1, false, 'planned'],
      ['Later', false, 0, 1, false, undefined],
    ]);
    assert.deepEqual(state().milestones[0].statusCounts, [{ status: 'in-progress', count: 1 }, { status: 'done', count: 1 }]);
    // 30 days after invoicing the payment is still only invoiced; the day after, overdue.
    assert.equal(state('2026-12-01').milestones[1].payment?.status, 'invoiced');
    assert.equal(state('2026-12-02').milestones[1].payment?.status, 'overdue');
  });

  it('lists overdue requirements and actions, most overdue first, as of the given date', () => {
    const s = state();
    assert.deepEqual(s.overdueRequirements.map((r) => [r.id, r.daysOverdue, r.due, r.place.line]), [['P-003', 36, '2026-11-01', 4], ['P-002', 7, '2026-11-30', 3]]);
    assert.deepEqual(s.overdueActions.map((a) => [a.who, a.what, a.daysOverdue, a.subject, a.place]), [
      ['alice', 'Send the test plan', 6, 'Weekly call', { file: 'notes/kickoff.md', line: 5 }],
    ]);
    assert.deepEqual(state('2026-12-21').overdueActions.map((a) => [a.who, a.daysOverdue]), [['alice', 20], ['bob', 1]]);
  });

  it('totals open and approved changes against the contingency and sums the payments', () => {
    const { changes } = state();
    assert.deepEqual(changes.open.map((c) => [c.id, c.status, c.cost]), [['CR-0001', 'approved', 1600], ['CR-0002', 'assessed', 7000.5]]);
    assert.deepEqual(changes.openTotals, { cost: 8600.5, scheduleDays: 7, effortHours: 76, count: 2 });
    assert.deepEqual(changes.approvedTotals, { cost: 1600, scheduleDays: 2, effortHours: 16, count: 1 });
    assert.deepEqual(changes.budget, {
      amount: 250000, currency: 'EUR', changeContingency: 20000, contingencyLeft: 18400, paymentsPlanned: 200000, paymentsPaid: 40000,
    });
  });

  it('counts risks not closed on the 5 × 5 heat map and orders the top risks by score, then ID', () => {
    const { risks } = state();
    const cells = risks.heatMap.flatMap((row, p) => row.flatMap((count, i) => (count > 0 ? [`${p + 1}×${i + 1}: ${count}`] : [])));
    assert.deepEqual(cells, ['2×5: 1', '4×4: 2']);
    assert.equal(risks.heatMap.length, 5);
    assert.ok(risks.heatMap.every((row) => row.length === 5));
    assert.equal(risks.unscored, 1);
    assert.deepEqual(risks.top.map((r) => [r.id, r.score]), [['RISK-001', 16], ['RISK-004', 16], ['RISK-002', 10]]);
    assert.deepEqual(risks.top.map((r) => r.reviewOverdue), [true, false, false]);
    assert.deepEqual(risks.all.map((r) => `${r.id} ${r.status}`), ['RISK-001 open', 'RISK-004 open', 'RISK-005 open', 'RISK-002 mitigating', 'RISK-003 closed']);
    assert.deepEqual(risks.byStatus, [{ status: 'open', count: 3 }, { status: 'mitigating', count: 1 }, { status: 'closed', count: 1 }]);
  });

  it('gives the latest records and the documents with whether they exist', () => {
    const s = state();
    assert.deepEqual(s.recentRecords, [{ kind: 'meeting', on: '2026-11-20T10:00+01:00', subject: 'Weekly call', openActions: 2, place: { file: 'notes/kickoff.md', line: 0 } }]);
    assert.deepEqual(s.documents, [
      { path: 'docs/contract.pdf', title: 'Contract', version: '1.2', exists: true, place: { file: 'reqdesk.yaml', line: 8 } },
      { path: 'docs/missing.pdf', title: 'Lost', version: undefined, exists: false, place: { file: 'reqdesk.yaml', line: 9 } },
    ]);
  });

  it('places each declared milestone at its entry in reqdesk.yaml; one only requirements name has none', () => {
    assert.deepEqual(state().milestones.map((m) => [m.id, m.place?.file, m.place?.line]), [
      ['M1', 'reqdesk.yaml', 11], ['M2', 'reqdesk.yaml', 12], ['M3', 'reqdesk.yaml', 13], ['Later', undefined, undefined],
    ]);
    const index = indexOf({
      'app/reqdesk.yaml': yaml`
        # The client project
        milestones:
          - id: M1
            title: First

          - title: Second
            id: M2
        project:
          name: P
          documents:
            - path: a.pdf
      `,
    });
    const s = computeProjectState(index, 'app/reqdesk.yaml', TEST_TODAY);
    assert.deepEqual(s.milestones.map((m) => m.place), [{ file: 'app/reqdesk.yaml', line: 2 }, { file: 'app/reqdesk.yaml', line: 5 }]);
    assert.deepEqual(s.header.place, { file: 'app/reqdesk.yaml', line: 7 });
    assert.deepEqual(s.documents.map((d) => d.place), [{ file: 'app/reqdesk.yaml', line: 10 }]);
  });

  it('keeps the projects of a multi-root workspace apart: each reqdesk.yaml its own files', () => {
    const index = indexOf({
      'a/reqdesk.yaml': 'project: { name: A }\n',
      'a/x.req.yaml': 'document: { prefix: A, title: T }\nrequirements:\n  - { id: A-001, title: a, owner: o, priority: high }\n',
      'b/reqdesk.yaml': 'project: { name: B }\n',
      'b/y.req.yaml': 'document: { prefix: B, title: T }\nrequirements:\n  - { id: B-001, title: b, owner: o, priority: high }\n  - { id: B-002, title: c, owner: o, priority: high }\n',
      'b/r.risks.yaml': yaml`
        risks:
          - { id: RISK-001, title: r, probability: 1, impact: 1, owner: o }
      `,
    });
    assert.deepEqual(settingsScopes(index), ['a/reqdesk.yaml', 'b/reqdesk.yaml']);
    const [a, b] = settingsScopes(index).map((scope) => computeProjectState(index, scope, TEST_TODAY));
    assert.deepEqual([a.header.name, a.header.requirementCount, a.risks.all.length], ['A', 1, 0]);
    assert.deepEqual([b.header.name, b.header.requirementCount, b.risks.all.length], ['B', 2, 1]);
  });

  it('is plain JSON data: a workspace without reqdesk.yaml is one empty project', () => {
    const index = indexOf({});
    assert.deepEqual(settingsScopes(index), [undefined]);
    const s = computeProjectState(index, undefined, TEST_TODAY);
    assert.deepEqual(JSON.parse(JSON.stringify(s)), {
      asOf: TEST_TODAY,
      header: { goals: [], deliverables: [], statusCounts: [], requirementCount: 0 },
      milestones: [], overdueRequirements: [], overdueActions: [],
      changes: { open: [], openTotals: { cost: 0, scheduleDays: 0, effortHours: 0, count: 0 }, approvedTotals: { cost: 0, scheduleDays: 0, effortHours: 0, count: 0 } },
      risks: { heatMap: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], unscored: 0, top: [], all: [], byStatus: [] },
      recentRecords: [], documents: [],
    });
  });
});
