import type { ColumnId, GroupField, MilestoneProgress, SortKey, StatusCount, TableFilters, TableRow, TableViewState } from './protocol';
import type { Vocabulary } from '../core/vocabulary';
import { column } from './tableColumns';
import { valueLabel } from './valueLabel';

/**
 * The table's view as data: which rows match the search and filters, in which order, grouped how. Pure and
 * DOM-free (unit-tested under Node); recomputed on every change, which takes a few milliseconds at 10,000 rows
 * because each row's sort keys and search text are computed once per pass, not once per comparison.
 */

export interface GroupItem {
  readonly kind: 'group';
  readonly key: string;
  readonly count: number;
  readonly collapsed: boolean;
  /** Rows of the group per status, in vocabulary order: the group's progress bar. */
  readonly statusCounts: readonly StatusCount[];
}

export interface RowItem {
  readonly kind: 'row';
  readonly row: TableRow;
}

export type DisplayItem = GroupItem | RowItem;

export interface ViewResult {
  /** What the grid draws: group headers and the rows of expanded groups. */
  readonly items: readonly DisplayItem[];
  /** Every matching row in display order, collapsed groups included: what Export writes. */
  readonly ordered: readonly TableRow[];
  readonly total: number;
  /** The matching rows per status: the summary's progress bar. */
  readonly statusCounts: readonly StatusCount[];
  /** The same per milestone, in milestone order, rows without one last; empty when no row has a milestone. */
  readonly milestones: readonly MilestoneProgress[];
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Empty values sort last in either direction, as in a spreadsheet. */
const EMPTY_RANK = Number.MAX_SAFE_INTEGER;

export function computeView(rows: readonly TableRow[], vocabularies: readonly Vocabulary[], view: TableViewState): ViewResult {
  const matching = filterRows(rows, view.search, view.filters);
  const ordered = sortRows(matching, vocabularies, view.sort);
  const statusOrder = vocabularies[0] ?? NO_STATUSES;
  // The summary counts the matching rows whatever the grouping.
  const summary = { total: rows.length, statusCounts: countStatuses(ordered, statusOrder), milestones: milestoneProgress(ordered, vocabularies, statusOrder) };
  if (view.groupBy === '') {
    return { items: ordered.map((row): RowItem => ({ kind: 'row', row })), ordered, ...summary };
  }
  const groups = groupRows(ordered, view.groupBy, vocabularies);
  const collapsed = new Set(view.collapsed);
  const items: DisplayItem[] = [];
  const grouped: TableRow[] = [];
  for (const [key, members] of groups) {
    const isCollapsed = collapsed.has(key);
    items.push({ kind: 'group', key, count: members.length, collapsed: isCollapsed, statusCounts: countStatuses(members, statusOrder) });
    if (!isCollapsed) {
      for (const row of members) {
        items.push({ kind: 'row', row });
      }
    }
    grouped.push(...members);
  }
  return { items, ordered: grouped, ...summary };
}

/** Progress per milestone of the matching rows; none when no row names a milestone (the project does not use them). */
function milestoneProgress(rows: readonly TableRow[], vocabularies: readonly Vocabulary[], statusOrder: StatusOrder): MilestoneProgress[] {
  if (!rows.some((row) => row.milestone !== '')) {
    return [];
  }
  return [...groupRows(rows, 'milestone', vocabularies)].map(([milestone, members]) => ({
    milestone, count: members.length, statusCounts: countStatuses(members, statusOrder),
  }));
}

const searchText = new WeakMap<TableRow, string>();

/** All of a row's text, lower-cased once: what the search box matches. */
function rowSearchText(row: TableRow): string {
  let text = searchText.get(row);
  if (text === undefined) {
    text = [row.id, row.title, row.status, row.priority, row.owner, row.document, row.customer, row.milestone, row.due,
      ...row.links, ...row.changes, ...row.problems].join('\n').toLocaleLowerCase();
    searchText.set(row, text);
  }
  return text;
}

/** Every search word must occur somewhere in the row; within a filter any chosen value matches; all filters apply. */
export function filterRows(rows: readonly TableRow[], search: string, filters: TableFilters): TableRow[] {
  const words = search.toLocaleLowerCase().split(/\s+/).filter((w) => w !== '');
  const sets = {
    statuses: new Set(filters.statuses),
    priorities: new Set(filters.priorities),
    owners: new Set(filters.owners),
    documents: new Set(filters.documents),
  };
  if (words.length === 0 && sets.statuses.size + sets.priorities.size + sets.owners.size + sets.documents.size === 0 && !filters.hasProblems && !filters.overdue && !filters.noTest && !filters.suspect) {
    return [...rows];
  }
  return rows.filter((row) =>
    (sets.statuses.size === 0 || sets.statuses.has(row.status))
    && (sets.priorities.size === 0 || sets.priorities.has(row.priority))
    && (sets.owners.size === 0 || sets.owners.has(row.owner))
    && (sets.documents.size === 0 || sets.documents.has(row.document))
    && (!filters.hasProblems || row.errors + row.warnings > 0)
    && (!filters.overdue || row.overdue > 0)
    && (!filters.noTest || row.traced.tests === 0)
    && (!filters.suspect || row.suspect.length > 0)
    && (words.length === 0 || words.every((w) => rowSearchText(row).includes(w))));
}

type SortValue = number | string;

/** Where a value stands in its vocabulary; values outside it after those in it, empty last. */
function vocabularyRank(value: string, vocabulary: readonly string[]): number {
  if (value === '') {
    return EMPTY_RANK;
  }
  const i = vocabulary.indexOf(value);
  return i === -1 ? vocabulary.length : i;
}

function sortValue(row: TableRow, id: ColumnId, vocabularies: readonly Vocabulary[]): SortValue {
  const vocabulary = vocabularies[row.vocabulary];
  switch (id) {
    case 'status':
      return vocabularyRank(row.status, vocabulary?.statuses ?? []);
    case 'priority':
      return vocabularyRank(row.priority, vocabulary?.priorities ?? []);
    case 'problems':
      // Errors weigh more than any number of warnings.
      return row.errors * 1_000_000 + row.warnings;
    case 'overdue':
      return row.overdue > 0 ? row.overdue : EMPTY_RANK;
    case 'records':
      return row.records;
    case 'traced':
      // Tests weigh more than any amount of code: sorting ascending puts the untested first.
      return row.traced.tests * 1_000_000 + row.traced.code;
    case 'links':
    case 'suspect':
    case 'changes':
      return row[id].length;
    case 'id':
    case 'title':
    case 'owner':
    case 'document':
    case 'customer':
    case 'milestone':
    case 'due':
    case 'description':
    case 'acceptance':
    case 'source':
    case 'tags':
      return column(id).text(row);
  }
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  const sa = String(a);
  const sb = String(b);
  return sa === sb ? 0 : collator.compare(sa, sb);
}

function isEmpty(value: SortValue): boolean {
  return value === '' || value === EMPTY_RANK;
}

/**
 * Sorted by each key in turn (IDs numerically: PORTAL-9 before PORTAL-10; status and priority in vocabulary
 * order); ties keep the workspace order. Stable, so the host's order is the last tie-breaker.
 */
export function sortRows(rows: readonly TableRow[], vocabularies: readonly Vocabulary[], keys: readonly SortKey[]): TableRow[] {
  if (keys.length === 0) {
    return [...rows];
  }
  const decorated = rows.map((row, position) => ({ row, position, values: keys.map((k) => sortValue(row, k.column, vocabularies)) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const va = a.values[i];
      const vb = b.values[i];
      const emptyA = isEmpty(va);
      const emptyB = isEmpty(vb);
      if (emptyA !== emptyB) {
        return emptyA ? 1 : -1;
      }
      const order = compareValues(va, vb);
      if (order !== 0) {
        return keys[i].direction === 'asc' ? order : -order;
      }
    }
    return a.position - b.position;
  });
  return decorated.map((d) => d.row);
}

/** Groups in the grouped field's order (vocabulary order for status and priority, else alphabetical), "(none)" last. */
function groupRows(rows: readonly TableRow[], field: GroupField, vocabularies: readonly Vocabulary[]): Map<string, TableRow[]> {
  const groups = new Map<string, TableRow[]>();
  for (const row of rows) {
    const key = row[field];
    const list = groups.get(key);
    if (list) {
      list.push(row);
    } else {
      groups.set(key, [row]);
    }
  }
  const vocabulary = field === 'status' ? vocabularies[0]?.statuses : field === 'priority' ? vocabularies[0]?.priorities : undefined;
  const keys = [...groups.keys()].sort((a, b) => {
    if ((a === '') !== (b === '')) {
      return a === '' ? 1 : -1;
    }
    if (vocabulary) {
      const order = vocabularyRank(a, vocabulary) - vocabularyRank(b, vocabulary);
      if (order !== 0) {
        return order;
      }
    }
    return collator.compare(a, b);
  });
  return new Map(keys.map((k) => [k, groups.get(k) ?? []]));
}

/** The first vocabulary's statuses: the order of progress bars, which of them count as done, and their labels. */
type StatusOrder = Pick<Vocabulary, 'statuses' | 'doneStatuses' | 'statusLabels'>;
const NO_STATUSES: StatusOrder = { statuses: [], doneStatuses: [], statusLabels: [] };

/** Counts per status: the vocabulary's statuses first (in order, those with rows), then any others, no status last. */
export function countStatuses(rows: readonly TableRow[], { statuses: order, doneStatuses, statusLabels }: StatusOrder): StatusCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  }
  const entry = (status: string, count: number): StatusCount => ({ status, label: valueLabel(statusLabels, status), count, done: doneStatuses.includes(status) });
  const known = order.filter((s) => counts.has(s)).map((status) => entry(status, counts.get(status) ?? 0));
  const others = [...counts]
    .filter(([s]) => !order.includes(s))
    .sort((a, b) => (a[0] === '' ? 1 : 0) - (b[0] === '' ? 1 : 0) || collator.compare(a[0], b[0]))
    .map(([status, count]) => entry(status, count));
  return [...known, ...others];
}

/** Shift-click adds a column to the sort (or flips it there); a plain click sorts by it alone, flipping if it already was. */
export function nextSort(current: readonly SortKey[], id: ColumnId, additive: boolean): SortKey[] {
  const existing = current.find((k) => k.column === id);
  const flipped: SortKey = { column: id, direction: existing?.direction === 'asc' ? 'desc' : 'asc' };
  if (!additive) {
    return [current.length === 1 && existing ? flipped : { column: id, direction: 'asc' }];
  }
  return existing ? current.map((k) => (k.column === id ? flipped : k)) : [...current, flipped];
}
