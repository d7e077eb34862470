import type { ChangeRequest } from '../model';
import type { ProjectSettings } from '../settings';
import type { Rule, RuleProblem } from './rule';

const DECIDED = ['approved', 'rejected', 'implemented', 'verified'];
const UNDECIDED = ['submitted', 'assessed'];

/** The status field must agree with the record the workflow leaves: decision, sign-off, history order. */
export const crInconsistentStatusRule: Rule = {
  id: 'cr-inconsistent-status',
  defaultSeverity: 'error',
  description: "A change request's status contradicts its record (decision, sign-off, history).",
  scope: 'file',
  check: (file, context) => (file.changeRequest ? [...statusProblems(file.changeRequest, context.settings), ...historyOrder(file.changeRequest)] : []),
};

function statusProblems(cr: ChangeRequest, settings: ProjectSettings): RuleProblem[] {
  const status = cr.data.status;
  const outcome = cr.data.decision?.outcome;
  const statusRange = cr.fields.status?.value ?? cr.range;
  const name = cr.id || 'This change request';
  if (!status) {
    return [];
  }
  if (DECIDED.includes(status) && !cr.data.decision) {
    return [{ message: `${name} is ${status} but has no decision: record the CCB decision (outcome, by, on).`, range: statusRange }];
  }
  if (UNDECIDED.includes(status) && cr.data.decision) {
    return [{ message: `${name} has a CCB decision (${outcome ?? 'no outcome'}) but its status is still ${status}.`, range: statusRange }];
  }
  if (status === 'approved' && outcome === 'rejected') {
    return [{ message: `${name} is approved but its decision says rejected.`, range: statusRange }];
  }
  if (status === 'rejected' && outcome === 'approved') {
    return [{ message: `${name} is rejected but its decision says approved.`, range: statusRange }];
  }
  if ((status === 'implemented' || status === 'verified') && outcome !== 'approved') {
    return [{ message: `${name} is ${status} without an approval: its decision says ${outcome ?? 'nothing'}.`, range: statusRange }];
  }
  if (status === 'verified' && settings.requireCustomerSignoff && !cr.data.customer_signoff) {
    return [{ message: `${name} is verified but has no customer sign-off, which reqdesk.yaml requires (ccb.require_customer_signoff).`, range: statusRange }];
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
