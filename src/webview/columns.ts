import type { ColumnId, EditableField, GroupField, TableFilters, TableRow, TableViewState } from '../shared/protocol';

/** How a column shows and sorts. Pure data: no DOM, so the table model is unit-tested under Node. */
export interface ColumnSpec {
  readonly id: ColumnId;
  /** A CSS grid track size. */
  readonly width: string;
  readonly editable?: EditableField;
  /** What the cell shows and the search matches. */
  readonly text: (row: TableRow) => string;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { id: 'id', width: '110px', text: (r) => r.id },
  { id: 'title', width: 'minmax(200px, 1fr)', editable: 'title', text: (r) => r.title },
  { id: 'status', width: '110px', editable: 'status', text: (r) => r.status },
  { id: 'priority', width: '100px', editable: 'priority', text: (r) => r.priority },
  { id: 'owner', width: '100px', editable: 'owner', text: (r) => r.owner },
  { id: 'document', width: '140px', text: (r) => r.document },
  { id: 'customer', width: '120px', text: (r) => r.customer },
  { id: 'milestone', width: '84px', text: (r) => r.milestone },
  { id: 'due', width: '90px', text: (r) => r.due },
  { id: 'links', width: '150px', text: (r) => r.links.join(', ') },
  { id: 'changes', width: '110px', text: (r) => r.changes.join(', ') },
  { id: 'problems', width: '84px', text: (r) => (r.errors + r.warnings > 0 ? String(r.errors + r.warnings) : '') },
];

const BY_ID = new Map(COLUMNS.map((c) => [c.id, c]));

export function column(id: ColumnId): ColumnSpec {
  const spec = BY_ID.get(id);
  if (!spec) {
    throw new Error(`unknown column ${id}`);
  }
  return spec;
}

export const GROUP_FIELDS: readonly GroupField[] = ['status', 'owner', 'priority', 'milestone'];

export const EMPTY_FILTERS: TableFilters = { statuses: [], priorities: [], owners: [], documents: [], hasProblems: false };

/** The table as first opened: the columns people keep in the standard sheet, in document order. */
export const DEFAULT_VIEW: TableViewState = {
  columns: ['id', 'title', 'status', 'priority', 'owner', 'document', 'milestone', 'due', 'problems'],
  sort: [],
  search: '',
  filters: EMPTY_FILTERS,
  groupBy: '',
  collapsed: [],
};
