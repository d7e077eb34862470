import { isRequirementField, type ChangeRequestData, type Impact } from '../model';
import { validateRequirementValue } from '../schemaValidator';
import type { ProjectSettings } from '../settings';
import { decisionProblems } from './decisionProblems';
import { listing } from './listing';
import type { DecisionInput, GuardContext, SignoffInput, TransitionContext, TransitionRequest } from './transitionRequest';
import { isDate, isUtcTimestamp } from './utcTimestamp';
import { CHANGE_REQUEST_STATUSES, isChangeRequestStatus, missingImpactFields, REQUIRED_IMPACT_FIELDS, RISK_LEVELS, TRANSITIONS, type TransitionId } from './workflow';

/** Fields of a requirement that ReqDesk writes itself: a change request cannot propose them. */
const UNPROPOSABLE = ['id', 'changes'];

/**
 * Why a transition may not happen, or undefined when it may: the status must allow it, and the request must
 * bring what the step needs. For implement this checks the record only; planImplementation checks the
 * requirement files (existence, baseline conflicts) as it plans the edits.
 */
export function checkTransition(cr: Readonly<ChangeRequestData>, request: TransitionRequest, context: GuardContext): string | undefined {
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
      return isBlank(request.reason) ? 'Reopening needs a reason: say why the request is considered again.' : undefined;
    case 'implement':
      return approvalRefusal(cr);
    case 'verify':
      return approvalRefusal(cr) ?? signoffMissing(cr, settings);
    case 'signOff':
      return signoffRefusal(cr, request.signoff);
  }
}

/** Who and when are inputs; a caller that passes none gets a refusal rather than a history entry nobody can read. */
export function contextRefusal(context: Pick<TransitionContext, 'by' | 'now'>): string | undefined {
  if (context.by.trim() === '') {
    return 'The history needs to say who made the change, and no user name was given.';
  }
  return isUtcTimestamp(context.now) ? undefined : `The history time must be a UTC time like 2026-11-20T09:12:00Z (it is '${context.now}').`;
}

export function changeRequestName(cr: Readonly<ChangeRequestData>): string {
  return cr.id || 'This change request';
}

/** The affected requirements must each exist exactly once: their fingerprints are taken, their files edited. */
export function affectsRefusal(cr: Readonly<ChangeRequestData>, context: GuardContext, doing: string): string | undefined {
  const name = changeRequestName(cr);
  const affects = cr.affects ?? [];
  if (affects.length === 0) {
    return `${name} affects no requirement: list the affected requirement IDs under affects before ${doing}.`;
  }
  const unknown = affects.filter((id) => context.requirementsWithId(id).length === 0);
  if (unknown.length > 0) {
    return `${name} affects ${listing(unknown)}, which no requirement in the workspace has: correct affects before ${doing}.`;
  }
  for (const id of affects) {
    const count = context.requirementsWithId(id).length;
    if (count > 1) {
      return `${id} is defined ${count} times in the workspace: make the IDs unique before ${doing}.`;
    }
  }
  return undefined;
}

/** The proposed values must be for affected requirements and be values their fields can hold. */
export function proposedRefusal(cr: Readonly<ChangeRequestData>, settings: ProjectSettings): string | undefined {
  const affects = cr.affects ?? [];
  for (const [id, fields] of Object.entries(cr.proposed ?? {})) {
    if (!affects.includes(id)) {
      return `proposed names ${id}, which is not listed in affects: add it to affects or remove it from proposed.`;
    }
    for (const [field, value] of Object.entries(fields)) {
      if (UNPROPOSABLE.includes(field)) {
        return `The proposed values for ${id} set ${field}, which ReqDesk writes itself: remove it from proposed.`;
      }
      if (!isRequirementField(field)) {
        return `The proposed values for ${id} name '${field}', which is not a requirement field.`;
      }
      const invalid = validateRequirementValue(field, value, settings);
      if (invalid !== undefined) {
        return `The proposed ${field} of ${id} cannot be written: ${invalid}`;
      }
    }
  }
  return undefined;
}

function statusRefusal(cr: Readonly<ChangeRequestData>, transition: TransitionId): string | undefined {
  const { from, done } = TRANSITIONS[transition];
  const name = changeRequestName(cr);
  const status = cr.status;
  if (status === undefined) {
    return `${name} cannot be ${done}: it has no status.`;
  }
  if (!isChangeRequestStatus(status)) {
    return `${name} cannot be ${done}: its status '${status}' is not a change request status (${CHANGE_REQUEST_STATUSES.join(', ')}).`;
  }
  if (!(from as readonly string[]).includes(status)) {
    const article = /^[aeiou]/.test(from[0]) ? 'an' : 'a';
    return `${name} cannot be ${done}: it is ${status}, and only ${article} ${listing(from, 'or')} change request can be ${done}.`;
  }
  return undefined;
}

function impactRefusal(impact: Readonly<Impact>): string | undefined {
  const missing = missingImpactFields(impact);
  if (missing.length > 0) {
    return `The impact lacks ${listing(missing)}: an assessment gives ${listing([...REQUIRED_IMPACT_FIELDS])} (notes are optional).`;
  }
  for (const field of ['schedule_days', 'cost', 'effort_hours'] as const) {
    const value = impact[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return `${field} must be a number (it is '${String(value)}').`;
    }
  }
  if ((impact.effort_hours ?? 0) < 0) {
    return `effort_hours must be 0 or more (it is ${impact.effort_hours}).`;
  }
  if (!(RISK_LEVELS as readonly (string | undefined)[]).includes(impact.risk)) {
    return `risk must be one of ${RISK_LEVELS.join(', ')} (it is '${impact.risk}').`;
  }
  return undefined;
}

function assessmentRefusal(cr: Readonly<ChangeRequestData>): string | undefined {
  const missing = missingImpactFields(cr.impact);
  return missing.length > 0
    ? `${changeRequestName(cr)} has no complete impact assessment (it lacks ${listing(missing)}): assess it before the CCB decides.`
    : undefined;
}

function decisionRefusal(decision: DecisionInput, transition: 'approve' | 'reject', settings: ProjectSettings): string | undefined {
  const by = decision.by.map((member) => member.trim());
  if (by.length === 0 || by.some((member) => member === '')) {
    return 'A decision names the CCB members who made it: none is given.';
  }
  const twice = by.find((member, i) => by.indexOf(member) !== i);
  if (twice !== undefined) {
    return `'${twice}' is named twice in the decision.`;
  }
  const problems = decisionProblems(by, settings);
  if (problems.length > 0) {
    return problems.map((p) => p.message).join(' ');
  }
  if (isBlank(decision.rationale)) {
    return `A decision needs a rationale: say why the CCB ${transition === 'approve' ? 'approves' : 'rejects'} the request.`;
  }
  return dateRefusal('decision', decision.on);
}

function approvalRefusal(cr: Readonly<ChangeRequestData>): string | undefined {
  const outcome = cr.decision?.outcome;
  if (outcome === 'approved') {
    return undefined;
  }
  const record = cr.decision ? `its decision says ${outcome ?? 'nothing'}` : 'it has no decision';
  return `${changeRequestName(cr)} has no approval on record (${record}): record the CCB's approval first.`;
}

function signoffMissing(cr: Readonly<ChangeRequestData>, settings: ProjectSettings): string | undefined {
  return settings.requireCustomerSignoff && !cr.customer_signoff
    ? `${changeRequestName(cr)} needs a customer sign-off before it is verified (ccb.require_customer_signoff in reqdesk.yaml): record the sign-off first.`
    : undefined;
}

function signoffRefusal(cr: Readonly<ChangeRequestData>, signoff: SignoffInput): string | undefined {
  const existing = cr.customer_signoff;
  if (existing) {
    return `${changeRequestName(cr)} already has a customer sign-off (by ${existing.by ?? '?'} on ${existing.on ?? '?'}).`;
  }
  if (isBlank(signoff.by)) {
    return 'A sign-off names who signed off for the customer.';
  }
  return dateRefusal('sign-off', signoff.on);
}

function dateRefusal(what: string, on: string | undefined): string | undefined {
  return on === undefined || isDate(on) ? undefined : `The ${what} date must be a date like 2026-11-22 (it is '${on}').`;
}

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}
