import { formatCsvLines, type CsvCell } from '../csvText';
import type { ChangeRequest } from '../model';
import type { ChangeLog, ChangeLogEntry } from './changeLog';

const CSV_COLUMNS: readonly (readonly [string, (entry: ChangeLogEntry, file: string) => CsvCell])[] = [
  ['ID', (e) => e.changeRequest.id],
  ['Title', (e) => data(e).title],
  ['Status', (e) => data(e).status],
  ['Requested by', (e) => data(e).requested_by],
  ['Requested on', (e) => data(e).requested_on],
  ['Channel', (e) => data(e).channel],
  ['Customer', (e) => e.customers.join(', ')],
  ['Affects', (e) => data(e).affects?.join(', ')],
  ['Reason', (e) => data(e).reason],
  ['Description', (e) => data(e).description],
  ['Expected effect', (e) => data(e).expected_effect],
  ['Schedule days', (e) => data(e).impact?.schedule_days],
  ['Cost', (e) => data(e).impact?.cost],
  ['Effort hours', (e) => data(e).impact?.effort_hours],
  ['Resources', (e) => data(e).impact?.resources],
  ['Risk', (e) => data(e).impact?.risk],
  ['Impacted', (e) => data(e).impact?.related?.join(', ')],
  ['Decision', (e) => data(e).decision?.outcome],
  ['Decided on', (e) => data(e).decision?.on],
  ['Decided by', (e) => data(e).decision?.by?.join(', ')],
  ['Rationale', (e) => data(e).decision?.rationale],
  ['Signed off by', (e) => data(e).customer_signoff?.by],
  ['Signed off on', (e) => data(e).customer_signoff?.on],
  ['File', (_e, file) => file],
];

/**
 * One row per change request, for Excel (formatCsvLines); impact numbers stay numbers, and texts lose the line
 * break a folded YAML block ends with. `file` shows an index key.
 */
export function changeLogCsv(log: ChangeLog, file: (key: string) => string): string {
  const trimmed = (cell: CsvCell): CsvCell => (typeof cell === 'string' ? cell.trim() : cell);
  return formatCsvLines([
    CSV_COLUMNS.map(([header]) => header),
    ...log.entries.map((entry) => CSV_COLUMNS.map(([, cell]) => trimmed(cell(entry, file(entry.changeRequest.file))))),
  ]);
}

/** The change requests as their files hold them (plus customers and file), the counts by status and the totals. */
export function changeLogJson(log: ChangeLog, file: (key: string) => string): string {
  const json = {
    changeRequests: log.entries.map((entry) => ({ ...data(entry), customers: entry.customers, file: file(entry.changeRequest.file) })),
    byStatus: Object.fromEntries(log.byStatus.map(({ status, count }) => [status, count])),
    approvedTotals: {
      change_requests: log.approvedTotals.changeRequests,
      schedule_days: log.approvedTotals.scheduleDays,
      cost: log.approvedTotals.cost,
      effort_hours: log.approvedTotals.effortHours,
    },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function data(entry: ChangeLogEntry): ChangeRequest['data'] {
  return entry.changeRequest.data;
}
