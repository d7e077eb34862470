import * as assert from 'node:assert/strict';
import { GUARD_MESSAGES, transitionRefusal } from '../../../src/core/changeRequests/transitionGuards';
import type { GuardContext, TransitionRequest } from '../../../src/core/changeRequests/transitionRequest';
import { formatMessage } from '../../../src/core/messages';
import type { ChangeRequestData } from '../../../src/core/model';
import { coreTemplates } from '../coreTemplates';
import { indexOf } from '../workspaceBuilder';
import { PORTAL, PORTAL_FILE, settingsOf } from './changeRequestFixtures';

// Every refusal of the transition guards can be said in another language: it carries a template the core defines
// (and the l10n bundle translates) and the English text is exactly that template filled in.

describe('change request guard refusals are localisable', () => {
  const index = indexOf({ [PORTAL_FILE]: PORTAL, 'other/dup.req.yaml': PORTAL.replace('PORTAL-001', 'PORTAL-009').replace('PORTAL-002', 'PORTAL-001') });
  const context = (settings = settingsOf()): GuardContext => ({ settings, requirementsWithId: (id) => index.requirementsWithId(id) });
  const impact = { schedule_days: 5, cost: 8000, effort_hours: 40, resources: 'the team', risk: 'medium' };
  const decision = { by: ['alice', 'carol'], rationale: 'Required by the security policy.' };
  const base: ChangeRequestData = { id: 'CR-0007', title: 'SSO', affects: ['PORTAL-002'] };
  const submitted: ChangeRequestData = { ...base, status: 'submitted' };
  const assessed: ChangeRequestData = { ...base, status: 'assessed', impact };
  const approved: ChangeRequestData = { ...assessed, status: 'approved', decision: { outcome: 'approved', by: ['alice', 'carol'], on: '2026-11-22' } };
  const implemented: ChangeRequestData = { ...approved, status: 'implemented' };
  const strict = settingsOf();

  const refused: [string, ChangeRequestData, TransitionRequest, ReturnType<typeof settingsOf>?][] = [
    ['no status', { ...base }, { transition: 'withdraw' }],
    ['an unknown status, no id', { title: 'x', status: 'parked' }, { transition: 'withdraw' }],
    ['the wrong status (a)', submitted, { transition: 'implement' }],
    ['the wrong status (an)', submitted, { transition: 'verify' }],
    ['the wrong status (or)', implemented, { transition: 'withdraw' }],
    ['impact missing fields', submitted, { transition: 'assess', impact: { cost: 1 } }],
    ['impact not a number', submitted, { transition: 'assess', impact: { ...impact, cost: 'lots' as unknown as number } }],
    ['negative effort', submitted, { transition: 'assess', impact: { ...impact, effort_hours: -1 } }],
    ['an unknown risk', submitted, { transition: 'assess', impact: { ...impact, risk: 'huge' } }],
    ['no affects', { ...submitted, affects: [] }, { transition: 'assess', impact }],
    ['unknown affects', { ...submitted, affects: ['PORTAL-404', 'PORTAL-405'] }, { transition: 'assess', impact }],
    ['duplicated affects', { ...submitted, affects: ['PORTAL-001'] }, { transition: 'assess', impact }],
    ['proposed not affected', { ...submitted, proposed: { 'PORTAL-003': { owner: 'bob' } } }, { transition: 'assess', impact }],
    ['proposed id', { ...submitted, proposed: { 'PORTAL-002': { id: 'X' } } }, { transition: 'assess', impact }],
    ['proposed unknown field', { ...submitted, proposed: { 'PORTAL-002': { colour: 'red' } as never } }, { transition: 'assess', impact }],
    ['proposed invalid value', { ...submitted, proposed: { 'PORTAL-002': { priority: 'urgent' } } }, { transition: 'assess', impact }],
    ['no assessment', { ...assessed, impact: { cost: 1 } }, { transition: 'approve', decision }],
    ['no members', assessed, { transition: 'approve', decision: { by: [], rationale: 'x' } }],
    ['a member twice', assessed, { transition: 'approve', decision: { by: ['alice', 'alice'], rationale: 'x' } }],
    ['non-members and the quorum', assessed, { transition: 'approve', decision: { by: ['zed', 'yan'], rationale: 'x' } }, settingsOf({ roster: [{ id: 'carol', roles: ['ccb'] }], ccb: { quorum: 2 } })],
    ['no rationale (approve)', assessed, { transition: 'approve', decision: { by: decision.by } }],
    ['no rationale (reject)', assessed, { transition: 'reject', decision: { by: decision.by, rationale: ' ' } }],
    ['a bad decision date', assessed, { transition: 'approve', decision: { ...decision, on: '22.11.2026' } }],
    ['reopen without a reason', { ...assessed, status: 'rejected' }, { transition: 'reopen', reason: ' ' }],
    ['reassess without a reason', approved, { transition: 'reassess', reason: '' }],
    ['no decision', { ...approved, decision: undefined }, { transition: 'implement' }],
    ['a rejected decision', { ...approved, decision: { outcome: 'rejected' } }, { transition: 'implement' }],
    ['a decision without outcome', { ...approved, decision: {} }, { transition: 'implement' }],
    ['no sign-off', implemented, { transition: 'verify' }, strict],
    ['a sign-off twice', { ...approved, customer_signoff: { by: 'Dana', on: '2026-11-23' } }, { transition: 'signOff', signoff: { by: 'Dana' } }],
    ['a sign-off by nobody', approved, { transition: 'signOff', signoff: { by: ' ' } }],
    ['a bad sign-off date', approved, { transition: 'signOff', signoff: { by: 'Dana', on: 'tomorrow' } }],
  ];

  const templates = new Set(coreTemplates().flatMap((t) => (t.template === undefined ? [] : [t.template])));
  const seen = new Set<string>();

  for (const [what, cr, request, settings] of refused) {
    it(`${what}: a defined template that round-trips to the English text`, () => {
      const refusal = transitionRefusal(cr, request, context(settings));
      assert.ok(refusal, 'expected a refusal');
      assert.equal(formatMessage(refusal.template, refusal.args), refusal.message);
      assert.ok(templates.has(refusal.template), `template not in a defineMessages: ${refusal.template}`);
      seen.add(refusal.template);
    });
  }

  it('covers every guard template used as a whole message', () => {
    const phrases = new Set<string>([GUARD_MESSAGES.doingAssessing, GUARD_MESSAGES.doingImplementing, GUARD_MESSAGES.sentences,
      GUARD_MESSAGES.decisionSays, GUARD_MESSAGES.decisionSaysNothing, GUARD_MESSAGES.noDecision, GUARD_MESSAGES.noUser, GUARD_MESSAGES.notUtc]);
    const unseen = Object.values(GUARD_MESSAGES).filter((t) => !phrases.has(t) && !seen.has(t));
    assert.deepEqual(unseen, []);
  });
});
