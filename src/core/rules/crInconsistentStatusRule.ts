import { statusMeaning } from '../changeRequests/workflow';
import type { ChangeRequest } from '../model';
import type { ProjectSettings } from '../settings';
import type { Rule, RuleProblem } from './rule';

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

function statusProblems(cr: ChangeRequest, settings: ProjectSettings): RuleProblem[] {
  const status = cr.data.status;
  const meaning = statusMeaning(status);
  const outcome = cr.data.decision?.outcome;
  const statusRange = cr.fields.status?.value ?? cr.range;
  const name = cr.id || 'This change request';
  if (!meaning) {
    return [];
  }
  const problem = (message: string): RuleProblem[] => [{ message, range: statusRange }];
  if (meaning.decision === 'none' && cr.data.decision) {
    return problem(status === 'withdrawn'
      ? `${name} is withdrawn but has a CCB decision (${outcome ?? 'no outcome'}): a request can only be withdrawn before the CCB decides.`
      : `${name} has a CCB decision (${outcome ?? 'no outcome'}) but its status is still ${status}.`);
  }
  if (meaning.decision !== 'none' && !cr.data.decision) {
    return problem(`${name} is ${status} but has no decision: record the CCB decision (outcome, by, on).`);
  }
  if (meaning.decision === 'rejected' && outcome === 'approved') {
    return problem(`${name} is rejected but its decision says approved.`);
  }
  if (meaning.decision !== 'approved') {
    return cr.data.customer_signoff ? problem(`${name} is ${status} but has a customer sign-off, which is recorded only after approval.`) : [];
  }
  if (status === 'approved') {
    return outcome === 'rejected' ? problem(`${name} is approved but its decision says rejected.`) : [];
  }
  if (outcome !== 'approved') {
    return problem(`${name} is ${status} without an approval: its decision says ${outcome ?? 'nothing'}.`);
  }
  if (status === 'verified' && settings.requireCustomerSignoff && !cr.data.customer_signoff) {
    return problem(`${name} is verified but has no customer sign-off, which reqdesk.yaml requires (ccb.require_customer_signoff).`);
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
        message: `History entry ${i + 1} (${entry.action ?? '?'}, ${entry.on}) is earlier than the entry before it: history must be in time order.`,
        range: cr.fields[`history.${i}.on`]?.value ?? cr.fields.history?.items?.[i] ?? cr.range,
      });
    }
    previous = time;
  });
  return problems;
}
