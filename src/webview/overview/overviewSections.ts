import type {
  ChangeState, MilestoneState, OverdueAction, OverdueItem, ProjectHeader, ProjectState, RecordSummary, RiskState, RiskSummary, SourcePlace, StatusCount,
} from '../../core/project/projectState';
import { cellRisks, heatMapRows, shareOf, type HeatCell } from '../../shared/overviewModel';
import type { OverviewProject } from '../../shared/overviewProtocol';
import { element } from '../dom';
import { progressBar } from '../progressBar';
import { labelOr, t } from '../strings';

/** Opens an item's place: the page posts it to the host, which opens only places of the state it sent. */
export type OpenPlace = (place: SourcePlace) => void;

/**
 * The overview's sections, each built from its part of the project state. Every text goes in through textContent
 * (element's `text`), never as markup.
 */

function section(id: string, title: string, ...children: readonly Node[]): HTMLElement {
  const heading = element('h2', { text: title, attributes: { id: `${id}-title` } });
  return element('section', { className: `section ${id}`, attributes: { 'aria-labelledby': `${id}-title` } }, heading, ...children);
}

function empty(text: string): HTMLElement {
  return element('p', { className: 'empty', text });
}

/** One line of a list that opens its place: a button, so that Tab reaches it and Enter or Space opens it. */
function itemButton(place: SourcePlace, open: OpenPlace, label: string, ...parts: readonly Node[]): HTMLElement {
  return element('li', {}, placeButton('item', place, open, label, parts));
}

function placeButton(className: string, place: SourcePlace, open: OpenPlace, label: string, parts: readonly Node[]): HTMLElement {
  const button = element('button', { className, attributes: { type: 'button', 'aria-label': label, title: t('openPlace') } }, ...parts);
  button.addEventListener('click', () => open(place));
  return button;
}

function span(className: string, text: string): HTMLElement {
  return element('span', { className, text });
}

function requirementStatus(status: string): string {
  return labelOr(`status.${status}`, status);
}

/** The table's stacked bar of requirements by status, from the state's counts (labels and done statuses from the host). */
function statusBar(counts: readonly StatusCount[], total: number, doneStatuses: ReadonlySet<string>, name?: string): HTMLElement {
  const tableCounts = counts.map((c) => ({ status: c.status, label: requirementStatus(c.status), count: c.count, done: doneStatuses.has(c.status) }));
  return progressBar(tableCounts, total, 'full', name);
}

function money(amount: number, currency: string | undefined): string {
  return currency ? t('money', amount, currency) : t('number', amount);
}

/** The projects to choose from and what choosing one does; no picker is drawn for fewer than two. */
export interface ProjectChoice {
  readonly projects: readonly OverviewProject[];
  readonly chosen: string | undefined;
  readonly choose: (key: string) => void;
}

function projectPicker(choice: ProjectChoice): HTMLElement[] {
  if (choice.projects.length < 2) {
    return [];
  }
  const select = element('select', { className: 'project-picker', attributes: { 'aria-label': t('project') } },
    ...choice.projects.map((p) => {
      const option = element('option', { text: p.label, attributes: { value: p.key } });
      option.selected = p.key === choice.chosen;
      return option;
    }));
  select.addEventListener('change', () => choice.choose(select.value));
  return [element('label', { className: 'project-choice' }, span('label', t('project')), select)];
}

export function headerSection(header: ProjectHeader, asOf: string, doneStatuses: ReadonlySet<string>, open: OpenPlace, choice: ProjectChoice): HTMLElement {
  const facts = element('dl', { className: 'facts' });
  const fact = (term: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') {
      facts.append(element('dt', { text: term }), element('dd', { text: value }));
    }
  };
  fact(t('customer'), header.customer);
  fact(t('dates'), header.start || header.end ? t('dateRange', header.start ?? '…', header.end ?? '…') : undefined);
  if (header.daysLeft !== undefined) {
    fact(t('daysLeftLabel'), header.daysLeft >= 0 ? t('daysLeft', header.daysLeft) : t('daysPast', -header.daysLeft));
  }
  fact(t('asOf'), asOf);
  fact(t('requirements'), t('number', header.requirementCount));
  const name = header.name ?? t('untitledProject');
  // The name opens the project section of reqdesk.yaml, where the facts shown here are edited.
  const title = header.place ? element('h1', {}, placeButton('item project-name', header.place, open, name, [span('title', name)])) : element('h1', { text: name });
  return element('header', { className: 'project-header' },
    ...projectPicker(choice),
    title,
    facts,
    statusBar(header.statusCounts, header.requirementCount, doneStatuses));
}

function paymentText(milestone: MilestoneState, currency: string | undefined): string | undefined {
  const payment = milestone.payment;
  if (!payment) {
    return undefined;
  }
  const status = labelOr(`payment.${payment.status}`, payment.status);
  return payment.amount === undefined ? status : t('paymentAmount', money(payment.amount, currency), status);
}

export function milestonesSection(
  milestones: readonly MilestoneState[], currency: string | undefined, doneStatuses: ReadonlySet<string>, open: OpenPlace,
): HTMLElement {
  if (milestones.length === 0) {
    return section('milestones', t('milestones'), empty(t('noMilestones')));
  }
  const list = element('ol', { className: 'timeline' });
  for (const m of milestones) {
    const payment = paymentText(m, currency);
    const classes = ['milestone', m.overdue ? 'overdue' : '', m.declared ? '' : 'undeclared'].filter(Boolean).join(' ');
    const due = m.due ? t('dueOn', m.due) : t('noDue');
    const head = [
      span('id', m.id),
      span('title', m.title ?? ''),
      span('due', due),
      ...(m.overdue ? [span('badge overdue', t('overdue'))] : []),
      ...(m.declared ? [] : [span('badge', t('undeclared'))]),
    ];
    list.append(element('li', { className: classes },
      // A declared milestone's head opens its entry in reqdesk.yaml, as list items open theirs.
      m.place ? placeButton('item milestone-head', m.place, open, [m.id, m.title ?? '', due].filter(Boolean).join(', '), head) : element('div', { className: 'milestone-head' }, ...head),
      element('div', { className: 'milestone-progress' },
        statusBar(m.statusCounts, m.total, doneStatuses, m.id),
        span('done', t('doneOfTotal', m.done, m.total))),
      ...(payment ? [element('div', { className: `payment payment-${m.payment?.status ?? ''}`, text: payment })] : [])));
  }
  return section('milestones', t('milestones'), list);
}

function overdueRequirement(item: OverdueItem, open: OpenPlace): HTMLElement {
  const days = t('overdueDays', item.daysOverdue);
  return itemButton(item.place, open, [item.id, item.title ?? '', item.owner ?? '', days].filter(Boolean).join(', '),
    span('id', item.id), span('title', item.title ?? ''), span('owner', item.owner ?? ''), span('days', days));
}

function overdueAction(item: OverdueAction, open: OpenPlace): HTMLElement {
  const days = t('overdueDays', item.daysOverdue);
  return itemButton(item.place, open, [item.what, item.who ?? '', item.subject ?? '', days].filter(Boolean).join(', '),
    span('title', item.what), span('owner', item.who ?? ''), span('subject', item.subject ?? ''), span('days', days));
}

export function overdueSection(state: ProjectState, open: OpenPlace): HTMLElement {
  const requirements = state.overdueRequirements.length === 0
    ? empty(t('noOverdueRequirements'))
    : element('ul', { className: 'items' }, ...state.overdueRequirements.map((item) => overdueRequirement(item, open)));
  const actions = state.overdueActions.length === 0
    ? empty(t('noOverdueActions'))
    : element('ul', { className: 'items' }, ...state.overdueActions.map((item) => overdueAction(item, open)));
  return section('overdue', t('overdueTitle'),
    element('h3', { text: t('overdueRequirements', state.overdueRequirements.length) }), requirements,
    element('h3', { text: t('overdueActions', state.overdueActions.length) }), actions);
}

/** A labelled meter: the part, the whole and a bar, or the part alone without a whole. */
function meter(label: string, value: string, percent: number | undefined, over: boolean): HTMLElement {
  const row = element('div', { className: over ? 'meter over' : 'meter' }, span('meter-label', label), span('meter-value', value));
  if (percent !== undefined) {
    const bar = element('span', { className: 'progress full', attributes: { role: 'img', 'aria-label': `${label}: ${value}` } });
    const fill = element('span', { className: 'fill' });
    fill.style.width = `${percent}%`;
    bar.append(fill);
    row.append(bar);
  }
  return row;
}

export function changesSection(changes: ChangeState, open: OpenPlace): HTMLElement {
  const currency = changes.budget?.currency;
  const list = changes.open.length === 0
    ? empty(t('noOpenChanges'))
    : element('ul', { className: 'items' }, ...changes.open.map((cr) => {
      const status = labelOr(`cr.${cr.status}`, cr.status);
      const cost = cr.cost === undefined ? '' : money(cr.cost, currency);
      const days = cr.scheduleDays === undefined ? '' : t('scheduleDays', cr.scheduleDays);
      return itemButton(cr.place, open, [cr.id, cr.title ?? '', status, cost, days].filter(Boolean).join(', '),
        span('id', cr.id), span('title', cr.title ?? ''), span('status', status), span('cost', cost), span('days', days));
    }));
  const budget = changes.budget;
  const contingency = budget?.changeContingency;
  const approved = changes.approvedTotals.cost;
  const totals = element('div', { className: 'totals' },
    meter(t('openImpact', changes.openTotals.count), t('impactTotals', money(changes.openTotals.cost, currency), changes.openTotals.scheduleDays, changes.openTotals.effortHours),
      shareOf(changes.openTotals.cost, contingency), false),
    meter(t('approvedAgainstContingency', changes.approvedTotals.count),
      contingency === undefined ? money(approved, currency) : t('partOfWhole', money(approved, currency), money(contingency, currency)),
      shareOf(approved, contingency), contingency !== undefined && approved > contingency),
    ...(budget?.contingencyLeft === undefined ? [] : [meter(t('contingencyLeft'), money(budget.contingencyLeft, currency), undefined, budget.contingencyLeft < 0)]),
    ...(budget?.amount === undefined ? [] : [
      meter(t('budget'), money(budget.amount, currency), undefined, false),
      meter(t('payments'), t('paidOfPlanned', money(budget.paymentsPaid, currency), money(budget.paymentsPlanned, currency)), shareOf(budget.paymentsPaid, budget.paymentsPlanned), false),
    ]));
  return section('changes', t('changesTitle'), totals, list);
}

function riskLine(risk: RiskSummary, open: OpenPlace): HTMLElement {
  const status = labelOr(`risk.${risk.status}`, risk.status);
  const score = risk.score === undefined ? t('unscored') : t('score', risk.score);
  const review = risk.reviewOverdue && risk.reviewOn ? t('reviewOverdue', risk.reviewOn) : '';
  return itemButton(risk.place, open, [risk.id, risk.title ?? '', score, status, risk.owner ?? t('noOwner'), review].filter(Boolean).join(', '),
    span('id', risk.id), span('title', risk.title ?? ''), span('score', score), span('status', status),
    span('owner', risk.owner ?? t('noOwner')), ...(review ? [span('badge overdue', review)] : []));
}

/**
 * The 5 × 5 heat map: a grid of buttons (one per cell, Tab and Enter or a click), each naming its probability,
 * impact and count; choosing one lists its risks below, in a region screen readers announce.
 */
function heatMap(risks: RiskState, open: OpenPlace): HTMLElement {
  const chosen = element('div', { className: 'cell-risks', attributes: { 'aria-live': 'polite' } });
  const table = element('table', { className: 'heat-map', attributes: { 'aria-label': t('heatMap') } });
  const head = element('tr', {}, element('th', { text: t('probabilityImpact'), attributes: { scope: 'col' } }));
  for (let impact = 1; impact <= 5; impact++) {
    head.append(element('th', { text: String(impact), attributes: { scope: 'col' } }));
  }
  table.append(element('thead', {}, head));
  const body = element('tbody');
  const show = (cell: HeatCell, button: HTMLElement): void => {
    for (const pressed of table.querySelectorAll('[aria-pressed="true"]')) {
      pressed.setAttribute('aria-pressed', 'false');
    }
    button.setAttribute('aria-pressed', 'true');
    const listed = cellRisks(risks, cell.probability, cell.impact);
    chosen.replaceChildren(element('h3', { text: t('cellRisks', cell.probability, cell.impact, listed.length) }),
      listed.length === 0 ? empty(t('noRisksInCell')) : element('ul', { className: 'items' }, ...listed.map((r) => riskLine(r, open))));
  };
  for (const row of heatMapRows(risks)) {
    const line = element('tr', {}, element('th', { text: String(row[0].probability), attributes: { scope: 'row' } }));
    for (const cell of row) {
      const button = element('button', {
        className: `heat level-${cell.level}${cell.count === 0 ? ' none' : ''}`,
        text: cell.count === 0 ? '' : String(cell.count),
        attributes: {
          type: 'button', 'aria-pressed': 'false', 'data-probability': String(cell.probability), 'data-impact': String(cell.impact),
          'aria-label': t('cellLabel', cell.probability, cell.impact, cell.count),
        },
      });
      button.addEventListener('click', () => show(cell, button));
      line.append(element('td', {}, button));
    }
    body.append(line);
  }
  table.append(body);
  const unscored = risks.unscored > 0 ? [element('p', { className: 'unscored', text: t('unscoredRisks', risks.unscored) })] : [];
  return element('div', { className: 'heat-map-box' }, table, ...unscored, chosen);
}

export function risksSection(risks: RiskState, open: OpenPlace): HTMLElement {
  const top = risks.top.length === 0 ? empty(t('noRisks')) : element('ol', { className: 'items' }, ...risks.top.map((r) => riskLine(r, open)));
  return section('risks', t('risksTitle'), heatMap(risks, open), element('h3', { text: t('topRisks') }), top);
}

function recordLine(record: RecordSummary, open: OpenPlace): HTMLElement {
  const kind = record.kind ? labelOr(`record.${record.kind}`, record.kind) : '';
  const actions = record.openActions > 0 ? t('openActions', record.openActions) : '';
  return itemButton(record.place, open, [record.on ?? '', kind, record.subject ?? '', actions].filter(Boolean).join(', '),
    span('date', record.on ?? ''), span('kind', kind), span('title', record.subject ?? ''), span('actions', actions));
}

export function recordsSection(records: readonly RecordSummary[], open: OpenPlace): HTMLElement {
  return section('records', t('recordsTitle'),
    records.length === 0 ? empty(t('noRecords')) : element('ul', { className: 'items' }, ...records.map((r) => recordLine(r, open))));
}
