import { statusMeaning } from '../changeRequests/workflow';
import { COMMON_MESSAGES, defineMessages, localized, phrase } from '../messages';
import type { ChangeRequest } from '../model';
import type { ProjectSettings } from '../settings';
import type { Rule, RuleProblem } from './rule';
import { itemRange, valueRange } from '../fieldSpans';

/**
 * The status field must agree with the record the workflow leaves (decision, sign-off, history order). What each
 * status implies comes from the workflow's STATUS_MEANING; an unknown status is the schema's to report.
 */
export const crInconsistentStatusRule: Rule = {
  id: 'cr-inconsistent-status',
  defaultSeverity: 'error',
  description: "A change request's status contradicts its record (decision, sign-off, history).",
  scope: 'file',
  check: (file, context) => (file.changeRequest ? [...statusProblems(file.changeRequest, context.settings), ...historyOrder(file.changeRequest)] : []),
};

/** {0}: the change request's ID (or "This change request"); {1}: its status; {2}: the decision's outcome. */
export const CR_INCONSISTENT_STATUS_MESSAGES = defineMessages({
  withdrawnDecided: '{0} is withdrawn but has a CCB decision ({2}): a request can only be withdrawn before the CCB decides.',
  withdrawnDecidedNoOutcome: '{0} is withdrawn but has a CCB decision (no outcome): a request can only be withdrawn before the CCB decides.',
  decidedStillOpen: '{0} has a CCB decision ({2}) but its status is still {1}.',
  decidedNoOutcomeStillOpen: '{0} has a CCB decision (no outcome) but its status is still {1}.',
  noDecision: '{0} is {1} but has no decision: record the CCB decision (outcome, by, on).',
  rejectedButApproved: '{0} is rejected but its decision says approved.',
  signoffBeforeApproval: '{0} is {1} but has a customer sign-off, which is recorded only after approval.',
  approvedButRejected: '{0} is approved but its decision says rejected.',
  withoutApproval: '{0} is {1} without an approval: its decision says {2}.',
  withoutApprovalNoOutcome: '{0} is {1} without an approval: its decision says nothing.',
  verifiedWithoutSignoff: '{0} is verified but has no customer sign-off, which reqdesk.yaml requires (ccb.require_customer_signoff).',
  /** {0}: its position from 1, {1}: its action, {2}: its time. */
  historyOrder: 'History entry {0} ({1}, {2}) is earlier than the entry before it: history must be in time order.',
});

const M = CR_INCONSISTENT_STATUS_MESSAGES;

function statusProblems(cr: ChangeRequest, settings: ProjectSettings): RuleProblem[] {
  const status = cr.data.status;
  const meaning = statusMeaning(status);
  const outcome = cr.data.decision?.outcome;
  const name = cr.id || phrase(COMMON_MESSAGES.thisChangeRequest);
  if (!meaning) {
    return [];
  }
  // Every template takes the same arguments, so that each language may use those it needs.
  const problem = (template: string): RuleProblem[] => [{ ...localized(template, name, status ?? '', outcome ?? ''), range: valueRange(cr, 'status') ?? cr.range }];
  if (meaning.decision === 'none' && cr.data.decision) {
    return problem(status === 'withdrawn'
      ? outcome === undefined ? M.withdrawnDecidedNoOutcome : M.withdrawnDecided
      : outcome === undefined ? M.decidedNoOutcomeStillOpen : M.decidedStillOpen);
  }
  if (meaning.decision !== 'none' && !cr.data.decision) {
    return problem(M.noDecision);
  }
  if (meaning.decision === 'rejected' && outcome === 'approved') {
    return problem(M.rejectedButApproved);
  }
  if (meaning.decision !== 'approved') {
    return cr.data.customer_signoff ? problem(M.signoffBeforeApproval) : [];
  }
  if (status === 'approved') {
    return outcome === 'rejected' ? problem(M.approvedButRejected) : [];
  }
  if (outcome !== 'approved') {
    return problem(outcome === undefined ? M.withoutApprovalNoOutcome : M.withoutApproval);
  }
  if (status === 'verified' && settings.requireCustomerSignoff && !cr.data.customer_signoff) {
    return problem(M.verifiedWithoutSignoff);
  }
  return [];
}

/** History is append-only, so its times must never go backwards. */
function historyOrder(cr: ChangeRequest): RuleProblem[] {
  const problems: RuleProblem[] = [];
  let previous: number | undefined;
  (cr.data.history ?? []).forEach((entry, i) => {
    const time = entry.on ? Date.parse(entry.on) : NaN;
    if (Number.isNaN(time)) {
      return;
    }
    if (previous !== undefined && time < previous) {
      problems.push({
        ...localized(M.historyOrder, i + 1, entry.action ?? '?', entry.on ?? ''),
        range: valueRange(cr, `history.${i}.on`) ?? itemRange(cr, 'history', i) ?? cr.range,
      });
    }
    previous = time;
  });
  return problems;
}
