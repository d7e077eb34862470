import type { ChangeRequest } from '../model';
import { compareRequirementIds } from '../requirementTree';
import type { IndexView } from '../indexView';
import { CHANGE_REQUEST_STATUSES, statusMeaning } from './workflow';

/** Which change requests a change log lists; every part left out lets all through, the parts combine with "and". */
export interface ChangeLogFilter {
  /** Any of these statuses. */
  readonly statuses?: readonly string[];
  /** A customer of the documents holding the affected requirements (case-insensitive). */
  readonly customer?: string;
  /** Requested on or after this date (YYYY-MM-DD). */
  readonly from?: string;
  /** Requested on or before this date (YYYY-MM-DD). */
  readonly to?: string;
}

export interface ChangeLogEntry {
  readonly changeRequest: ChangeRequest;
  /** The customers of the documents that hold its affected requirements: a request belongs to them. */
  readonly customers: readonly string[];
}

export interface ImpactTotals {
  readonly changeRequests: number;
  readonly scheduleDays: number;
  readonly cost: number;
  readonly effortHours: number;
}

export interface ChangeLog {
  readonly filter: ChangeLogFilter;
  /** By ID number (CR-2 before CR-10). */
  readonly entries: readonly ChangeLogEntry[];
  /** How many entries have each status: workflow statuses in workflow order, others after them. */
  readonly byStatus: readonly { readonly status: string; readonly count: number }[];
  /** The impact of the entries with an approval on record (approved, implemented, verified): what the customer agreed to. */
  readonly approvedTotals: ImpactTotals;
}

/** The change requests of the index that pass the filter, with counts and impact totals, for a report. */
export function changeLog(index: Pick<IndexView, 'changeRequests' | 'requirementsWithId'>, filter: ChangeLogFilter = {}): ChangeLog {
  const entries = index
    .changeRequests()
    .map((changeRequest) => ({ changeRequest, customers: customersOf(changeRequest, index) }))
    .filter((entry) => matches(entry, filter))
    .sort((a, b) => compareRequirementIds(a.changeRequest.id, b.changeRequest.id) || a.changeRequest.file.localeCompare(b.changeRequest.file));
  const counts = new Map<string, number>();
  for (const { changeRequest } of entries) {
    const status = changeRequest.data.status ?? '';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const rank = (status: string): number => {
    const i = (CHANGE_REQUEST_STATUSES as readonly string[]).indexOf(status);
    return i === -1 ? CHANGE_REQUEST_STATUSES.length : i;
  };
  const byStatus = [...counts].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([status, count]) => ({ status, count }));
  return { filter, entries, byStatus, approvedTotals: impactTotals(entries.filter((e) => statusMeaning(e.changeRequest.data.status)?.decision === 'approved').map((e) => e.changeRequest)) };
}

function customersOf(cr: ChangeRequest, index: Pick<IndexView, 'requirementsWithId'>): string[] {
  const customers = new Set<string>();
  for (const id of cr.data.affects ?? []) {
    for (const requirement of index.requirementsWithId(id)) {
      if (requirement.document.customer) {
        customers.add(requirement.document.customer);
      }
    }
  }
  return [...customers].sort((a, b) => a.localeCompare(b));
}

function matches(entry: ChangeLogEntry, filter: ChangeLogFilter): boolean {
  const { data } = entry.changeRequest;
  const statuses = filter.statuses ?? [];
  if (statuses.length > 0 && !statuses.includes(data.status ?? '')) {
    return false;
  }
  const customer = filter.customer?.trim().toLowerCase();
  if (customer && !entry.customers.some((c) => c.trim().toLowerCase() === customer)) {
    return false;
  }
  const on = data.requested_on;
  if ((filter.from !== undefined || filter.to !== undefined) && on === undefined) {
    return false;
  }
  return (filter.from === undefined || (on ?? '') >= filter.from) && (filter.to === undefined || (on ?? '') <= filter.to);
}

/** The summed impact of change requests: the change log's and the project state's totals. */
export function impactTotals(changeRequests: readonly ChangeRequest[]): ImpactTotals {
  let scheduleDays = 0;
  let cost = 0;
  let effortHours = 0;
  for (const changeRequest of changeRequests) {
    const impact = changeRequest.data.impact;
    scheduleDays += impact?.schedule_days ?? 0;
    cost += impact?.cost ?? 0;
    effortHours += impact?.effort_hours ?? 0;
  }
  // Sums of decimals (0.1 + 0.2) would show binary noise; cents are as fine as a report needs.
  const round = (n: number): number => Math.round(n * 100) / 100;
  return { changeRequests: changeRequests.length, scheduleDays: round(scheduleDays), cost: round(cost), effortHours: round(effortHours) };
}
