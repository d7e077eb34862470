import type { ColumnId, EditableField, GroupField, TableFilters, TableRow, TableViewState } from './protocol';

/** How a column shows and sorts. Pure data: no DOM, so the table model is unit-tested under Node. */
export interface ColumnSpec {
  readonly id: ColumnId;
  /** Width in px; a growing column also takes its share of the room left over. */
  readonly width: number;
  readonly grow?: true;
  readonly editable?: EditableField;
  /** What the cell shows and the search matches. */
  readonly text: (row: TableRow) => string;
  /** Long text: one line in the grid, cut with an ellipsis (rows keep one height), whole in the cell's tooltip. */
  readonly long?: true;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { id: 'id', width: 110, text: (r) => r.id },
  { id: 'title', width: 200, grow: true, editable: 'title', text: (r) => r.title },
  { id: 'status', width: 110, editable: 'status', text: (r) => r.status },
  { id: 'priority', width: 100, editable: 'priority', text: (r) => r.priority },
  { id: 'owner', width: 100, editable: 'owner', text: (r) => r.owner },
  { id: 'document', width: 140, text: (r) => r.document },
  { id: 'customer', width: 120, text: (r) => r.customer },
  { id: 'milestone', width: 84, text: (r) => r.milestone },
  { id: 'due', width: 90, text: (r) => r.due },
  { id: 'overdue', width: 96, text: (r) => (r.overdue > 0 ? String(r.overdue) : '') },
  { id: 'links', width: 150, text: (r) => r.links.join(', ') },
  { id: 'suspect', width: 84, text: (r) => (r.suspect.length > 0 ? String(r.suspect.length) : '') },
  { id: 'changes', width: 110, text: (r) => r.changes.join(', ') },
  { id: 'records', width: 84, text: (r) => (r.records > 0 ? String(r.records) : '') },
  { id: 'problems', width: 84, text: (r) => (r.errors + r.warnings > 0 ? String(r.errors + r.warnings) : '') },
  { id: 'description', width: 240, long: true, text: (r) => r.description.replace(/\s+/g, ' ').trim() },
  { id: 'acceptance', width: 240, long: true, text: (r) => r.acceptance.join(' · ') },
  { id: 'source', width: 140, long: true, text: (r) => r.source },
  { id: 'tags', width: 120, long: true, text: (r) => r.tags.join(', ') },
  // Code · tests · records · CRs: the files of each kind that mention the ID.
  { id: 'traced', width: 110, text: (r) => [r.traced.code, r.traced.tests, r.traced.records, r.traced.changeRequests].join(' · ') },
];

const BY_ID = new Map(COLUMNS.map((c) => [c.id, c]));

export function column(id: ColumnId): ColumnSpec {
  const spec = BY_ID.get(id);
  if (!spec) {
    throw new Error(`unknown column ${id}`);
  }
  return spec;
}

export const GROUP_FIELDS = ['status', 'owner', 'priority', 'milestone'] as const satisfies readonly GroupField[];

export const EMPTY_FILTERS: TableFilters = { statuses: [], priorities: [], owners: [], documents: [], hasProblems: false, overdue: false, noTest: false, suspect: false };

/** The table as first opened: the columns people keep in the standard sheet, in document order. */
export const DEFAULT_VIEW: TableViewState = {
  columns: ['id', 'title', 'status', 'priority', 'owner', 'document', 'milestone', 'due', 'overdue', 'records', 'problems'],
  sort: [],
  search: '',
  filters: EMPTY_FILTERS,
  groupBy: '',
  collapsed: [],
};
