import { isRequirementField, type ChangeRequestData, type Impact } from '../model';
import { COMMON_MESSAGES, defineMessages, localized, messageArg, phrase, type LocalizedMessage, type MessageArg } from '../messages';
import { validateRequirementValue } from '../schemaValidator';
import type { ProjectSettings } from '../settings';
import { decisionProblems } from './decisionProblems';
import { listingPhrase } from './listing';
import type { DecisionInput, GuardContext, SignoffInput, TransitionContext, TransitionRequest } from './transitionRequest';
import { isDate, isUtcTimestamp } from './utcTimestamp';
import { CHANGE_REQUEST_STATUSES, isChangeRequestStatus, missingImpactFields, REQUIRED_IMPACT_FIELDS, RISK_LEVELS, TRANSITIONS, type TransitionId } from './workflow';

/**
 * The guards' refusals. {0} is mostly the change request's ID (or "This change request"); status words
 * (approved, assessed…), YAML keys and field names stay as they are in every language.
 */
export const GUARD_MESSAGES = defineMessages({
  reopenReason: 'Reopening needs a reason: say why the request is considered again.',
  reassessReason: 'Re-assessing an approved request needs a reason: say why it is assessed again (the approval is withdrawn).',
  noUser: 'The history needs to say who made the change, and no user name was given.',
  /** {0}: the time given. */
  notUtc: "The history time must be a UTC time like 2026-11-20T09:12:00Z (it is '{0}').",
  /** {1}: what the user is about to do (assessing, implementing). */
  affectsNone: '{0} affects no requirement: list the affected requirement IDs under affects before {1}.',
  /** {1}: the unknown IDs, {2}: what the user is about to do. */
  affectsUnknown: '{0} affects {1}, which no requirement in the workspace has: correct affects before {2}.',
  /** {0}: a requirement ID, {1}: how many times, {2}: what the user is about to do. */
  affectsDuplicate: '{0} is defined {1} times in the workspace: make the IDs unique before {2}.',
  doingAssessing: 'assessing',
  doingImplementing: 'implementing',
  /** {0}: a requirement ID. */
  proposedNotAffected: 'proposed names {0}, which is not listed in affects: add it to affects or remove it from proposed.',
  /** {0}: a requirement ID, {1}: a field name. */
  proposedUnproposable: 'The proposed values for {0} set {1}, which ReqDesk writes itself: remove it from proposed.',
  proposedNotField: "The proposed values for {0} name '{1}', which is not a requirement field.",
  /** {0}: a field name, {1}: a requirement ID, {2}: why the value is invalid. */
  proposedInvalid: 'The proposed {0} of {1} cannot be written: {2}',
  /** {1}: the status the transition leads to (assessed, approved…). */
  statusNone: '{0} cannot be {1}: it has no status.',
  /** {2}: the status written, {3}: the valid statuses. */
  statusUnknown: "{0} cannot be {1}: its status '{2}' is not a change request status ({3}).",
  /** {2}: the current status, {3}: the statuses the transition starts from. */
  statusWrongA: '{0} cannot be {1}: it is {2}, and only a {3} change request can be {1}.',
  statusWrongAn: '{0} cannot be {1}: it is {2}, and only an {3} change request can be {1}.',
  /** {0}: the missing impact fields, {1}: all required impact fields. */
  impactMissing: 'The impact lacks {0}: an assessment gives {1} (notes are optional).',
  /** {0}: an impact field name, {1}: its value. */
  impactNotNumber: "{0} must be a number (it is '{1}').",
  impactNegativeEffort: 'effort_hours must be 0 or more (it is {0}).',
  /** {0}: the risk levels, {1}: the value given. */
  impactRisk: "risk must be one of {0} (it is '{1}').",
  /** {1}: the missing impact fields. */
  noAssessment: '{0} has no complete impact assessment (it lacks {1}): assess it before the CCB decides.',
  decisionNoMembers: 'A decision names the CCB members who made it: none is given.',
  /** {0}: a member's ID. */
  decisionTwice: "'{0}' is named twice in the decision.",
  /** Two sentences one after the other. */
  sentences: '{0} {1}',
  rationaleApprove: 'A decision needs a rationale: say why the CCB approves the request.',
  rationaleReject: 'A decision needs a rationale: say why the CCB rejects the request.',
  /** {1}: what the record says (its decision says rejected / it has no decision). */
  noApproval: "{0} has no approval on record ({1}): record the CCB's approval first.",
  /** {0}: the decision's outcome as written (e.g. rejected). */
  decisionSays: 'its decision says {0}',
  decisionSaysNothing: 'its decision says nothing',
  noDecision: 'it has no decision',
  signoffNeeded: '{0} needs a customer sign-off before it is verified (ccb.require_customer_signoff in reqdesk.yaml): record the sign-off first.',
  /** {1}: who signed off, {2}: the date. */
  signoffExists: '{0} already has a customer sign-off (by {1} on {2}).',
  signoffNoBy: 'A sign-off names who signed off for the customer.',
  /** {0}: the date given. */
  decisionDate: "The decision date must be a date like 2026-11-22 (it is '{0}').",
  signoffDate: "The sign-off date must be a date like 2026-11-22 (it is '{0}').",
});

/** What the user is about to do when the affected requirements are checked. */
export type AffectsDoing = 'assessing' | 'implementing';

/** Fields of a requirement that ReqDesk writes itself: a change request cannot propose them. */
const UNPROPOSABLE = ['id', 'changes'];

/**
 * Why a transition may not happen, or undefined when it may: the status must allow it, and the request must
 * bring what the step needs. For implement this checks the record only; planImplementation checks the
 * requirement files (existence, baseline conflicts) as it plans the edits.
 */
export function transitionRefusal(cr: Readonly<ChangeRequestData>, request: TransitionRequest, context: GuardContext): LocalizedMessage | undefined {
  const refused = statusRefusal(cr, request.transition);
  if (refused) {
    return refused;
  }
  const { settings } = context;
  switch (request.transition) {
    case 'assess':
      return impactRefusal(request.impact) ?? affectsRefusal(cr, context, 'assessing') ?? proposedRefusal(cr, settings);
    case 'approve':
    case 'reject':
      return assessmentRefusal(cr) ?? decisionRefusal(request.decision, request.transition, settings);
    case 'withdraw':
      return undefined;
    case 'reopen':
      return isBlank(request.reason) ? localized(GUARD_MESSAGES.reopenReason) : undefined;
    case 'reassess':
      return (isBlank(request.reason) ? localized(GUARD_MESSAGES.reassessReason) : undefined) ?? affectsRefusal(cr, context, 'assessing') ?? proposedRefusal(cr, settings);
    case 'implement':
      return approvalRefusal(cr);
    case 'verify':
      return approvalRefusal(cr) ?? signoffMissing(cr, settings);
    case 'signOff':
      return signoffRefusal(cr, request.signoff);
  }
}

/** Who and when are inputs; a caller that passes none gets a refusal rather than a history entry nobody can read. */
export function contextRefusal(context: Pick<TransitionContext, 'by' | 'now'>): LocalizedMessage | undefined {
  if (context.by.trim() === '') {
    return localized(GUARD_MESSAGES.noUser);
  }
  return isUtcTimestamp(context.now) ? undefined : localized(GUARD_MESSAGES.notUtc, context.now);
}

/** The change request's ID, or "This change request" (translated) when it has none. */
export function changeRequestLabel(cr: Readonly<ChangeRequestData>): MessageArg {
  return cr.id || phrase(COMMON_MESSAGES.thisChangeRequest);
}

/** The affected requirements must each exist exactly once: their baselines are taken, their files edited. */
export function affectsRefusal(cr: Readonly<ChangeRequestData>, context: GuardContext, doing: AffectsDoing): LocalizedMessage | undefined {
  const name = changeRequestLabel(cr);
  const doingText = phrase(doing === 'assessing' ? GUARD_MESSAGES.doingAssessing : GUARD_MESSAGES.doingImplementing);
  const affects = cr.affects ?? [];
  if (affects.length === 0) {
    return localized(GUARD_MESSAGES.affectsNone, name, doingText);
  }
  const unknown = affects.filter((id) => context.requirementsWithId(id).length === 0);
  if (unknown.length > 0) {
    return localized(GUARD_MESSAGES.affectsUnknown, name, listingPhrase(unknown), doingText);
  }
  for (const id of affects) {
    const count = context.requirementsWithId(id).length;
    if (count > 1) {
      return localized(GUARD_MESSAGES.affectsDuplicate, id, count, doingText);
    }
  }
  return undefined;
}

/** The proposed values must be for affected requirements and be values their fields can hold. */
export function proposedRefusal(cr: Readonly<ChangeRequestData>, settings: ProjectSettings): LocalizedMessage | undefined {
  const affects = cr.affects ?? [];
  for (const [id, fields] of Object.entries(cr.proposed ?? {})) {
    if (!affects.includes(id)) {
      return localized(GUARD_MESSAGES.proposedNotAffected, id);
    }
    for (const [field, value] of Object.entries(fields)) {
      if (UNPROPOSABLE.includes(field)) {
        return localized(GUARD_MESSAGES.proposedUnproposable, id, field);
      }
      if (!isRequirementField(field)) {
        return localized(GUARD_MESSAGES.proposedNotField, id, field);
      }
      const invalid = validateRequirementValue(field, value, settings);
      if (invalid !== undefined) {
        return localized(GUARD_MESSAGES.proposedInvalid, field, id, messageArg(invalid));
      }
    }
  }
  return undefined;
}

function statusRefusal(cr: Readonly<ChangeRequestData>, transition: TransitionId): LocalizedMessage | undefined {
  const { from, done } = TRANSITIONS[transition];
  const name = changeRequestLabel(cr);
  const status = cr.status;
  if (status === undefined) {
    return localized(GUARD_MESSAGES.statusNone, name, done);
  }
  if (!isChangeRequestStatus(status)) {
    return localized(GUARD_MESSAGES.statusUnknown, name, done, status, CHANGE_REQUEST_STATUSES.join(', '));
  }
  if (!(from as readonly string[]).includes(status)) {
    const template = /^[aeiou]/.test(from[0]) ? GUARD_MESSAGES.statusWrongAn : GUARD_MESSAGES.statusWrongA;
    return localized(template, name, done, status, listingPhrase(from, 'or'));
  }
  return undefined;
}

function impactRefusal(impact: Readonly<Impact>): LocalizedMessage | undefined {
  const missing = missingImpactFields(impact);
  if (missing.length > 0) {
    return localized(GUARD_MESSAGES.impactMissing, listingPhrase(missing), listingPhrase([...REQUIRED_IMPACT_FIELDS]));
  }
  for (const field of ['schedule_days', 'cost', 'effort_hours'] as const) {
    const value = impact[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return localized(GUARD_MESSAGES.impactNotNumber, field, String(value));
    }
  }
  if ((impact.effort_hours ?? 0) < 0) {
    return localized(GUARD_MESSAGES.impactNegativeEffort, String(impact.effort_hours));
  }
  if (!(RISK_LEVELS as readonly (string | undefined)[]).includes(impact.risk)) {
    return localized(GUARD_MESSAGES.impactRisk, RISK_LEVELS.join(', '), String(impact.risk));
  }
  return undefined;
}

function assessmentRefusal(cr: Readonly<ChangeRequestData>): LocalizedMessage | undefined {
  const missing = missingImpactFields(cr.impact);
  return missing.length > 0 ? localized(GUARD_MESSAGES.noAssessment, changeRequestLabel(cr), listingPhrase(missing)) : undefined;
}

function decisionRefusal(decision: DecisionInput, transition: 'approve' | 'reject', settings: ProjectSettings): LocalizedMessage | undefined {
  const by = decision.by.map((member) => member.trim());
  if (by.length === 0 || by.some((member) => member === '')) {
    return localized(GUARD_MESSAGES.decisionNoMembers);
  }
  const twice = by.find((member, i) => by.indexOf(member) !== i);
  if (twice !== undefined) {
    return localized(GUARD_MESSAGES.decisionTwice, twice);
  }
  const problems = decisionProblems(by, settings);
  if (problems.length > 0) {
    // The problems one after the other, as one message: "p1 p2 p3".
    const [first, ...rest] = problems.map((p) => phrase(p.template, ...p.args));
    const joined = rest.reduce((text, next) => phrase(GUARD_MESSAGES.sentences, text, next), first);
    return localized(joined.template, ...joined.args);
  }
  if (isBlank(decision.rationale)) {
    return localized(transition === 'approve' ? GUARD_MESSAGES.rationaleApprove : GUARD_MESSAGES.rationaleReject);
  }
  return dateRefusal(GUARD_MESSAGES.decisionDate, decision.on);
}

function approvalRefusal(cr: Readonly<ChangeRequestData>): LocalizedMessage | undefined {
  const outcome = cr.decision?.outcome;
  if (outcome === 'approved') {
    return undefined;
  }
  const record = !cr.decision
    ? phrase(GUARD_MESSAGES.noDecision)
    : outcome === undefined ? phrase(GUARD_MESSAGES.decisionSaysNothing) : phrase(GUARD_MESSAGES.decisionSays, outcome);
  return localized(GUARD_MESSAGES.noApproval, changeRequestLabel(cr), record);
}

function signoffMissing(cr: Readonly<ChangeRequestData>, settings: ProjectSettings): LocalizedMessage | undefined {
  return settings.requireCustomerSignoff && !cr.customer_signoff ? localized(GUARD_MESSAGES.signoffNeeded, changeRequestLabel(cr)) : undefined;
}

function signoffRefusal(cr: Readonly<ChangeRequestData>, signoff: SignoffInput): LocalizedMessage | undefined {
  const existing = cr.customer_signoff;
  if (existing) {
    return localized(GUARD_MESSAGES.signoffExists, changeRequestLabel(cr), existing.by ?? '?', existing.on ?? '?');
  }
  if (isBlank(signoff.by)) {
    return localized(GUARD_MESSAGES.signoffNoBy);
  }
  return dateRefusal(GUARD_MESSAGES.signoffDate, signoff.on);
}

function dateRefusal(template: string, on: string | undefined): LocalizedMessage | undefined {
  return on === undefined || isDate(on) ? undefined : localized(template, on);
}

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}
