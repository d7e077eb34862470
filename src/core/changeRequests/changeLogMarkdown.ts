import { escapeMarkdown, escapeMarkdownHeading } from '../markdownText';
import type { ChangeRequest } from '../model';
import type { ChangeLog, ChangeLogFilter } from './changeLog';

export const CHANGE_LOG_COLUMNS = ['id', 'title', 'status', 'requestedOn', 'requestedBy', 'channel', 'affects', 'days', 'cost', 'effort', 'risk', 'impacted', 'decision', 'signoff'] as const;

export type ChangeLogColumn = (typeof CHANGE_LOG_COLUMNS)[number];

/**
 * The report's own words; the extension passes translated ones. They are Markdown as given (the title is text,
 * escaped as a heading): the values from the files they receive (statuses, customer names) are escaped already,
 * and stay as written (not translated).
 */
export interface ChangeLogLabels {
  readonly title: string;
  readonly columns: Readonly<Record<ChangeLogColumn, string>>;
  readonly noneMatch: string;
  /** The line saying which filter made the list; only the given parts are set. */
  filter(parts: { readonly statuses?: string; readonly customer?: string; readonly from?: string; readonly to?: string }): string;
  /** "5 change requests: 1 submitted, 4 approved." */
  counts(total: number, byStatus: string): string;
  /** The impact totals of the approved, implemented or verified ones. */
  totals(count: number, days: string, cost: string, hours: string): string;
}

export const ENGLISH_CHANGE_LOG_LABELS: ChangeLogLabels = {
  title: 'Change log',
  columns: {
    id: 'ID', title: 'Title', status: 'Status', requestedOn: 'Requested', requestedBy: 'Requested by', channel: 'Channel', affects: 'Affects',
    days: 'Days', cost: 'Cost', effort: 'Effort (h)', risk: 'Risk', impacted: 'Impacted', decision: 'Decision', signoff: 'Customer sign-off',
  },
  noneMatch: 'No change requests match.',
  filter: ({ statuses, customer, from, to }) => {
    const range = from && to ? `requested ${from} to ${to}` : from ? `requested from ${from}` : to ? `requested until ${to}` : undefined;
    return `Filter: ${[statuses && `status ${statuses}`, customer && `customer ${customer}`, range].filter(Boolean).join(' · ')}`;
  },
  counts: (total, byStatus) => `${total} change ${total === 1 ? 'request' : 'requests'}: ${byStatus}.`,
  totals: (count, days, cost, hours) =>
    `Impact of the ${count} approved, implemented or verified change ${count === 1 ? 'request' : 'requests'}: ${days} days, cost ${cost}, ${hours} hours of effort.`,
};

export interface ChangeLogMarkdownOptions {
  readonly labels?: ChangeLogLabels;
  /** A link target for a change request's ID (its file relative to the report, relativeLink); none: plain ID. */
  readonly link?: (cr: ChangeRequest) => string | undefined;
}

/**
 * The change log as Markdown: a heading, the filter, one table row per change request, the counts by status
 * and the impact totals of the approved ones. Text from the files is escaped, so it shows as written and can
 * never form links, HTML or table cells of its own.
 */
export function changeLogMarkdown(log: ChangeLog, options: ChangeLogMarkdownOptions = {}): string {
  const labels = options.labels ?? ENGLISH_CHANGE_LOG_LABELS;
  const lines = [`# ${escapeMarkdownHeading(labels.title)}`, ''];
  const filter = filterLine(log.filter, labels);
  if (filter !== undefined) {
    lines.push(filter, '');
  }
  if (log.entries.length === 0) {
    lines.push(labels.noneMatch);
    return `${lines.join('\n')}\n`;
  }
  const numeric = new Set<ChangeLogColumn>(['days', 'cost', 'effort']);
  lines.push(
    `| ${CHANGE_LOG_COLUMNS.map((c) => labels.columns[c]).join(' | ')} |`,
    `| ${CHANGE_LOG_COLUMNS.map((c) => (numeric.has(c) ? '---:' : '---')).join(' | ')} |`,
    ...log.entries.map(({ changeRequest }) => `| ${row(changeRequest, options).join(' | ')} |`),
    '',
    labels.counts(log.entries.length, log.byStatus.map(({ status, count }) => `${count} ${status ? cell(status) : '(no status)'}`).join(', ')),
  );
  const t = log.approvedTotals;
  if (t.changeRequests > 0) {
    lines.push('', labels.totals(t.changeRequests, String(t.scheduleDays), String(t.cost), String(t.effortHours)));
  }
  return `${lines.join('\n')}\n`;
}

function row(cr: ChangeRequest, options: ChangeLogMarkdownOptions): string[] {
  const { data } = cr;
  const impact = data.impact ?? {};
  const decision = data.decision;
  const signoff = data.customer_signoff;
  const target = options.link?.(cr);
  const id = cell(cr.id);
  return [
    target ? `[${id}](${linkDestination(target)})` : id,
    cell(data.title),
    cell(data.status),
    cell(data.requested_on),
    cell(data.requested_by),
    cell(data.channel),
    (data.affects ?? []).map(cell).join(', '),
    number(impact.schedule_days),
    number(impact.cost),
    number(impact.effort_hours),
    cell(impact.risk),
    (impact.related ?? []).map(cell).join(', '),
    decision ? [cell(decision.outcome), cell(decision.on), decision.by?.length ? `(${decision.by.map(cell).join(', ')})` : ''].filter((p) => p !== '').join(' ') : '',
    signoff ? [cell(signoff.by), cell(signoff.on)].filter((p) => p !== '').join(' ') : '',
  ];
}

/** As given when it cannot be misread (relativeLink's are not), else in `<…>` with what would end it encoded. */
function linkDestination(target: string): string {
  return /[\s<>()\\]/.test(target) ? `<${target.replace(/[<>\s\\]/g, encodeURIComponent)}>` : target;
}

function filterLine(filter: ChangeLogFilter, labels: ChangeLogLabels): string | undefined {
  const statuses = filter.statuses && filter.statuses.length > 0 ? filter.statuses.map(cell).join(', ') : undefined;
  const customer = filter.customer?.trim() ? cell(filter.customer) : undefined;
  const parts = { statuses, customer, from: filter.from && cell(filter.from), to: filter.to && cell(filter.to) };
  return Object.values(parts).some((p) => p !== undefined) ? labels.filter(parts) : undefined;
}

/** Escaped where Markdown would misread it, pipes included, so a cell stays one cell. */
function cell(text: string | undefined): string {
  return escapeMarkdown(text ?? '');
}

function number(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
