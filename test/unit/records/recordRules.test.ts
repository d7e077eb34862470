import * as assert from 'node:assert/strict';
import { actionOverdueDays } from '../../../src/core/records/openActions';
import { WorkspaceIndex } from '../../../src/core/workspaceIndex';
import { at, indexOf, yaml } from '../workspaceBuilder';

const ROSTER = 'roster:\n  - { id: alice, name: Alice Wang }\n  - { id: bob.li, roles: [customer] }\n';

const RECORD = yaml`
  ---
  kind: meeting
  on: 2026-12-01
  subject: Review
  with: [alice, Someone Else]
  actions:
    - { who: Alice Wang, what: One }
    - { who: zed, what: Two }
    - { who: alice, what: Three }
  ---
`;

function problems(index: WorkspaceIndex, file: string, ruleId: string): string[] {
  return index.findings(file).filter((f) => f.ruleId === ruleId).map((f) => `${at(f.range)} ${f.severity} ${f.message}`);
}

describe('communication records: rules', () => {
  it("reports an action's who outside the roster, suggesting a member; with may name anyone", () => {
    const index = indexOf({ 'reqdesk.yaml': ROSTER, 'notes/r.md': RECORD });
    assert.deepEqual(problems(index, 'notes/r.md', 'record-unknown-person'), [
      "6:11-6:21 warning Action for 'Alice Wang', who is not in the roster (reqdesk.yaml). Did you mean 'alice'?",
      "7:11-7:14 warning Action for 'zed', who is not in the roster (reqdesk.yaml). Known: alice, bob.li.",
    ]);
    assert.deepEqual(problems(indexOf({ 'notes/r.md': RECORD }), 'notes/r.md', 'record-unknown-person'), [], 'no roster, no check');
  });

  it('reports unknown IDs: listed ones always, those in the text only with a prefix in use', () => {
    const index = indexOf({
      'a.req.yaml': 'document: { prefix: P, title: T }\nrequirements:\n  - { id: P-001, title: a, owner: alice, priority: high }\n',
      'notes/r.md': yaml`
        ---
        kind: email
        on: 2026-12-01
        subject: Mail
        requirements: [P-001, Q-009]
        changes: [CR-0009]
        ---
        P-001, P-404 and CR-0010; ISO-9001 and UTF-8 are no IDs here.
      `,
    });
    assert.deepEqual(problems(index, 'notes/r.md', 'record-unknown-id'), [
      '4:22-4:27 warning The record names unknown requirement Q-009: no requirement in the workspace has this ID.',
      '5:10-5:17 warning The record names unknown change request CR-0009: no change request in the workspace has this ID.',
      '7:7-7:12 warning The record names unknown requirement P-404: no requirement in the workspace has this ID.',
      '7:17-7:24 warning The record names unknown change request CR-0010: no change request in the workspace has this ID.',
    ]);
  });

  it('reports an open action past its due date as information, from the day after it is due', () => {
    const text = '---\nkind: call\non: 2026-12-01T23:59+14:00\nsubject: S\nactions:\n  - { who: alice, what: A, due: 2026-12-06 }\n  - { what: B, due: 2026-12-05 }\n  - { who: alice, what: C, due: 2026-12-01, done: true }\n---\n';
    const on = (today: string): string[] => {
      const index = new WorkspaceIndex(today);
      index.update('notes/r.md', text, { kind: 'record' });
      return problems(index, 'notes/r.md', 'record-action-overdue');
    };
    assert.deepEqual(on('2026-12-05'), []);
    assert.deepEqual(on('2026-12-06'), ['6:20-6:30 info Action overdue by 1 day: due 2026-12-05, not done.']);
    assert.deepEqual(on('2026-12-07'), [
      "5:32-5:42 info Action overdue by 1 day: due 2026-12-06, for 'alice', not done.",
      '6:20-6:30 info Action overdue by 2 days: due 2026-12-05, not done.',
    ]);
  });

  it("judges due dates by the clock's local date alone, whatever the record's zone or the machine's", () => {
    // The index is handed today's local date (clock.ts): the action's date is compared as a calendar date.
    assert.equal(actionOverdueDays({ due: '2026-12-06', done: false }, '2026-12-06'), undefined);
    assert.equal(actionOverdueDays({ due: '2026-12-06', done: false }, '2026-12-07'), 1);
    assert.equal(actionOverdueDays({ due: '2026-12-31', done: false }, '2027-01-01'), 1);
    assert.equal(actionOverdueDays({ due: '2026-12-06', done: true }, '2027-01-01'), undefined);
    assert.equal(actionOverdueDays({ due: 'soon', done: false }, '2027-01-01'), undefined);
    assert.equal(actionOverdueDays({ due: undefined, done: false }, '2027-01-01'), undefined);
  });

  it('takes its severities from reqdesk.yaml', () => {
    const index = indexOf({
      'reqdesk.yaml': `${ROSTER}rules: { record-action-overdue: error, record-unknown-person: off }\n`,
      'notes/r.md': '---\nkind: call\non: 2026-12-01\nsubject: S\nactions:\n  - { who: zed, what: A, due: 2026-12-01 }\n---\n',
    });
    assert.deepEqual(index.findings('notes/r.md').map((f) => [f.ruleId, f.severity]), [['record-action-overdue', 'error']]);
  });
});
