import { impactTotals } from '../changeRequests/changeLog';
import { statusMeaning } from '../changeRequests/workflow';
import type { ChangeRequest } from '../model';
import { compareRequirementIds } from '../requirementTree';
import type { ProjectSettings } from '../settings';
import type { BudgetState, ChangeState, ImpactTotals } from './projectState';

/**
 * Change requests against the money: those still open with their impact, and what approved ones spend of the change
 * contingency. Open and approved are the workflow's meanings (workflow.ts); a status it does not know counts as open.
 */
export function changeBudget(changeRequests: readonly ChangeRequest[], settings: ProjectSettings): ChangeState {
  const sorted = [...changeRequests].sort((a, b) => compareRequirementIds(a.id, b.id) || a.file.localeCompare(b.file));
  const open = sorted.filter((cr) => statusMeaning(cr.data.status)?.open ?? true);
  const approved = sorted.filter((cr) => statusMeaning(cr.data.status)?.decision === 'approved');
  const approvedTotals = totalsOf(approved);
  return {
    open: open.map((cr) => ({
      id: cr.id,
      title: cr.data.title,
      status: cr.data.status ?? '',
      affects: cr.data.affects ?? [],
      cost: cr.data.impact?.cost,
      scheduleDays: cr.data.impact?.schedule_days,
      effortHours: cr.data.impact?.effort_hours,
      place: { file: cr.file, line: cr.range.start.line },
    })),
    openTotals: totalsOf(open),
    approvedTotals,
    budget: budgetState(settings, approvedTotals.cost),
  };
}

function totalsOf(changeRequests: readonly ChangeRequest[]): ImpactTotals {
  const totals = impactTotals(changeRequests);
  return { cost: totals.cost, scheduleDays: totals.scheduleDays, effortHours: totals.effortHours, count: totals.changeRequests };
}

/** Undefined when reqdesk.yaml sets no budget and no milestone has a payment amount. */
function budgetState(settings: ProjectSettings, approvedCost: number): BudgetState | undefined {
  const amounts = settings.milestones.flatMap((m) => (m.payment?.amount === undefined ? [] : [{ amount: m.payment.amount, paid: m.payment.paid !== undefined }]));
  const budget = settings.budget;
  if (!budget && amounts.length === 0) {
    return undefined;
  }
  const contingency = budget?.changeContingency;
  return {
    amount: budget?.amount,
    currency: budget?.currency,
    changeContingency: contingency,
    contingencyLeft: contingency === undefined ? undefined : Math.round((contingency - approvedCost) * 100) / 100,
    paymentsPlanned: sum(amounts.map((a) => a.amount)),
    paymentsPaid: sum(amounts.filter((a) => a.paid).map((a) => a.amount)),
  };
}

function sum(values: readonly number[]): number {
  return Math.round(values.reduce((total, n) => total + n, 0) * 100) / 100;
}
