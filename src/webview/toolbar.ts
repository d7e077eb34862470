import type { ColumnId, ExportFormat, GroupField, MilestoneProgress, StatusCount, TableFilters, TableViewState } from '../shared/protocol';
import { COLUMNS, EMPTY_FILTERS, GROUP_FIELDS } from '../shared/tableColumns';
import { element, setText } from './dom';
import type { TableFilterChoices } from '../shared/tableFilterChoices';
import { t } from './strings';
import { progressBar } from './progressBar';

export interface ToolbarCallbacks {
  change(view: Partial<TableViewState>): void;
  exportAs(format: ExportFormat): void;
  save(): void;
}

/** The count and the progress bars: the view's matching rows of all rows, per status, overall and per milestone. */
export interface ViewCounts {
  readonly matching: number;
  readonly total: number;
  readonly statusCounts: readonly StatusCount[];
  readonly milestones: readonly MilestoneProgress[];
}

/** Milestones shown in the summary; a project with more is better served by grouping by milestone. */
const SHOWN_MILESTONES = 12;

type ListFilter = 'statuses' | 'priorities' | 'owners' | 'documents';

const FILTER_LABELS: Readonly<Record<ListFilter, string>> = {
  statuses: 'filterStatus', priorities: 'filterPriority', owners: 'filterOwner', documents: 'filterDocument',
};
const FILTER_COLUMNS: Readonly<Record<ListFilter, ColumnId>> = {
  statuses: 'status', priorities: 'priority', owners: 'owner', documents: 'document',
};
const LIST_FILTERS: readonly ListFilter[] = ['statuses', 'priorities', 'owners', 'documents'];
const NO_LABELS: ReadonlyMap<string, string> = new Map();

/**
 * Search, filters (dropdowns that add removable chips), grouping, the column chooser, export and save; the
 * count ("312 of 10,000") and the progress by status, overall and per milestone. Every control has a visible or
 * aria label.
 */
export class Toolbar {
  readonly root: HTMLElement;
  private readonly search: HTMLInputElement;
  private readonly filterSelects = new Map<ListFilter, HTMLSelectElement>();
  private readonly hasProblems: HTMLButtonElement;
  private readonly overdue: HTMLButtonElement;
  private readonly noTest: HTMLButtonElement;
  private readonly suspect: HTMLButtonElement;
  private readonly noOwner: HTMLButtonElement;
  private readonly groupBy: HTMLSelectElement;
  private readonly columnsButton: HTMLButtonElement;
  private readonly columnsPanel: HTMLElement;
  private readonly saveButton: HTMLButtonElement;
  private readonly chips: HTMLElement;
  private readonly count: HTMLElement;
  private readonly progress: HTMLElement;
  private readonly milestones: HTMLElement;
  private readonly status: HTMLElement;
  private view: TableViewState | undefined;
  private searchTimer = 0;

  constructor(private readonly callbacks: ToolbarCallbacks) {
    this.search = element('input', { className: 'search', attributes: { type: 'search', placeholder: t('search'), 'aria-label': t('search') } });
    this.search.addEventListener('input', () => {
      clearTimeout(this.searchTimer);
      this.searchTimer = window.setTimeout(() => this.callbacks.change({ search: this.search.value }), 120);
    });
    for (const filter of LIST_FILTERS) {
      const select = element('select', { className: `filter filter-${filter}`, attributes: { 'aria-label': t(FILTER_LABELS[filter]) } });
      select.addEventListener('change', () => {
        const value = select.value;
        select.selectedIndex = 0;
        if (value !== '\u0000' && this.view) {
          const current = this.view.filters[filter];
          if (!current.includes(value)) {
            this.changeFilters({ [filter]: [...current, value] });
          }
        }
      });
      this.filterSelects.set(filter, select);
    }
    this.hasProblems = this.toggle(t('hasProblems'), () => this.changeFilters({ hasProblems: !this.view?.filters.hasProblems }));
    this.overdue = this.toggle(t('overdueFilter'), () => this.changeFilters({ overdue: !this.view?.filters.overdue }));
    this.noTest = this.toggle(t('noTestFilter'), () => this.changeFilters({ noTest: !this.view?.filters.noTest }));
    this.suspect = this.toggle(t('suspectFilter'), () => this.changeFilters({ suspect: !this.view?.filters.suspect }));
    this.noOwner = this.toggle(t('noOwner'), () => {
      const owners = this.view?.filters.owners ?? [];
      this.changeFilters({ owners: owners.includes('') ? owners.filter((o) => o !== '') : [...owners, ''] });
    });
    this.groupBy = element('select', { className: 'group-by', attributes: { 'aria-label': t('groupBy') } },
      element('option', { text: t('noGrouping'), attributes: { value: '' } }),
      ...GROUP_FIELDS.map((field) => element('option', { text: `${t('groupBy')}: ${t(`column.${field}`)}`, attributes: { value: field } })));
    this.groupBy.addEventListener('change', () => this.callbacks.change({ groupBy: this.groupBy.value as GroupField | '', collapsed: [] }));
    this.columnsPanel = element('div', { className: 'columns-panel', attributes: { role: 'group', 'aria-label': t('columns') } });
    this.columnsPanel.hidden = true;
    this.columnsButton = this.button(t('columns'), () => {
      this.columnsPanel.hidden = !this.columnsPanel.hidden;
      this.columnsButton.setAttribute('aria-expanded', String(!this.columnsPanel.hidden));
      if (!this.columnsPanel.hidden) {
        this.columnsPanel.querySelector('input')?.focus();
      }
    });
    this.columnsButton.setAttribute('aria-expanded', 'false');
    this.columnsPanel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        this.columnsPanel.hidden = true;
        this.columnsButton.setAttribute('aria-expanded', 'false');
        this.columnsButton.focus();
      }
    });
    const exportCsv = this.button(t('exportCsv'), () => this.callbacks.exportAs('csv'));
    const exportMarkdown = this.button(t('exportMarkdown'), () => this.callbacks.exportAs('markdown'));
    const exportExcel = this.button(t('exportExcel'), () => this.callbacks.exportAs('xlsx'));
    const exportSpecMarkdown = this.button(t('exportSpecMarkdown'), () => this.callbacks.exportAs('spec-markdown'));
    const exportSpecHtml = this.button(t('exportSpecHtml'), () => this.callbacks.exportAs('spec-html'));
    this.saveButton = this.button('', () => this.callbacks.save());
    this.saveButton.classList.add('primary', 'save');
    this.saveButton.title = t('saveTitle');
    this.saveButton.hidden = true;
    this.chips = element('div', { className: 'chips', attributes: { role: 'list' } });
    this.count = element('span', { className: 'count', attributes: { role: 'status', 'aria-live': 'polite' } });
    this.progress = element('span', { className: 'summary-progress' });
    this.milestones = element('span', { className: 'milestones', attributes: { role: 'list', 'aria-label': t('byMilestone') } });
    this.status = element('span', { className: 'export-status', attributes: { role: 'status' } });
    const controls = element('div', { className: 'controls' },
      this.search, ...this.filterSelects.values(), this.hasProblems, this.overdue, this.noTest, this.suspect, this.noOwner, this.groupBy,
      element('span', { className: 'columns-anchor' }, this.columnsButton, this.columnsPanel),
      exportCsv, exportMarkdown, exportExcel, exportSpecMarkdown, exportSpecHtml, this.saveButton);
    const summary = element('div', { className: 'summary' }, this.count, this.progress, this.milestones, this.status);
    this.root = element('div', { className: 'toolbar' }, controls, this.chips, summary);
  }

  /** Shows the view (after any change) and the result's counts. */
  update(view: TableViewState, counts: ViewCounts, choices: TableFilterChoices, dirtyFiles: number): void {
    this.view = view;
    if (this.search.value !== view.search && document.activeElement !== this.search) {
      this.search.value = view.search;
    }
    for (const filter of LIST_FILTERS) {
      this.fillFilter(filter, choices[filter], view.filters[filter], filterLabels(filter, choices));
    }
    this.hasProblems.setAttribute('aria-pressed', String(view.filters.hasProblems));
    this.overdue.setAttribute('aria-pressed', String(view.filters.overdue));
    this.noTest.setAttribute('aria-pressed', String(view.filters.noTest));
    this.suspect.setAttribute('aria-pressed', String(view.filters.suspect));
    this.noOwner.setAttribute('aria-pressed', String(view.filters.owners.includes('')));
    this.groupBy.value = view.groupBy;
    this.renderChips(view.filters, choices);
    this.renderColumns(view.columns);
    setText(this.count, t('count', counts.matching, counts.total));
    this.progress.replaceChildren(progressBar(counts.statusCounts, counts.matching, 'full'));
    this.renderMilestones(counts.milestones);
    this.saveButton.hidden = dirtyFiles === 0;
    setText(this.saveButton, t('save', dirtyFiles));
  }

  /** Each milestone's name, rows and a small bar by status; rows without a milestone last. */
  private renderMilestones(milestones: readonly MilestoneProgress[]): void {
    const items = milestones.slice(0, SHOWN_MILESTONES).map(({ milestone, count, statusCounts }) => {
      const label = element('span', { className: 'milestone-label', text: t('groupRow', milestone || t('noMilestone'), count) });
      return element('span', { className: 'milestone', attributes: { role: 'listitem' } }, label, progressBar(statusCounts, count, 'mini', milestone || t('noMilestone')));
    });
    const more = milestones.length - SHOWN_MILESTONES;
    if (more > 0) {
      items.push(element('span', { className: 'milestone more', text: t('moreMilestones', more), attributes: { role: 'listitem' } }));
    }
    this.milestones.replaceChildren(...items);
    this.milestones.hidden = items.length === 0;
  }

  showStatus(text: string): void {
    setText(this.status, text);
  }

  focusSearch(): void {
    this.search.focus();
    this.search.select();
  }

  private changeFilters(change: Partial<TableFilters>): void {
    this.callbacks.change({ filters: { ...(this.view?.filters ?? EMPTY_FILTERS), ...change } });
  }

  private button(text: string, onClick: () => void): HTMLButtonElement {
    const button = element('button', { text, attributes: { type: 'button' } });
    button.addEventListener('click', onClick);
    return button;
  }

  private toggle(text: string, onClick: () => void): HTMLButtonElement {
    const button = this.button(text, onClick);
    button.classList.add('toggle');
    button.setAttribute('aria-pressed', 'false');
    return button;
  }

  /** `labels`: how a value reads (filterLabels); the value otherwise. */
  private fillFilter(filter: ListFilter, values: readonly string[], chosen: readonly string[], labels: ReadonlyMap<string, string>): void {
    const select = this.filterSelects.get(filter);
    if (!select) {
      return;
    }
    const offered = values.filter((v) => v !== '' && !chosen.includes(v));
    const signature = offered.map((v) => `${v}\u0001${labels.get(v) ?? ''}`).join('\u0000');
    if (select.dataset.signature === signature) {
      return;
    }
    select.dataset.signature = signature;
    // The first option is the label; '\0' can be no value of a field.
    select.replaceChildren(
      element('option', { text: t(FILTER_LABELS[filter]), attributes: { value: '\u0000' } }),
      ...offered.map((value) => element('option', { text: labels.get(value) ?? value, attributes: { value } })),
    );
  }

  private renderChips(filters: TableFilters, choices: TableFilterChoices): void {
    const chips: HTMLElement[] = [];
    const chip = (text: string, remove: () => void): void => {
      const button = element('button', { className: 'chip-remove', text: '×', attributes: { type: 'button', 'aria-label': t('removeFilter', text), title: t('removeFilter', text) } });
      button.addEventListener('click', remove);
      chips.push(element('span', { className: 'chip', attributes: { role: 'listitem' } }, element('span', { text }), button));
    };
    for (const filter of LIST_FILTERS) {
      for (const value of filters[filter]) {
        if (filter === 'owners' && value === '') {
          continue;
        }
        chip(`${t(`column.${FILTER_COLUMNS[filter]}`)}: ${filterLabels(filter, choices).get(value) ?? value}`, () => this.changeFilters({ [filter]: filters[filter].filter((v) => v !== value) }));
      }
    }
    if (filters.owners.includes('')) {
      chip(t('noOwner'), () => this.changeFilters({ owners: filters.owners.filter((v) => v !== '') }));
    }
    if (filters.hasProblems) {
      chip(t('hasProblems'), () => this.changeFilters({ hasProblems: false }));
    }
    if (filters.overdue) {
      chip(t('overdueFilter'), () => this.changeFilters({ overdue: false }));
    }
    if (filters.noTest) {
      chip(t('noTestFilter'), () => this.changeFilters({ noTest: false }));
    }
    if (filters.suspect) {
      chip(t('suspectFilter'), () => this.changeFilters({ suspect: false }));
    }
    if (chips.length > 0) {
      const clear = element('button', { className: 'clear-filters', text: t('clearFilters'), attributes: { type: 'button' } });
      clear.addEventListener('click', () => this.callbacks.change({ filters: EMPTY_FILTERS }));
      chips.push(clear);
    }
    this.chips.replaceChildren(...chips);
    this.chips.hidden = chips.length === 0;
  }

  /** A checkbox per column (shown or not) with buttons to move it: the visible ones in order, then the rest. */
  private renderColumns(visible: readonly ColumnId[]): void {
    const focused = document.activeElement instanceof HTMLElement && this.columnsPanel.contains(document.activeElement) ? document.activeElement.dataset.focusKey : undefined;
    const order = [...visible, ...COLUMNS.map((c) => c.id).filter((id) => !visible.includes(id))];
    const rows = order.map((id) => {
      const label = t(`column.${id}`);
      const shown = visible.includes(id);
      const checkbox = element('input', { attributes: { type: 'checkbox', id: `column-${id}`, 'data-focus-key': `show-${id}` } });
      checkbox.checked = shown;
      checkbox.disabled = shown && visible.length === 1;
      checkbox.addEventListener('change', () => this.callbacks.change({ columns: shown ? visible.filter((c) => c !== id) : [...visible, id] }));
      const move = (delta: number, text: string, key: string): HTMLButtonElement => {
        const button = element('button', { className: 'move', text: delta < 0 ? '↑' : '↓', attributes: { type: 'button', 'aria-label': text, title: text, 'data-focus-key': key } });
        const at = visible.indexOf(id);
        button.disabled = !shown || at + delta < 0 || at + delta >= visible.length;
        button.addEventListener('click', () => {
          const next = [...visible];
          next.splice(at, 1);
          next.splice(at + delta, 0, id);
          this.callbacks.change({ columns: next });
        });
        return button;
      };
      return element('div', { className: 'column-choice' },
        checkbox, element('label', { text: label, attributes: { for: `column-${id}` } }),
        move(-1, t('moveUp', label), `up-${id}`), move(1, t('moveDown', label), `down-${id}`));
    });
    this.columnsPanel.replaceChildren(...rows);
    if (focused) {
      this.columnsPanel.querySelector<HTMLElement>(`[data-focus-key="${focused}"]`)?.focus();
    }
  }
}

/** How a filter's values read: owners by name (values outside the roster marked), statuses and priorities by label. */
function filterLabels(filter: ListFilter, choices: TableFilterChoices): ReadonlyMap<string, string> {
  switch (filter) {
    case 'owners':
      return choices.ownerLabels;
    case 'statuses':
      return choices.statusLabels;
    case 'priorities':
      return choices.priorityLabels;
    case 'documents':
      return NO_LABELS;
  }
}
