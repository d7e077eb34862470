import { defineMessages, formatMessage, type MessageArg } from '../messages';
import type { ImpactTotals, PaymentStatus, ProjectState } from './projectState';

/**
 * The status report's words. Values from the files (titles, names, IDs) stay as written; statuses and priorities
 * go through the caller's `label` (the vocabulary's label in the report's language).
 */
export const STATUS_REPORT_MESSAGES = defineMessages({
  title: 'Status report: {0}',
  untitled: 'Status report',
  asOf: 'As of {0}',
  customer: 'Customer: {0}',
  period: 'Period: {0} to {1}',
  daysLeft: 'Days left: {0}',
  requirements: 'Requirements: {0} ({1})',
  milestones: 'Milestones',
  overdueRequirements: 'Overdue requirements',
  overdueActions: 'Overdue actions',
  changes: 'Changes',
  budget: 'Budget',
  risks: 'Risks',
  recentRecords: 'Recent records',
  documents: 'Documents',
  none: 'None.',
  milestone: 'Milestone',
  due: 'Due',
  done: 'Done',
  doneOf: '{0} of {1}',
  payment: 'Payment',
  id: 'ID',
  titleColumn: 'Title',
  owner: 'Owner',
  daysOverdue: 'Days overdue',
  status: 'Status',
  who: 'Who',
  what: 'What',
  record: 'Record',
  cost: 'Cost',
  scheduleDays: 'Schedule (days)',
  effortHours: 'Effort (hours)',
  score: 'Score',
  date: 'Date',
  kind: 'Kind',
  subject: 'Subject',
  openActions: 'Open actions',
  document: 'Document',
  version: 'Version',
  missing: 'missing',
  overdue: 'overdue',
  planned: 'planned',
  invoiced: 'invoiced',
  paid: 'paid',
  budgetAmount: 'Budget: {0}',
  contingency: 'Change contingency: {0}, spent {1}, left {2}',
  payments: 'Payments: {0} paid of {1} planned',
  openChanges: 'Open change requests: {0} (cost {1}, {2} days, {3} hours)',
  approvedChanges: 'Approved change requests: {0} (cost {1}, {2} days, {3} hours)',
  risksOpen: 'Risks not closed: {0}; without probability or impact: {1}',
  heatMap: 'Probability \\ impact',
});

/** A core template in the report's language, arguments filled in (English: formatMessage). */
export type Translate = (template: string, args: readonly MessageArg[]) => string;

export interface StatusReportOptions {
  readonly translate?: Translate;
  /** A status's or priority's label in the report's language; the value itself by default. */
  readonly label?: (value: string) => string;
}

export type ReportBlock = { readonly kind: 'paragraph'; readonly text: string } | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] };

export interface ReportSection {
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}

/** The report as plain translated text, before a writer (Markdown, HTML) escapes and lays it out. */
export interface StatusReportContent {
  readonly title: string;
  readonly summary: readonly string[];
  readonly sections: readonly ReportSection[];
}

const PAYMENT_LABELS: Readonly<Record<PaymentStatus, string>> = {
  planned: STATUS_REPORT_MESSAGES.planned,
  invoiced: STATUS_REPORT_MESSAGES.invoiced,
  overdue: STATUS_REPORT_MESSAGES.overdue,
  paid: STATUS_REPORT_MESSAGES.paid,
};

/** What the status report says about a project state, section by section, in the options' language. */
export function statusReportContent(state: ProjectState, options: StatusReportOptions = {}): StatusReportContent {
  const translate = options.translate ?? formatMessage;
  const t = (template: string, ...args: MessageArg[]): string => translate(template, args);
  const label = options.label ?? ((value: string): string => value);
  const m = STATUS_REPORT_MESSAGES;
  const header = state.header;
  const currency = state.changes.budget?.currency;
  const money = (amount: number | undefined): string => (amount === undefined ? '' : currency === undefined ? formatNumber(amount) : `${formatNumber(amount)} ${currency}`);
  const table = (head: readonly string[], rows: readonly (readonly string[])[]): readonly ReportBlock[] =>
    rows.length === 0 ? [{ kind: 'paragraph', text: t(m.none) }] : [{ kind: 'table', rows: [head.map((h) => t(h)), ...rows] }];
  const totals = (template: string, totals: ImpactTotals): string =>
    t(template, totals.count, money(totals.cost), formatNumber(totals.scheduleDays), formatNumber(totals.effortHours));

  const summary = [
    t(m.asOf, state.asOf),
    ...(header.customer !== undefined ? [t(m.customer, header.customer)] : []),
    ...(header.start !== undefined || header.end !== undefined ? [t(m.period, header.start ?? '', header.end ?? '')] : []),
    ...(header.daysLeft !== undefined ? [t(m.daysLeft, header.daysLeft)] : []),
    t(m.requirements, header.requirementCount, header.statusCounts.map((s) => `${s.status === '' ? '—' : label(s.status)} ${s.count}`).join(', ')),
  ];

  const budget = state.changes.budget;
  const sections: ReportSection[] = [
    {
      title: t(m.milestones),
      blocks: table([m.milestone, m.titleColumn, m.due, m.done, m.payment], state.milestones.map((ms) => [
        ms.id,
        ms.title ?? '',
        ms.overdue ? `${ms.due ?? ''} (${t(m.overdue)})` : ms.due ?? '',
        t(m.doneOf, ms.done, ms.total),
        ms.payment ? [money(ms.payment.amount), t(PAYMENT_LABELS[ms.payment.status])].filter((p) => p !== '').join(' ') : '',
      ])),
    },
    {
      title: t(m.overdueRequirements),
      blocks: table([m.id, m.titleColumn, m.owner, m.due, m.daysOverdue, m.status], state.overdueRequirements.map((r) => [
        r.id, r.title ?? '', r.owner ?? '', r.due, String(r.daysOverdue), r.status === undefined ? '' : label(r.status),
      ])),
    },
    {
      title: t(m.overdueActions),
      blocks: table([m.who, m.what, m.due, m.daysOverdue, m.record], state.overdueActions.map((a) => [
        a.who ?? '', a.what, a.due, String(a.daysOverdue), a.subject ?? '',
      ])),
    },
    {
      title: t(m.changes),
      blocks: [
        { kind: 'paragraph', text: totals(m.openChanges, state.changes.openTotals) },
        { kind: 'paragraph', text: totals(m.approvedChanges, state.changes.approvedTotals) },
        ...table([m.id, m.titleColumn, m.status, m.cost, m.scheduleDays, m.effortHours], state.changes.open.map((c) => [
          c.id, c.title ?? '', label(c.status), money(c.cost), optionalNumber(c.scheduleDays), optionalNumber(c.effortHours),
        ])),
      ],
    },
    ...(budget === undefined ? [] : [{
      title: t(m.budget),
      blocks: [
        ...(budget.amount !== undefined ? [t(m.budgetAmount, money(budget.amount))] : []),
        ...(budget.changeContingency !== undefined ? [t(m.contingency, money(budget.changeContingency), money(state.changes.approvedTotals.cost), money(budget.contingencyLeft))] : []),
        t(m.payments, money(budget.paymentsPaid), money(budget.paymentsPlanned)),
      ].map((text): ReportBlock => ({ kind: 'paragraph', text })),
    }]),
    {
      title: t(m.risks),
      blocks: [
        { kind: 'paragraph', text: t(m.risksOpen, state.risks.heatMap.flat().reduce((a, b) => a + b, 0) + state.risks.unscored, state.risks.unscored) },
        { kind: 'table', rows: [[t(m.heatMap), '1', '2', '3', '4', '5'], ...[5, 4, 3, 2, 1].map((p) => [String(p), ...(state.risks.heatMap[p - 1] ?? []).map(String)])] },
        ...table([m.id, m.titleColumn, m.owner, m.status, m.score], state.risks.top.map((r) => [
          r.id, r.title ?? '', r.owner ?? '', label(r.status), optionalNumber(r.score),
        ])),
      ],
    },
    {
      title: t(m.recentRecords),
      blocks: table([m.date, m.kind, m.subject, m.openActions], state.recentRecords.map((r) => [r.on ?? '', r.kind ?? '', r.subject ?? '', String(r.openActions)])),
    },
    ...(state.documents.length === 0 ? [] : [{
      title: t(m.documents),
      blocks: table([m.document, m.titleColumn, m.version], state.documents.map((d) => [
        d.exists ? d.path : `${d.path} (${t(m.missing)})`, d.title ?? '', d.version ?? '',
      ])),
    }]),
  ];
  return { title: header.name === undefined ? t(m.untitled) : t(m.title, header.name), summary, sections };
}

/** Grouped in thousands the same way in every language, so a report reads alike wherever it is made. */
function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function optionalNumber(value: number | undefined): string {
  return value === undefined ? '' : formatNumber(value);
}
