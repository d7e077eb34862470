import type { ColumnId, SortKey, TableRow } from '../shared/protocol';
import type { ColumnSpec } from '../shared/tableColumns';
import { element, setAttribute, setText } from './dom';
import { progressBar, statusClass } from './progressBar';
import { t } from './strings';
import { recordTiming } from './timing';
import type { DisplayItem, GroupItem } from '../shared/tableModel';

/** Fixed row height (px; table.css's --row-height matches): row i sits at i × ROW_HEIGHT, so nothing is measured. */
export const ROW_HEIGHT = 24;
/** Rows drawn above and below the viewport, so a fast scroll does not show blank space before the next frame. */
export const OVERSCAN = 8;

export interface GridCallbacks {
  sort(column: ColumnId, additive: boolean): void;
  toggleGroup(key: string): void;
  /** Enter, F2 or a double-click: edit the cell when it can be edited, else open the requirement. */
  activate(row: TableRow, column: ColumnSpec, reveal: boolean): void;
  /** Text a cell shows instead of the row's value (an edit on its way). */
  override(row: TableRow, column: ColumnSpec): string | undefined;
  groupLabel(item: GroupItem): string;
  /** How a status or priority value reads in this row's vocabulary (its label in the UI language), an owner by name. */
  valueLabel(row: TableRow, field: 'status' | 'priority' | 'owner', value: string): string;
  /** The active cell moved or the view scrolled: remember it. */
  moved(): void;
}

interface DrawnRow {
  readonly element: HTMLElement;
  readonly cells: HTMLElement[];
  index: number;
  generation: number;
}

/**
 * The grid: a sticky header and only the rows in view (plus a few), absolutely placed in a spacer as tall as all
 * rows. Scrolling re-binds a small pool of row elements in one animation frame; rows that stay in view are not
 * touched. Keyboard: arrows move the active cell (aria-activedescendant, so focus stays on the grid while rows
 * are recycled), Page Up/Down, Home/End, Enter/F2 edit, Ctrl+Enter opens the file.
 */
export class VirtualGrid {
  readonly root: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly header: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly message: HTMLElement;
  /** Undefined where an item has not arrived yet (only the first rows have). */
  private items: readonly (DisplayItem | undefined)[] = [];
  private columns: readonly ColumnSpec[] = [];
  private sort: readonly SortKey[] = [];
  private generation = 0;
  private readonly drawn = new Map<number, DrawnRow>();
  private readonly spareRows: DrawnRow[] = [];
  private readonly spareGroups: DrawnRow[] = [];
  private frame = 0;
  private activeRow = 0;
  private activeColumn = 0;
  /** scrollTop at the last render: which way the view moves. */
  private lastTop = 0;
  /** The column widths last set, in px: recomputed when the grid's width or the columns change. */
  private widths = '';

  constructor(private readonly callbacks: GridCallbacks) {
    this.header = element('div', { className: 'header', attributes: { role: 'row', 'aria-rowindex': '1' } });
    this.spacer = element('div', { className: 'spacer', attributes: { role: 'presentation' } });
    this.message = element('div', { className: 'grid-message', attributes: { role: 'status' } });
    this.scroller = element('div', { className: 'scroller', attributes: { role: 'grid', tabindex: '0' } }, this.header, this.spacer);
    this.root = element('div', { className: 'grid' }, this.scroller, this.message);
    this.scroller.addEventListener('scroll', () => this.schedule(), { passive: true });
    this.scroller.addEventListener('keydown', (e) => this.onKey(e));
    this.spacer.addEventListener('click', (e) => this.onClick(e));
    this.spacer.addEventListener('dblclick', (e) => this.onDoubleClick(e));
    new ResizeObserver(() => {
      this.fitColumns();
      this.schedule();
    }).observe(this.scroller);
  }

  /** New rows, columns or sort. `keepPlace`: the same view with new data (keep scroll and active cell). */
  update(items: readonly (DisplayItem | undefined)[], columns: readonly ColumnSpec[], sort: readonly SortKey[], emptyText: string): void {
    const columnsChanged = columns !== this.columns;
    // New data (a file changed meanwhile) must not move the active cell to another requirement.
    const activeKey = itemKey(this.items[this.activeRow]);
    const moved = activeKey === undefined ? -1 : items.findIndex((item) => itemKey(item) === activeKey);
    this.items = items;
    this.columns = columns;
    this.sort = sort;
    this.generation++;
    if (columnsChanged) {
      // Pooled rows have a cell per old column: start afresh.
      for (const row of [...this.drawn.values(), ...this.spareRows]) {
        row.element.remove();
      }
      this.drawn.clear();
      this.spareRows.length = 0;
    }
    this.activeRow = moved >= 0 ? moved : Math.min(this.activeRow, Math.max(items.length - 1, 0));
    this.activeColumn = Math.min(this.activeColumn, Math.max(columns.length - 1, 0));
    this.fitColumns();
    this.renderHeader();
    this.spacer.style.height = `${items.length * ROW_HEIGHT}px`;
    setAttribute(this.scroller, 'aria-rowcount', String(items.length + 1));
    setAttribute(this.scroller, 'aria-colcount', String(columns.length));
    setText(this.message, items.length === 0 ? emptyText : '');
    this.message.hidden = items.length === 0 ? false : true;
    this.render();
  }

  setLabel(label: string, description: string): void {
    setAttribute(this.scroller, 'aria-label', label);
    setAttribute(this.scroller, 'aria-description', description);
  }

  /** Redraws the rows in view now (e.g. an edit's value changed): same data, new text. */
  refresh(): void {
    this.generation++;
    this.render();
  }

  focus(): void {
    this.scroller.focus({ preventScroll: true });
  }

  get scrollTop(): number {
    return this.scroller.scrollTop;
  }

  set scrollTop(value: number) {
    this.scroller.scrollTop = value;
    this.render();
  }

  get activeCell(): { readonly row: number; readonly column: number } {
    return { row: this.activeRow, column: this.activeColumn };
  }

  setActiveCell(row: number, column: number): void {
    this.activeRow = Math.max(0, Math.min(row, this.items.length - 1));
    this.activeColumn = Math.max(0, Math.min(column, this.columns.length - 1));
    this.render();
  }

  /** Where a cell of row `index` sits in the spacer: editors are placed over it and scroll with it. */
  cellBox(index: number, columnIndex: number): { readonly top: number; readonly left: number; readonly width: number } | undefined {
    const cell = this.drawn.get(index)?.cells[columnIndex];
    return cell ? { top: index * ROW_HEIGHT, left: cell.offsetLeft, width: cell.offsetWidth } : undefined;
  }

  /** The layer editors go in (it scrolls with the rows). */
  get overlay(): HTMLElement {
    return this.spacer;
  }

  /**
   * Every column gets a width in px (growing ones share the room left over), and every row that width in all:
   * a row is then a fixed-size box (`contain: strict`, set where rows are made), so new text in a row lays out
   * that row alone, and nothing is measured from its text. An intrinsically sized grid track here made each
   * scroll frame lay out every drawn row again.
   */
  private fitColumns(): void {
    const fixed = this.columns.reduce((sum, c) => sum + c.width, 0);
    const growing = this.columns.filter((c) => c.grow).length;
    const extra = growing === 0 ? 0 : Math.max(0, this.scroller.clientWidth - fixed) / growing;
    const widths = this.columns.map((c) => Math.floor(c.width + (c.grow ? extra : 0)));
    const key = widths.join();
    if (key !== this.widths) {
      this.widths = key;
      this.root.style.setProperty('--columns', widths.map((w) => `${w}px`).join(' '));
      this.root.style.setProperty('--row-width', `${widths.reduce((sum, w) => sum + w, 0)}px`);
    }
  }

  private schedule(): void {
    if (this.frame === 0) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.render();
        this.callbacks.moved();
      });
    }
  }

  private renderHeader(): void {
    const cells = this.columns.map((spec, i) => {
      const position = this.sort.findIndex((k) => k.column === spec.id);
      const key = position === -1 ? undefined : this.sort[position];
      const label = t(`column.${spec.id}`);
      const arrow = key ? (key.direction === 'asc' ? ' ▲' : ' ▼') + (this.sort.length > 1 ? String(position + 1) : '') : '';
      const button = element('button', {
        className: 'sort', text: `${label}${arrow}`,
        attributes: { type: 'button', title: t('sortBy', label), 'data-column': spec.id },
      });
      button.addEventListener('click', (e) => this.callbacks.sort(spec.id, e.shiftKey));
      return element('div', {
        className: 'hcell',
        attributes: {
          role: 'columnheader', 'aria-colindex': String(i + 1),
          'aria-sort': key ? (key.direction === 'asc' ? 'ascending' : 'descending') : 'none',
        },
      }, button);
    });
    this.header.replaceChildren(...cells);
  }

  /** Draws the rows in view (timed: the bench compares it with the frame time). */
  private render(): void {
    const started = performance.now();
    this.renderRows();
    recordTiming('render', started);
  }

  private renderRows(): void {
    const top = this.scroller.scrollTop;
    const height = this.scroller.clientHeight;
    // Spare rows go ahead of the scroll, where they are needed next; after a jump of more than a screen (a fling,
    // End) none: no drawn row can be kept then, and each extra row is one more to lay out in that frame.
    const moved = top - this.lastTop;
    this.lastTop = top;
    const jumped = Math.abs(moved) > height;
    const above = jumped ? 0 : moved > 0 ? 2 : OVERSCAN;
    const below = jumped ? 0 : moved < 0 ? 2 : OVERSCAN;
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - above);
    const last = Math.min(this.items.length, Math.ceil((top + height) / ROW_HEIGHT) + below);
    for (const [index, row] of this.drawn) {
      const item = this.items[index];
      if (index < first || index >= last || !item || row.generation !== this.generation) {
        this.drawn.delete(index);
        (row.cells.length === 1 && row.element.classList.contains('group') ? this.spareGroups : this.spareRows).push(row);
      }
    }
    for (let index = first; index < last; index++) {
      const item = this.items[index];
      if (this.drawn.has(index) || !item) {
        this.markActive(this.drawn.get(index));
        continue;
      }
      const row = item.kind === 'group' ? this.groupRow() : this.dataRow();
      row.index = index;
      row.generation = this.generation;
      if (item.kind === 'group') {
        this.fillGroup(row, item, index);
      } else {
        this.fillRow(row, item.row, index);
      }
      row.element.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
      if (!row.element.isConnected) {
        this.spacer.append(row.element);
      }
      this.drawn.set(index, row);
      this.markActive(row);
    }
    // Spares stay out of the document but are kept, to be bound again instead of created.
    for (const spare of this.spareRows) {
      spare.element.remove();
    }
    for (const spare of this.spareGroups) {
      spare.element.remove();
    }
    setAttribute(this.scroller, 'aria-activedescendant', this.drawn.has(this.activeRow) ? ACTIVE_CELL_ID : undefined);
  }

  private dataRow(): DrawnRow {
    const spare = this.spareRows.pop();
    if (spare) {
      return spare;
    }
    const cells = this.columns.map((spec, i) => element('div', { className: `cell col-${spec.id}`, attributes: { role: 'gridcell', 'aria-colindex': String(i + 1) } }));
    return { element: element('div', { className: 'row', attributes: { role: 'row' } }, ...cells), cells, index: -1, generation: -1 };
  }

  private groupRow(): DrawnRow {
    const spare = this.spareGroups.pop();
    if (spare) {
      return spare;
    }
    const cell = element('div', { className: 'cell group-cell', attributes: { role: 'gridcell', 'aria-colindex': '1' } });
    return { element: element('div', { className: 'row group', attributes: { role: 'row' } }, cell), cells: [cell], index: -1, generation: -1 };
  }

  private fillRow(drawn: DrawnRow, row: TableRow, index: number): void {
    const { element: rowElement, cells } = drawn;
    setAttribute(rowElement, 'aria-rowindex', String(index + 2));
    rowElement.dataset.index = String(index);
    rowElement.classList.toggle('odd', index % 2 === 1);
    rowElement.classList.toggle('problems', row.errors > 0);
    rowElement.classList.toggle('warnings', row.errors === 0 && row.warnings > 0);
    rowElement.classList.toggle('dirty', row.dirty);
    rowElement.classList.toggle('readonly', row.readOnly !== '');
    // Hover shows the row's problems (as text: a title attribute is never parsed as markup).
    setAttribute(rowElement, 'title', row.problems.length > 0 ? row.problems.join('\n') : undefined);
    this.columns.forEach((spec, c) => {
      const cell = cells[c];
      const override = this.callbacks.override(row, spec);
      cell.classList.toggle('pending', override !== undefined);
      switch (spec.id) {
        case 'problems':
          setText(cell, [row.errors > 0 ? `✖ ${row.errors}` : '', row.warnings > 0 ? `⚠ ${row.warnings}` : ''].filter((s) => s).join('  '));
          setAttribute(cell, 'aria-label', row.errors + row.warnings > 0 ? t('problemsCount', row.errors, row.warnings) : undefined);
          break;
        case 'overdue':
          setText(cell, row.overdue > 0 ? String(row.overdue) : '');
          setAttribute(cell, 'aria-label', row.overdue > 0 ? t('overdueDays', row.overdue) : undefined);
          break;
        case 'traced':
          setText(cell, spec.text(row));
          setAttribute(cell, 'aria-label', t('tracedCounts', row.traced.code, row.traced.tests, row.traced.records, row.traced.changeRequests));
          setAttribute(cell, 'title', t('tracedCounts', row.traced.code, row.traced.tests, row.traced.records, row.traced.changeRequests));
          break;
        case 'suspect': {
          const targets = row.suspect.length > 0 ? t('suspectTargets', row.suspect.join(', ')) : undefined;
          setText(cell, spec.text(row));
          setAttribute(cell, 'aria-label', targets);
          setAttribute(cell, 'title', targets);
          break;
        }
        case 'status':
          setText(cell, this.callbacks.valueLabel(row, 'status', override ?? row.status));
          cell.dataset.status = statusClass(override ?? row.status);
          break;
        case 'priority':
          setText(cell, this.callbacks.valueLabel(row, 'priority', override ?? row.priority));
          break;
        case 'owner': {
          const owner = override ?? row.owner;
          const name = this.callbacks.valueLabel(row, 'owner', owner);
          setText(cell, name);
          setAttribute(cell, 'title', name === owner ? undefined : owner);
          break;
        }
        case 'document':
          setText(cell, row.dirty ? `● ${row.document}` : row.document);
          setAttribute(cell, 'title', row.dirty ? t('unsaved', row.path) : row.path);
          break;
        default:
          setText(cell, override ?? spec.text(row));
          if (spec.long) {
            // Rows keep one height (virtualised): the cell is cut with an ellipsis, the tooltip holds it whole.
            setAttribute(cell, 'title', spec.text(row) || undefined);
          }
      }
      if (spec.editable && row.readOnly !== '') {
        setAttribute(cell, 'aria-readonly', 'true');
      } else {
        setAttribute(cell, 'aria-readonly', undefined);
      }
    });
  }

  private fillGroup(drawn: DrawnRow, item: GroupItem, index: number): void {
    const { element: rowElement, cells } = drawn;
    setAttribute(rowElement, 'aria-rowindex', String(index + 2));
    setAttribute(rowElement, 'aria-expanded', String(!item.collapsed));
    rowElement.dataset.index = String(index);
    const cell = cells[0];
    const twisty = element('span', { className: 'twisty', text: item.collapsed ? '▸' : '▾', attributes: { 'aria-hidden': 'true' } });
    const label = element('span', { className: 'group-label', text: this.callbacks.groupLabel(item) });
    cell.replaceChildren(twisty, label, progressBar(item.statusCounts, item.count, 'mini', item.key || t('none')));
  }

  private markActive(row: DrawnRow | undefined): void {
    if (!row) {
      return;
    }
    const isActive = row.index === this.activeRow;
    row.element.classList.toggle('selected', isActive);
    row.cells.forEach((cell, c) => {
      const active = isActive && (row.cells.length === 1 || c === this.activeColumn);
      cell.classList.toggle('active', active);
      // One id, on the active cell only: re-binding rows while scrolling then changes no ids.
      if (active) {
        cell.id = ACTIVE_CELL_ID;
      } else if (cell.id === ACTIVE_CELL_ID) {
        cell.removeAttribute('id');
      }
    });
  }

  private indexOf(target: EventTarget | null): { readonly row: number; readonly column: number } | undefined {
    const cell = target instanceof Element ? target.closest('.cell') : null;
    const rowElement = cell?.parentElement;
    if (!cell || !rowElement?.dataset.index) {
      return undefined;
    }
    return { row: Number(rowElement.dataset.index), column: Math.max(0, [...rowElement.children].indexOf(cell)) };
  }

  private onClick(event: MouseEvent): void {
    const at = this.indexOf(event.target);
    if (!at) {
      return;
    }
    const item = this.items[at.row];
    this.setActiveCell(at.row, at.column);
    this.focus();
    if (item?.kind === 'group') {
      this.callbacks.toggleGroup(item.key);
    }
    this.callbacks.moved();
  }

  private onDoubleClick(event: MouseEvent): void {
    const at = this.indexOf(event.target);
    const item = at ? this.items[at.row] : undefined;
    if (at && item?.kind === 'row') {
      this.activateActive(false);
    }
  }

  private activateActive(reveal: boolean): void {
    const item = this.items[this.activeRow];
    if (item?.kind === 'group') {
      this.callbacks.toggleGroup(item.key);
      return;
    }
    const spec = this.columns[this.activeColumn];
    this.scrollIntoView(this.activeRow);
    if (item && spec) {
      this.callbacks.activate(item.row, spec, reveal);
    }
  }

  private onKey(event: KeyboardEvent): void {
    if (event.target !== this.scroller || this.items.length === 0) {
      return;
    }
    const page = Math.max(1, Math.floor(this.scroller.clientHeight / ROW_HEIGHT) - 2);
    const item = this.items[this.activeRow];
    let row = this.activeRow;
    let column = this.activeColumn;
    const ctrl = event.ctrlKey || event.metaKey;
    switch (event.key) {
      case 'ArrowDown': row++; break;
      case 'ArrowUp': row--; break;
      case 'PageDown': row += page; break;
      case 'PageUp': row -= page; break;
      case 'ArrowRight':
        if (item?.kind === 'group' && item.collapsed) {
          this.callbacks.toggleGroup(item.key);
        } else {
          column++;
        }
        break;
      case 'ArrowLeft':
        if (item?.kind === 'group' && !item.collapsed) {
          this.callbacks.toggleGroup(item.key);
        } else {
          column--;
        }
        break;
      case 'Home':
        if (ctrl) {
          row = 0;
        } else {
          column = 0;
        }
        break;
      case 'End':
        if (ctrl) {
          row = this.items.length - 1;
        } else {
          column = this.columns.length - 1;
        }
        break;
      case 'Enter':
        event.preventDefault();
        this.activateActive(ctrl);
        return;
      case 'F2':
        event.preventDefault();
        this.activateActive(false);
        return;
      case ' ':
        if (item?.kind === 'group') {
          event.preventDefault();
          this.callbacks.toggleGroup(item.key);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.activeRow = Math.max(0, Math.min(row, this.items.length - 1));
    this.activeColumn = Math.max(0, Math.min(column, this.columns.length - 1));
    this.scrollIntoView(this.activeRow);
    this.render();
    this.callbacks.moved();
  }

  private scrollIntoView(index: number): void {
    const top = index * ROW_HEIGHT;
    const visibleTop = this.scroller.scrollTop;
    const visibleHeight = this.scroller.clientHeight - this.header.offsetHeight;
    if (top < visibleTop) {
      this.scroller.scrollTop = top;
    } else if (top + ROW_HEIGHT > visibleTop + visibleHeight) {
      this.scroller.scrollTop = top + ROW_HEIGHT - visibleHeight;
    }
    this.render();
  }
}

/** The default statuses get their own colour; any other status shares one. */
/** The active cell's id, for aria-activedescendant. */
const ACTIVE_CELL_ID = 'active-cell';

function itemKey(item: DisplayItem | undefined): string | undefined {
  return item === undefined ? undefined : item.kind === 'row' ? `row:${item.row.key}` : `group:${item.key}`;
}
