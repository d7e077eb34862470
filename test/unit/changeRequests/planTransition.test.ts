import * as assert from 'node:assert/strict';
import { planTransition } from '../../../src/core/changeRequests/planTransition';
import type { ChangeRequestFileTransition } from '../../../src/core/changeRequests/transitionRequest';
import { utcTimestamp } from '../../../src/core/changeRequests/utcTimestamp';
import { brief, indexOf, yaml } from '../workspaceBuilder';
import {
  after, contextOf, CR_FILE, PORTAL, PORTAL_FILE, portalIndex, refusal, SUBMITTED,
  settingsOf,
} from './changeRequestFixtures';
import { fieldsFingerprint } from '../../../src/core/changeRequests/requirementFingerprint';

describe('planTransition', () => {
  const index = portalIndex();
  const plan = (text: string, request: ChangeRequestFileTransition, now: string, by = 'carol'): ReturnType<typeof planTransition> =>
    planTransition(text, request, contextOf(index, now, by));
  const impact = { schedule_days: 5, cost: 8000, effort_hours: 40, resources: 'one backend developer', risk: 'medium' };

  /** The record must stay consistent: no rule (and no schema check) finds anything in the request after a transition. */
  const assertClean = (text: string): void => {
    const workspace = indexOf({ [PORTAL_FILE]: PORTAL, [CR_FILE]: text, 'reqdesk.yaml': 'roster:\n  - { id: alice, roles: [ccb] }\n  - { id: carol, roles: [ccb] }\nccb: { quorum: 2, require_customer_signoff: true }\n' });
    assert.deepEqual(workspace.findings(CR_FILE).map(brief), []);
  };

  const ASSESSED = yaml`
    # Raised by Bob in the weekly call.
    id: CR-0007
    title: Support single sign-on
    status: assessed   # set by ReqDesk
    requested_by: Bob Li (Acme)
    requested_on: 2026-11-20
    channel: email
    affects: [PORTAL-001]
    proposed:
      PORTAL-001:
        priority: critical   # was high
    baseline:
      PORTAL-001:
        fingerprint: v2:9294f0b8
        title: Login goes to the home page
        description: >
          After the user enters a correct user name and password, the system goes to
          the user's home page.
        priority: high
        acceptance:
          - The home page shows "Welcome, <name>"
    impact:
      schedule_days: 5
      cost: 8000
      effort_hours: 40
      resources: one backend developer
      risk: medium
    history:
      - { on: 2026-11-20T09:12:00Z, by: alice, action: submitted }
      - { on: 2026-11-21T10:00:00Z, by: carol, action: assessed }
  `;

  const APPROVED = ASSESSED.replace('status: assessed ', 'status: approved ').replace('history:\n', yaml`
    decision:
      outcome: approved
      by: [alice, carol]
      on: 2026-11-22
      rationale: >-
        Required by the customer's security policy, which Acme's CISO confirmed in
        writing.
    history:
  `) + '  - { on: 2026-11-22T15:30:00Z, by: alice, action: approved, note: CCB meeting 2026-11-22 }\n';

  describe('walks a request through the workflow, keeping its comments and appending to its history', () => {
    it('assess: writes the status, the baseline (the proposed and the judged fields as assessed) and the impact, and a history entry', () => {
      const result = plan(SUBMITTED, { transition: 'assess', impact }, '2026-11-21T10:00:00Z');
      assert.equal(after(SUBMITTED, result), ASSESSED);
      assertClean(ASSESSED);
    });

    it('approve: writes the decision with its date, by default the date of the transition', () => {
      const decision = { by: ['alice', 'carol'], rationale: "Required by the customer's security policy, which Acme's CISO confirmed in writing." };
      const result = plan(ASSESSED, { transition: 'approve', decision, note: 'CCB meeting 2026-11-22' }, '2026-11-22T15:30:00Z', 'alice');
      assert.equal(after(ASSESSED, result), APPROVED);
      assertClean(APPROVED);
    });

    it('approve just after midnight in a time zone ahead of UTC: the decision takes the local date, the history the UTC moment', () => {
      const decision = { by: ['alice', 'carol'], rationale: "Required by the customer's security policy, which Acme's CISO confirmed in writing." };
      const result = planTransition(ASSESSED, { transition: 'approve', decision, note: 'CCB meeting 2026-11-22' }, contextOf(index, '2026-11-21T16:30:00Z', 'alice', settingsOf(), '2026-11-22'));
      assert.equal(after(ASSESSED, result), APPROVED.replace('on: 2026-11-22T15:30:00Z', 'on: 2026-11-21T16:30:00Z'));
    });

    it('sign-off: writes customer_signoff as one flow mapping and keeps the status', () => {
      const result = plan(APPROVED, { transition: 'signOff', signoff: { by: 'Bob Li', on: '2026-11-23' }, note: 'Signed by e-mail.' }, '2026-11-23T08:00:00Z', 'alice');
      const expected = APPROVED.replace('history:\n', 'customer_signoff: { by: Bob Li, on: 2026-11-23 }\nhistory:\n') +
        '  - { on: 2026-11-23T08:00:00Z, by: alice, action: signed-off, note: Signed by e-mail. }\n';
      assert.equal(after(APPROVED, result), expected);
      assertClean(expected);
    });

    it('verify: an implemented, signed-off request', () => {
      const implemented = APPROVED.replace('status: approved ', 'status: implemented ').replace('history:\n', 'customer_signoff: { by: Bob Li, on: 2026-11-23 }\nhistory:\n');
      const result = plan(implemented, { transition: 'verify', note: 'Tested on staging.' }, '2026-12-01T16:00:00Z', 'dave');
      const expected = implemented.replace('status: implemented ', 'status: verified ') + '  - { on: 2026-12-01T16:00:00Z, by: dave, action: verified, note: Tested on staging. }\n';
      assert.equal(after(implemented, result), expected);
      assertClean(expected);
    });

    const REJECTED = ASSESSED.replace('status: assessed ', 'status: rejected ').replace('history:\n', yaml`
      decision:
        outcome: rejected
        by: [alice, carol]
        on: 2026-11-22
        rationale: Outside the contract scope.
      history:
    `) + '  - { on: 2026-11-22T15:30:00Z, by: carol, action: rejected }\n';

    it('reject: writes the decision with the outcome rejected', () => {
      const result = plan(ASSESSED, { transition: 'reject', decision: { by: ['alice', 'carol'], rationale: 'Outside the contract scope.', on: '2026-11-22' } }, '2026-11-22T15:30:00Z');
      assert.equal(after(ASSESSED, result), REJECTED);
      assertClean(REJECTED);
    });

    const REOPENED = ASSESSED +
      '  - { on: 2026-11-22T15:30:00Z, by: carol, action: rejected }\n' +
      "  - { on: 2026-11-24T09:00:00Z, by: alice, action: reopened, note: 'Acme agreed to pay for it. (previous decision: rejected on 2026-11-22 by alice, carol: Outside the contract scope.)' }\n";

    it('reopen: back to assessed; the decision leaves the record for the history entry, with the reason', () => {
      const result = plan(REJECTED, { transition: 'reopen', reason: 'Acme agreed to pay for it.' }, '2026-11-24T09:00:00Z', 'alice');
      assert.equal(after(REJECTED, result), REOPENED);
      assertClean(REOPENED);
    });

    it('reassess: an approved request back to assessed with a fresh baseline; the approval leaves the record for the history entry, with the reason', () => {
      const changed = portalIndex(PORTAL.replace('priority: high   # agreed in kick-off', 'priority: medium').replace('owner: alice', 'owner: dave'));
      const result = planTransition(APPROVED, { transition: 'reassess', reason: 'PORTAL-001 was lowered to medium meanwhile.' }, contextOf(changed, '2026-11-26T09:00:00Z', 'alice'));
      const expected = ASSESSED.replace('fingerprint: v2:9294f0b8', `fingerprint: ${fieldsFingerprint(changed.requirementsWithId('PORTAL-001')[0].data, ['title', 'description', 'priority', 'acceptance'])}`)
        .replace('    priority: high\n', '    priority: medium\n') +
        '  - { on: 2026-11-22T15:30:00Z, by: alice, action: approved, note: CCB meeting 2026-11-22 }\n' +
        '  - { on: 2026-11-26T09:00:00Z, by: alice, action: reassessed, note: "PORTAL-001 was lowered to medium meanwhile. (previous decision: approved on 2026-11-22 by alice, carol: ' +
        'Required by the customer\'s security policy, which Acme\'s CISO confirmed in writing.)" }\n';
      assert.equal(after(APPROVED, result), expected);
      assertClean(expected);
      assert.equal(refusal(planTransition(APPROVED, { transition: 'reassess', reason: ' ' }, contextOf(changed, '2026-11-26T09:00:00Z'))),
        'Re-assessing an approved request needs a reason: say why it is assessed again (the approval is withdrawn).');
      assert.equal(refusal(plan(ASSESSED, { transition: 'reassess', reason: 'x' }, '2026-11-26T09:00:00Z')),
        'CR-0007 cannot be re-assessed: it is assessed, and only an approved change request can be re-assessed.');
    });

    it('assess again: replaces the impact values given, keeps the others and notes the replaced ones', () => {
      const result = plan(REOPENED, { transition: 'assess', impact: { schedule_days: 4, cost: 8000, effort_hours: 32, resources: 'one backend developer', risk: 'low' }, note: 'Smaller after the spike.' }, '2026-11-25T09:00:00Z');
      const expected = REOPENED.replace('schedule_days: 5', 'schedule_days: 4').replace('effort_hours: 40', 'effort_hours: 32').replace('risk: medium', 'risk: low') +
        "  - { on: 2026-11-25T09:00:00Z, by: carol, action: assessed, note: 'Smaller after the spike. (previous impact: schedule_days 5, effort_hours 40, risk medium)' }\n";
      assert.equal(after(REOPENED, result), expected);
    });

    it('assess records the impacted IDs chosen from the impact analysis as impact.related, in the same edit', () => {
      const result = plan(SUBMITTED, { transition: 'assess', impact: { ...impact, related: ['PORTAL-002', 'PORTAL-010'] } }, '2026-11-21T10:00:00Z');
      assert.equal(after(SUBMITTED, result), ASSESSED.replace('  risk: medium\n', '  risk: medium\n  related: [PORTAL-002, PORTAL-010]\n'));
    });

    it('withdraw: a submitted or assessed request', () => {
      const fromSubmitted = plan(SUBMITTED, { transition: 'withdraw', note: 'Acme postponed SSO.' }, '2026-11-21T08:00:00Z', 'bob');
      const expected = SUBMITTED.replace('status: submitted ', 'status: withdrawn ') + '  - { on: 2026-11-21T08:00:00Z, by: bob, action: withdrawn, note: Acme postponed SSO. }\n';
      assert.equal(after(SUBMITTED, fromSubmitted), expected);
      assertClean(expected);
      const fromAssessed = plan(ASSESSED, { transition: 'withdraw' }, '2026-11-21T11:00:00Z', 'bob');
      assert.equal(after(ASSESSED, fromAssessed), ASSESSED.replace('status: assessed ', 'status: withdrawn ') + '  - { on: 2026-11-21T11:00:00Z, by: bob, action: withdrawn }\n');
    });
  });

  describe('writes into what the file has', () => {
    it('fills an empty impact, replaces an old baseline (version 1) by a per-field one and drops entries for requirements no longer affected', () => {
      const text = yaml`
        id: CR-0007
        title: SSO
        status: submitted
        affects: [PORTAL-001]
        baseline:
          PORTAL-002: 0ff1f87c   # affected before
          PORTAL-001: 00000000
        impact:
        history: []
      `;
      const result = plan(text, { transition: 'assess', impact: { schedule_days: 1, cost: 0, effort_hours: 8, resources: 'the team', risk: 'low' } }, '2026-11-21T10:00:00Z');
      assert.equal(after(text, result), yaml`
        id: CR-0007
        title: SSO
        status: assessed
        affects: [PORTAL-001]
        baseline:
          PORTAL-001:
            fingerprint: v2:${fieldsFingerprint(index.requirementsWithId('PORTAL-001')[0].data, ['title', 'description', 'acceptance']).slice(3)}
            title: Login goes to the home page
            description: >
              After the user enters a correct user name and password, the system goes to
              the user's home page.
            acceptance:
              - The home page shows "Welcome, <name>"
        impact:
          schedule_days: 1
          cost: 0
          effort_hours: 8
          resources: the team
          risk: low
        history:
          - on: 2026-11-21T10:00:00Z
            by: carol
            action: assessed
      `);
    });

    it('starts a history for a request that has none, and keeps CRLF line ends', () => {
      const text = 'id: CR-0007\r\ntitle: SSO\r\nstatus: submitted\r\naffects: [PORTAL-001]\r\n';
      const result = plan(text, { transition: 'withdraw', note: 'Duplicate of CR-0006.' }, '2026-11-21T10:00:00Z');
      assert.equal(after(text, result), 'id: CR-0007\r\ntitle: SSO\r\nstatus: withdrawn\r\naffects: [PORTAL-001]\r\nhistory:\r\n  - on: 2026-11-21T10:00:00Z\r\n    by: carol\r\n    action: withdrawn\r\n    note: Duplicate of CR-0006.\r\n');
    });

    it('returns offsets into the text as given, byte order mark included', () => {
      const result = plan(`\uFEFF${SUBMITTED}`, { transition: 'withdraw' }, '2026-11-21T08:00:00Z');
      assert.equal(after(`\uFEFF${SUBMITTED}`, result), `\uFEFF${SUBMITTED.replace('status: submitted ', 'status: withdrawn ')}  - { on: 2026-11-21T08:00:00Z, by: carol, action: withdrawn }\n`);
    });
  });

  describe('refuses, changing nothing', () => {
    it('a transition its guard refuses, with the guard message', () => {
      assert.equal(refusal(plan(SUBMITTED, { transition: 'approve', decision: { by: ['alice', 'carol'], rationale: 'ok' } }, '2026-11-21T10:00:00Z')),
        'CR-0007 cannot be approved: it is submitted, and only an assessed change request can be approved.');
    });

    it('judges the live text, not the index', () => {
      const stale = contextOf(indexOf({ [PORTAL_FILE]: PORTAL, [CR_FILE]: ASSESSED }), '2026-11-21T10:00:00Z');
      assert.equal(refusal(planTransition(SUBMITTED, { transition: 'reject', decision: { by: ['alice', 'carol'], rationale: 'no' } }, stale)),
        'CR-0007 cannot be rejected: it is submitted, and only an assessed change request can be rejected.');
    });

    it('a file with YAML errors', () => {
      assert.equal(refusal(plan('id: CR-0007\nstatus: [submitted\n', { transition: 'withdraw' }, '2026-11-21T10:00:00Z')).split(' Line')[0],
        'The file has YAML errors, so ReqDesk does not edit it: fix them first.');
    });

    it('a file that is not a change request', () => {
      assert.equal(refusal(plan('- just a list\n', { transition: 'withdraw' }, '2026-11-21T10:00:00Z')),
        'The file is not a change request: it needs a mapping with id:, title:, status: and affects:.');
    });

    it('a transition without who or with a time that is not UTC', () => {
      assert.equal(refusal(plan(SUBMITTED, { transition: 'withdraw' }, '2026-11-21T10:00:00Z', ' ')), 'The history needs to say who made the change, and no user name was given.');
      assert.equal(refusal(plan(SUBMITTED, { transition: 'withdraw' }, '2026-11-21 10:00')), "The history time must be a UTC time like 2026-11-20T09:12:00Z (it is '2026-11-21 10:00').");
      assert.equal(refusal(plan(SUBMITTED, { transition: 'withdraw' }, '2026-11-21T10:00:00+01:00')), "The history time must be a UTC time like 2026-11-20T09:12:00Z (it is '2026-11-21T10:00:00+01:00').");
    });

    it('a step the edit primitives refuse (an aliased value)', () => {
      const text = 'id: CR-0007\ntitle: SSO\nstatus: &s submitted\naffects: [PORTAL-001]\nhistory: []\n';
      assert.match(refusal(plan(text, { transition: 'withdraw' }, '2026-11-21T10:00:00Z')), /^The value at status has an anchor \(&s\)/);
    });
  });

  it('takes its time from the caller: utcTimestamp gives the history format', () => {
    assert.equal(utcTimestamp(new Date(Date.UTC(2026, 10, 20, 9, 12, 0, 456))), '2026-11-20T09:12:00Z');
  });
});
