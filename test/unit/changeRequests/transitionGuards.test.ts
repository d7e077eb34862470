import * as assert from 'node:assert/strict';
import { transitionRefusal } from '../../../src/core/changeRequests/transitionGuards';
import type { GuardContext, TransitionRequest } from '../../../src/core/changeRequests/transitionRequest';
import type { ChangeRequestData } from '../../../src/core/model';
import { indexOf } from '../workspaceBuilder';
import { PORTAL, PORTAL_FILE, settingsOf } from './changeRequestFixtures';

describe('change request transition guards', () => {
  const index = indexOf({ [PORTAL_FILE]: PORTAL, 'other/dup.req.yaml': PORTAL.replace('PORTAL-001', 'PORTAL-009').replace('PORTAL-002', 'PORTAL-001') });
  const context = (settings = settingsOf()): GuardContext => ({ settings, requirementsWithId: (id) => index.requirementsWithId(id) });
  const impact = { schedule_days: 5, cost: 8000, effort_hours: 40, resources: 'the team', risk: 'medium' };
  const decision = { by: ['alice', 'carol'], rationale: 'Required by the security policy.' };
  const base: ChangeRequestData = { id: 'CR-0007', title: 'SSO', affects: ['PORTAL-002'] };
  const assessed: ChangeRequestData = { ...base, status: 'assessed', impact };
  const approved: ChangeRequestData = { ...assessed, status: 'approved', decision: { outcome: 'approved', by: ['alice', 'carol'], on: '2026-11-22' } };
  const implemented: ChangeRequestData = { ...approved, status: 'implemented' };

  const check = (cr: ChangeRequestData, request: TransitionRequest, settings = settingsOf()): string | undefined => transitionRefusal(cr, request, context(settings))?.message;

  describe('allow', () => {
    const allowed: [string, ChangeRequestData, TransitionRequest][] = [
      ['assess a submitted request', { ...base, status: 'submitted' }, { transition: 'assess', impact }],
      ['assess an assessed request again', assessed, { transition: 'assess', impact: { ...impact, resources: 'one developer', notes: 'n' } }],
      ['approve an assessed request with a quorum of CCB members', assessed, { transition: 'approve', decision }],
      ['reject an assessed request', assessed, { transition: 'reject', decision: { ...decision, on: '2026-11-22' } }],
      ['withdraw a submitted request', { ...base, status: 'submitted' }, { transition: 'withdraw' }],
      ['withdraw an assessed request', assessed, { transition: 'withdraw', note: 'Postponed.' }],
      ['reopen a rejected request with a reason', { ...assessed, status: 'rejected' }, { transition: 'reopen', reason: 'Acme pays.' }],
      ['implement an approved request', approved, { transition: 'implement' }],
      ['verify an implemented, signed-off request', { ...implemented, customer_signoff: { by: 'Bob Li', on: '2026-11-23' } }, { transition: 'verify' }],
      ['sign off an approved request', approved, { transition: 'signOff', signoff: { by: 'Bob Li' } }],
      ['sign off an implemented request', implemented, { transition: 'signOff', signoff: { by: 'Bob Li', on: '2026-11-23' } }],
      ['sign off a verified request', { ...implemented, status: 'verified' }, { transition: 'signOff', signoff: { by: 'Bob Li' } }],
    ];
    for (const [what, cr, request] of allowed) {
      it(what, () => {
        assert.equal(check(cr, request), undefined);
      });
    }

    it('verify without a sign-off when the settings do not ask for one', () => {
      assert.equal(check(implemented, { transition: 'verify' }, settingsOf({})), undefined);
    });

    it('a decision by anyone when there is no CCB roster, with the default quorum of 1', () => {
      assert.equal(check(assessed, { transition: 'approve', decision: { by: ['zoe'], rationale: 'ok' } }, settingsOf({})), undefined);
    });
  });

  describe('refuse', () => {
    const refused: [string, ChangeRequestData, TransitionRequest, string][] = [
      // status
      ['to approve a submitted request', { ...base, status: 'submitted' }, { transition: 'approve', decision },
        'CR-0007 cannot be approved: it is submitted, and only an assessed change request can be approved.'],
      ['to reject an approved request', approved, { transition: 'reject', decision },
        'CR-0007 cannot be rejected: it is approved, and only an assessed change request can be rejected.'],
      ['to assess an approved request', approved, { transition: 'assess', impact },
        'CR-0007 cannot be assessed: it is approved, and only a submitted or assessed change request can be assessed.'],
      ['to withdraw a decided request', approved, { transition: 'withdraw' },
        'CR-0007 cannot be withdrawn: it is approved, and only a submitted or assessed change request can be withdrawn.'],
      ['to reopen a withdrawn request', { ...base, status: 'withdrawn' }, { transition: 'reopen', reason: 'Again.' },
        'CR-0007 cannot be reopened: it is withdrawn, and only a rejected change request can be reopened.'],
      ['to implement a request not yet approved', assessed, { transition: 'implement' },
        'CR-0007 cannot be implemented: it is assessed, and only an approved change request can be implemented.'],
      ['to verify a request not yet implemented', approved, { transition: 'verify' },
        'CR-0007 cannot be verified: it is approved, and only an implemented change request can be verified.'],
      ['to sign off before approval', assessed, { transition: 'signOff', signoff: { by: 'Bob Li' } },
        'CR-0007 cannot be signed off: it is assessed, and only an approved, implemented or verified change request can be signed off.'],
      ['a request without a status', base, { transition: 'withdraw' }, 'CR-0007 cannot be withdrawn: it has no status.'],
      ['a request with an unknown status, naming it by default when it has no ID', { ...base, id: undefined, status: 'aproved' }, { transition: 'implement' },
        "This change request cannot be implemented: its status 'aproved' is not a change request status (submitted, assessed, approved, rejected, implemented, verified, withdrawn)."],
      // assess
      ['an assessment without the required impact', { ...base, status: 'submitted' }, { transition: 'assess', impact: { schedule_days: 5, effort_hours: 8, resources: 'x' } },
        'The impact lacks cost and risk: an assessment gives schedule_days, cost, effort_hours, resources and risk (notes are optional).'],
      ['an assessment with a blank risk', { ...base, status: 'submitted' }, { transition: 'assess', impact: { ...impact, risk: ' ' } },
        'The impact lacks risk: an assessment gives schedule_days, cost, effort_hours, resources and risk (notes are optional).'],
      ['an assessment with a cost that is not a number', { ...base, status: 'submitted' }, { transition: 'assess', impact: { ...impact, cost: Number.NaN } },
        "cost must be a number (it is 'NaN')."],
      ['an assessment with negative effort', { ...base, status: 'submitted' }, { transition: 'assess', impact: { ...impact, effort_hours: -4 } },
        'effort_hours must be 0 or more (it is -4).'],
      ['an assessment with an unknown risk level', { ...base, status: 'submitted' }, { transition: 'assess', impact: { ...impact, risk: 'severe' } },
        "risk must be one of low, medium, high (it is 'severe')."],
      ['to assess a request that affects nothing', { ...base, affects: [], status: 'submitted' }, { transition: 'assess', impact },
        'CR-0007 affects no requirement: list the affected requirement IDs under affects before assessing.'],
      ['to assess a request that affects unknown requirements', { ...base, affects: ['PORTAL-404', 'PORTAL-002', 'PORTAL-405'], status: 'submitted' }, { transition: 'assess', impact },
        'CR-0007 affects PORTAL-404 and PORTAL-405, which no requirement in the workspace has: correct affects before assessing.'],
      ['to assess a request that affects a duplicated ID', { ...base, affects: ['PORTAL-001'], status: 'submitted' }, { transition: 'assess', impact },
        'PORTAL-001 is defined 2 times in the workspace: make the IDs unique before assessing.'],
      ['to assess proposed values for a requirement not in affects', { ...base, status: 'submitted', proposed: { 'PORTAL-009': { priority: 'low' } } }, { transition: 'assess', impact },
        'proposed names PORTAL-009, which is not listed in affects: add it to affects or remove it from proposed.'],
      ['to assess a proposed value the requirement cannot hold', { ...base, status: 'submitted', proposed: { 'PORTAL-002': { priority: 'urgent' } } }, { transition: 'assess', impact },
        "The proposed priority of PORTAL-002 cannot be written: priority must be one of critical, high, medium, low (it is 'urgent')."],
      ['to assess proposed changes, which ReqDesk writes', { ...base, status: 'submitted', proposed: { 'PORTAL-002': { changes: ['CR-0001'] } } }, { transition: 'assess', impact },
        'The proposed values for PORTAL-002 set changes, which ReqDesk writes itself: remove it from proposed.'],
      // approve, reject
      ['a decision on a request whose impact is incomplete', { ...assessed, impact: { schedule_days: 5 } }, { transition: 'approve', decision },
        'CR-0007 has no complete impact assessment (it lacks cost, effort_hours, resources and risk): assess it before the CCB decides.'],
      ['a decision that names nobody', assessed, { transition: 'approve', decision: { by: [], rationale: 'ok' } },
        'A decision names the CCB members who made it: none is given.'],
      ['a decision that names someone twice', assessed, { transition: 'reject', decision: { by: ['alice', 'alice'], rationale: 'no' } },
        "'alice' is named twice in the decision."],
      ['a decision by someone not on the CCB, who does not count towards the quorum', assessed, { transition: 'approve', decision: { by: ['alice', 'dave'], rationale: 'ok' } },
        "'dave' is not a CCB member (roster role ccb in reqdesk.yaml). CCB: alice, carol. The decision needs at least 2 CCB members (quorum in reqdesk.yaml) but names 1."],
      ['a decision below the quorum', assessed, { transition: 'reject', decision: { by: ['carol'], rationale: 'no' } },
        'The decision needs at least 2 CCB members (quorum in reqdesk.yaml) but names 1.'],
      ['an approval without a rationale', assessed, { transition: 'approve', decision: { by: ['alice', 'carol'], rationale: ' ' } },
        'A decision needs a rationale: say why the CCB approves the request.'],
      ['a rejection without a rationale', assessed, { transition: 'reject', decision: { by: ['alice', 'carol'] } },
        'A decision needs a rationale: say why the CCB rejects the request.'],
      ['a decision with a date that does not exist', assessed, { transition: 'approve', decision: { ...decision, on: '2026-02-30' } },
        "The decision date must be a date like 2026-11-22 (it is '2026-02-30')."],
      // reopen
      ['to reopen without a reason', { ...assessed, status: 'rejected' }, { transition: 'reopen', reason: '  ' },
        'Reopening needs a reason: say why the request is considered again.'],
      // implement, verify
      ['to implement an approved request whose decision says rejected', { ...approved, decision: { outcome: 'rejected' } }, { transition: 'implement' },
        "CR-0007 has no approval on record (its decision says rejected): record the CCB's approval first."],
      ['to verify an implemented request without a decision', { ...implemented, decision: undefined }, { transition: 'verify' },
        "CR-0007 has no approval on record (it has no decision): record the CCB's approval first."],
      ['to verify without the customer sign-off the settings require', implemented, { transition: 'verify' },
        'CR-0007 needs a customer sign-off before it is verified (ccb.require_customer_signoff in reqdesk.yaml): record the sign-off first.'],
      // sign-off
      ['a second sign-off', { ...approved, customer_signoff: { by: 'Bob Li', on: '2026-11-23' } }, { transition: 'signOff', signoff: { by: 'Ann' } },
        'CR-0007 already has a customer sign-off (by Bob Li on 2026-11-23).'],
      ['a sign-off by nobody', approved, { transition: 'signOff', signoff: { by: '' } }, 'A sign-off names who signed off for the customer.'],
      ['a sign-off with a bad date', approved, { transition: 'signOff', signoff: { by: 'Bob Li', on: '23.11.2026' } },
        "The sign-off date must be a date like 2026-11-22 (it is '23.11.2026')."],
    ];
    for (const [what, cr, request, message] of refused) {
      it(what, () => {
        assert.equal(check(cr, request), message);
      });
    }
  });
});
