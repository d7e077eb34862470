import type {
  ColumnId, EditableField, ExportFormat, FirstRowsMessage, HostMessage, TableData, TableRow, TableViewState, WebviewMessage,
} from '../shared/protocol';
import { decodeRows } from '../shared/encodedRows';
import { openCellEditor } from './cellEditor';
import { column, COLUMNS, DEFAULT_VIEW, type ColumnSpec } from '../shared/tableColumns';
import { element, setText } from './dom';
import { firstRowsItems } from '../shared/firstRows';
import { setStrings, t } from './strings';
import { computeView, nextSort, type GroupItem, type ViewResult } from '../shared/tableModel';
import { recordTiming } from './timing';
import { Toolbar } from './toolbar';
import type { Vocabulary } from '../core/vocabulary';
import { NO_FILTER_CHOICES, tableFilterChoices, type TableFilterChoices } from '../shared/tableFilterChoices';
import { valueLabel } from '../shared/valueLabel';
import { OVERSCAN, ROW_HEIGHT, VirtualGrid } from './virtualGrid';
import { vsCodeApi } from './vscodeApi';
import { assertNever } from '../shared/assertNever';

/** What the webview keeps across a hidden tab or a window reload (vscode.setState). */
interface PersistedState {
  readonly view: TableViewState;
  readonly scrollTop: number;
  readonly active: { readonly row: number; readonly column: number };
}

/** An edit on its way: its cell shows the new value until the index reports it (or the host refuses it). */
interface PendingEdit {
  readonly requestId: number;
  readonly value: string;
  confirmed: boolean;
}

const vscode = vsCodeApi<WebviewMessage, PersistedState>();
/** A confirmed edit shows its value at most this long without the index reporting it (then the index wins). */
const PENDING_LIMIT_MS = 5_000;

/** Where a row's vocabulary keeps how each kind of value reads. */
const LABELS_OF = { status: 'statusLabels', priority: 'priorityLabels', owner: 'ownerNames' } as const;

/**
 * The table's front end: no framework. It is one grid with a toolbar; the work is in keeping 10,000 rows fast
 * (a virtualised grid and a pure view model), where a framework's diffing adds bundle size and time and helps
 * with nothing. Talks to the host only through the protocol; shows all text with textContent.
 */
class TableApp {
  private rowsByDoc = new Map<number, readonly TableRow[]>();
  private rows: readonly TableRow[] = [];
  private vocabularies: readonly Vocabulary[] = [];
  private view: TableViewState = DEFAULT_VIEW;
  private result: ViewResult | undefined;
  private choices: TableFilterChoices = NO_FILTER_CHOICES;
  private dirtyFiles = 0;
  private readonly pending = new Map<string, PendingEdit>();
  private nextRequest = 1;
  private toolbar: Toolbar | undefined;
  private grid: VirtualGrid | undefined;
  private readonly banner = element('div', { className: 'banner', attributes: { role: 'alert' } });
  private columnSpecs: readonly ColumnSpec[] = [];
  private persistTimer = 0;
  private restored: PersistedState | undefined;
  /** All rows have arrived (`init`); before, the grid shows only the first ones and the view waits for the rest. */
  private complete = false;

  constructor(private readonly root: HTMLElement) {
    window.addEventListener('message', (event: MessageEvent<HostMessage>) => this.receive(event.data));
    document.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        this.post({ type: 'save' });
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        this.toolbar?.focusSearch();
      }
    });
    this.restored = asPersisted(vscode.getState());
    // What this page will show first, so that the host sends just that before everything else.
    const first = Math.max(0, Math.floor((this.restored?.scrollTop ?? 0) / ROW_HEIGHT) - OVERSCAN);
    const count = Math.ceil(window.innerHeight / ROW_HEIGHT) + 2 * OVERSCAN;
    this.post(this.restored ? { type: 'ready', view: this.restored.view, first, count } : { type: 'ready', first, count });
  }

  private post(message: WebviewMessage): void {
    vscode.postMessage(message);
  }

  private receive(message: HostMessage): void {
    const started = performance.now();
    this.handle(message);
    recordTiming(message.type, started);
  }

  private handle(message: HostMessage): void {
    switch (message.type) {
      case 'firstRows':
        this.showFirstRows(message);
        return;
      case 'init': {
        setStrings(message.strings, message.locale);
        const first = !this.toolbar;
        if (first) {
          // The panel's own state (after a reload) is newer than the workspace's.
          this.view = this.restored?.view ?? message.view ?? DEFAULT_VIEW;
          this.build();
        }
        this.setData(message.data);
        if (first) {
          this.restorePlace();
        }
        return;
      }
      case 'reset':
        this.setData(message.data);
        return;
      case 'patch':
        for (const document of message.documents) {
          const { doc } = document;
          const rows = decodeRows(document.rows);
          if (rows.length === 0) {
            this.rowsByDoc.delete(doc);
          } else {
            this.rowsByDoc.set(doc, rows);
          }
        }
        this.vocabularies = message.vocabularies;
        this.dataChanged();
        return;
      case 'editResult':
        this.editDone(message.requestId, message.ok, message.message);
        return;
      case 'exportResult':
        this.toolbar?.showStatus(message.outcome === 'cancelled' ? '' : message.message);
        if (message.outcome === 'failed') {
          this.showError(message.message);
        }
        return;
      default:
        assertNever(message);
    }
  }

  private build(): void {
    if (this.toolbar) {
      return;
    }
    this.toolbar = new Toolbar({
      change: (change) => this.changeView(change),
      exportAs: (format) => this.exportAs(format),
      save: () => this.post({ type: 'save' }),
    });
    this.grid = new VirtualGrid({
      sort: (id, additive) => this.changeView({ sort: nextSort(this.view.sort, id, additive) }),
      toggleGroup: (key) => this.changeView({ collapsed: this.view.collapsed.includes(key) ? this.view.collapsed.filter((k) => k !== key) : [...this.view.collapsed, key] }),
      activate: (row, spec, reveal) => this.activate(row, spec, reveal),
      override: (row, spec) => (spec.editable ? this.pending.get(pendingKey(row.id, spec.editable))?.value : undefined),
      groupLabel: (item) => this.groupLabel(item),
      valueLabel: (row, field, value) => valueLabel(this.vocabularies[row.vocabulary]?.[LABELS_OF[field]], value),
      moved: () => this.persist(),
    });
    this.grid.setLabel(t('tableLabel'), t('reveal'));
    const dismiss = element('button', { text: '×', attributes: { type: 'button', 'aria-label': t('dismiss'), title: t('dismiss') } });
    dismiss.addEventListener('click', () => {
      this.banner.hidden = true;
      this.grid?.focus();
    });
    this.banner.hidden = true;
    this.banner.append(element('span', { className: 'banner-text' }), dismiss);
    this.root.replaceChildren(this.toolbar.root, this.banner, this.grid.root);
    this.grid.focus();
  }

  /**
   * Draws the first rows the host ordered for this page's view, at this page's scroll position; all rows follow
   * once they are painted. A page that has all rows already (the host was asked again) keeps them.
   */
  private showFirstRows(message: FirstRowsMessage): void {
    if (this.complete) {
      this.rendered();
      return;
    }
    setStrings(message.strings, message.locale);
    // The host used this page's restored view when there is one, else the workspace's.
    this.view = message.view ?? DEFAULT_VIEW;
    this.build();
    if (!this.grid || !this.toolbar) {
      return;
    }
    this.vocabularies = message.vocabularies;
    this.columnSpecs = this.visibleColumns();
    const items = firstRowsItems(message);
    const shown = items.flatMap((item) => (item?.kind === 'row' ? [item.row] : []));
    this.toolbar.update(this.view, message, tableFilterChoices(shown, this.vocabularies), 0);
    this.grid.update(items, this.columnSpecs, this.view.sort, t('noMatch'));
    this.restorePlace();
    this.rendered(message.matching);
  }

  /** After a reload: the active cell and scroll position the page had. */
  private restorePlace(): void {
    if (this.restored && this.grid) {
      this.grid.setActiveCell(this.restored.active.row, this.restored.active.column);
      this.grid.scrollTop = this.restored.scrollTop;
      this.restored = undefined;
    }
  }

  private setData(data: TableData): void {
    this.rowsByDoc = new Map();
    for (const row of decodeRows(data.rows)) {
      const list = this.rowsByDoc.get(row.doc);
      if (list) {
        (list as TableRow[]).push(row);
      } else {
        this.rowsByDoc.set(row.doc, [row]);
      }
    }
    this.vocabularies = data.vocabularies;
    this.complete = true;
    this.dataChanged();
  }

  private dataChanged(): void {
    this.rows = [...this.rowsByDoc.values()].flat();
    this.settlePending();
    this.choices = tableFilterChoices(this.rows, this.vocabularies);
    this.dirtyFiles = new Set(this.rows.filter((r) => r.dirty).map((r) => r.doc)).size;
    this.recompute();
  }

  private changeView(change: Partial<TableViewState>): void {
    this.view = { ...this.view, ...change };
    this.recompute();
    // The workspace remembers the view for the next time the table opens. Sent at once: the panel may be closed
    // right after (the search box already waits for a pause in typing).
    this.post({ type: 'viewState', view: this.view });
  }

  /** The visible columns' specs: the same array while they are the same (the grid rebuilds its rows when it changes). */
  private visibleColumns(): readonly ColumnSpec[] {
    const known = new Set(COLUMNS.map((c) => c.id));
    const ids = this.view.columns.filter((id) => known.has(id));
    return ids.join() === this.columnSpecs.map((c) => c.id).join() ? this.columnSpecs : ids.map(column);
  }

  private recompute(): void {
    if (!this.grid || !this.toolbar || !this.complete) {
      return;
    }
    this.columnSpecs = this.visibleColumns();
    const started = performance.now();
    this.result = computeView(this.rows, this.vocabularies, this.view);
    const { ordered, total, statusCounts, milestones } = this.result;
    this.toolbar.update(this.view, { matching: ordered.length, total, statusCounts, milestones }, this.choices, this.dirtyFiles);
    this.grid.update(this.result.items, this.columnSpecs, this.view.sort, this.rows.length === 0 ? t('empty') : t('noMatch'));
    recordTiming('view', started);
    this.persist();
    this.rendered(ordered.length);
  }

  /** Says `rendered` once the rows are painted (after the next frame), not merely put in the DOM. */
  private rendered(rows = this.result?.ordered.length ?? 0): void {
    requestAnimationFrame(() => setTimeout(() => this.post({ type: 'rendered', rows, shown: this.root.querySelectorAll('.row').length })));
  }

  /**
   * Saves the panel's state 200 ms after the last change: scrolling asks every frame, and each save is a message
   * to the workbench, whose work would take frames from the scroll.
   */
  private persist(): void {
    window.clearTimeout(this.persistTimer);
    this.persistTimer = window.setTimeout(() => {
      this.persistTimer = 0;
      if (this.grid) {
        vscode.setState({ view: this.view, scrollTop: this.grid.scrollTop, active: this.grid.activeCell });
      }
    }, 200);
  }

  private groupLabel(item: GroupItem): string {
    const field = this.view.groupBy === '' ? 'status' : this.view.groupBy;
    const labels = field === 'milestone' ? undefined : { status: this.choices.statusLabels, priority: this.choices.priorityLabels, owner: this.choices.ownerLabels }[field];
    return t('groupRow', `${t(`column.${field}`)}: ${item.key === '' ? t('none') : labels?.get(item.key) ?? item.key}`, item.count);
  }

  private activate(row: TableRow, spec: ColumnSpec, reveal: boolean): void {
    const field = spec.editable;
    if (reveal || !field) {
      this.post({ type: 'reveal', key: row.key });
      return;
    }
    if (row.readOnly !== '') {
      this.showError(t('readOnly', row.readOnly));
      return;
    }
    const grid = this.grid;
    const index = this.result?.items.findIndex((item) => item.kind === 'row' && item.row === row) ?? -1;
    const columnIndex = this.columnSpecs.indexOf(spec);
    const box = grid?.cellBox(index, columnIndex);
    if (!grid || !box) {
      return;
    }
    const current = this.pending.get(pendingKey(row.id, field))?.value ?? spec.text(row);
    const vocabulary = this.vocabularies[row.vocabulary];
    openCellEditor({
      field,
      current,
      options: field === 'status' ? vocabulary?.statuses ?? [] : field === 'priority' ? vocabulary?.priorities ?? [] : field === 'owner' ? vocabulary?.owners ?? [] : [],
      labels: field === 'status' ? vocabulary?.statusLabels ?? [] : field === 'priority' ? vocabulary?.priorityLabels ?? [] : [],
      label: t('editing', t(`column.${spec.id}`), row.id),
      box,
      layer: grid.overlay,
      commit: (value) => this.edit(row, field, spec.text(row), value),
      closed: () => grid.focus(),
    });
  }

  private edit(row: TableRow, field: EditableField, previous: string, value: string): void {
    const requestId = this.nextRequest++;
    this.pending.set(pendingKey(row.id, field), { requestId, value, confirmed: false });
    this.banner.hidden = true;
    this.post({ type: 'edit', requestId, id: row.id, field, value, previous });
    this.grid?.refresh();
  }

  private editDone(requestId: number, ok: boolean, message: string): void {
    for (const [key, edit] of this.pending) {
      if (edit.requestId !== requestId) {
        continue;
      }
      if (ok) {
        edit.confirmed = true;
        // The index normally reports the new value within a few hundred milliseconds.
        window.setTimeout(() => {
          if (this.pending.get(key) === edit) {
            this.pending.delete(key);
            this.grid?.refresh();
          }
        }, PENDING_LIMIT_MS);
      } else {
        this.pending.delete(key);
        this.showError(message);
        this.grid?.refresh();
      }
    }
  }

  /** Confirmed edits whose value the rows now have are done. */
  private settlePending(): void {
    if (this.pending.size === 0) {
      return;
    }
    for (const row of this.rows) {
      for (const field of ['title', 'status', 'priority', 'owner'] as const) {
        const key = pendingKey(row.id, field);
        const edit = this.pending.get(key);
        if (edit?.confirmed && row[field] === edit.value) {
          this.pending.delete(key);
        }
      }
    }
  }

  private exportAs(format: ExportFormat): void {
    const columns: ColumnId[] = this.columnSpecs.map((c) => c.id);
    this.post({ type: 'export', requestId: this.nextRequest++, format, columns, keys: (this.result?.ordered ?? []).map((r) => r.key) });
  }

  private showError(text: string): void {
    const span = this.banner.querySelector<HTMLElement>('.banner-text');
    if (span) {
      setText(span, text);
    }
    this.banner.hidden = false;
  }
}

function pendingKey(id: string, field: EditableField): string {
  return `${field}\u0000${id}`;
}

/** The persisted state, if it still has the shape this version writes. */
function asPersisted(value: unknown): PersistedState | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const state = value as Partial<PersistedState>;
  const view = state.view;
  return view && Array.isArray(view.columns) && Array.isArray(view.sort) && typeof view.search === 'string' && typeof view.filters === 'object'
    && typeof state.scrollTop === 'number' && typeof state.active?.row === 'number' && typeof state.active.column === 'number'
    ? { view: { ...DEFAULT_VIEW, ...view }, scrollTop: state.scrollTop, active: state.active }
    : undefined;
}


const root = document.getElementById('app');
if (root) {
  new TableApp(root);
}
