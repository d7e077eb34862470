import type {
  ColumnId, EditableField, ExportFormat, GroupField, ReadyMessage, SortKey, TableFilters, TableViewState, WebviewMessage,
} from './protocol';
import { type Fields, hasKeys, isRecord, isRequestId, isText } from './messageChecks';
import { GROUP_FIELDS } from './tableColumns';

/**
 * Runtime checks of what the webview posts. The webview renders workspace text, so it is treated like any other
 * untrusted input: a message that is not exactly one of the protocol's shapes (unknown type, missing or mistyped
 * field, absurd size) is dropped before the host acts on it.
 */

export const COLUMN_IDS = [
  'id', 'title', 'status', 'priority', 'owner', 'document', 'customer', 'milestone', 'due', 'overdue', 'links', 'suspect', 'changes', 'records', 'problems',
  'description', 'acceptance', 'source', 'tags', 'traced',
] as const satisfies readonly ColumnId[];

const EDITABLE_FIELDS = ['title', 'status', 'priority', 'owner'] as const satisfies readonly EditableField[];
const EXPORT_FORMATS = ['csv', 'markdown', 'xlsx', 'spec-markdown', 'spec-html'] as const satisfies readonly ExportFormat[];

/** Compile-time: the lists above name every member of their union. */
type AssertNever<T extends never> = T;
export type ColumnsCovered = AssertNever<Exclude<ColumnId, (typeof COLUMN_IDS)[number]>>;
export type FieldsCovered = AssertNever<Exclude<EditableField, (typeof EDITABLE_FIELDS)[number]>>;
export type GroupsCovered = AssertNever<Exclude<GroupField, (typeof GROUP_FIELDS)[number]>>;

/** More than the largest workspace we measure (100,000 requirements). */
const MAX_KEYS = 1_000_000;
const MAX_LIST = 10_000;

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function isTextList(value: unknown, max = MAX_LIST): value is readonly string[] {
  return Array.isArray(value) && value.length <= max && value.every((item) => isText(item, 1_000));
}

/** The message as the protocol types it, or undefined when it is not one. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  switch (value.type) {
    case 'ready':
      return parseReady(value);
    case 'save':
      return hasKeys(value, ['type']) ? { type: 'save' } : undefined;
    case 'edit':
      return hasKeys(value, ['type', 'requestId', 'id', 'field', 'value', 'previous'])
        && isRequestId(value.requestId) && isText(value.id, 200) && value.id !== ''
        && isOneOf(EDITABLE_FIELDS, value.field) && isText(value.value) && isText(value.previous)
        ? { type: 'edit', requestId: value.requestId, id: value.id, field: value.field, value: value.value, previous: value.previous }
        : undefined;
    case 'reveal':
      return hasKeys(value, ['type', 'key']) && isText(value.key, 100) ? { type: 'reveal', key: value.key } : undefined;
    case 'export':
      return hasKeys(value, ['type', 'requestId', 'format', 'columns', 'keys'])
        && isRequestId(value.requestId) && isOneOf(EXPORT_FORMATS, value.format)
        && isColumnList(value.columns) && value.columns.length > 0 && isTextList(value.keys, MAX_KEYS)
        ? { type: 'export', requestId: value.requestId, format: value.format, columns: value.columns, keys: value.keys }
        : undefined;
    case 'viewState': {
      const view = hasKeys(value, ['type', 'view']) ? parseViewState(value.view) : undefined;
      return view ? { type: 'viewState', view } : undefined;
    }
    case 'rendered':
      return hasKeys(value, ['type', 'rows', 'shown']) && isRequestId(value.rows) && isRequestId(value.shown)
        ? { type: 'rendered', rows: value.rows, shown: value.shown }
        : undefined;
    default:
      return undefined;
  }
}

/** `ready` may say what the page shows first: each field optional, each well-formed when present. */
function parseReady(value: Fields): ReadyMessage | undefined {
  if (!Object.hasOwn(value, 'type') || !Object.keys(value).every((key) => ['type', 'view', 'first', 'count'].includes(key))) {
    return undefined;
  }
  const { view, first, count } = value;
  const parsedView = view === undefined ? undefined : parseViewState(view);
  if ((view !== undefined && !parsedView) || (first !== undefined && !isRequestId(first)) || (count !== undefined && !isRequestId(count))) {
    return undefined;
  }
  return {
    type: 'ready',
    ...(parsedView ? { view: parsedView } : {}),
    ...(isRequestId(first) ? { first } : {}),
    ...(isRequestId(count) ? { count } : {}),
  };
}

function isColumnList(value: unknown): value is readonly ColumnId[] {
  return Array.isArray(value) && value.length <= COLUMN_IDS.length && value.every((c) => isOneOf(COLUMN_IDS, c)) && new Set(value).size === value.length;
}

/** A view state as stored or posted; undefined when any part is malformed (the table then starts from the default). */
export function parseViewState(value: unknown): TableViewState | undefined {
  if (!isRecord(value) || !hasKeys(value, ['columns', 'sort', 'search', 'filters', 'groupBy', 'collapsed'])) {
    return undefined;
  }
  const { columns, sort, search, filters, groupBy, collapsed } = value;
  if (!isColumnList(columns) || !Array.isArray(sort) || sort.length > COLUMN_IDS.length || !isText(search, 1_000)
    || !(groupBy === '' || isOneOf(GROUP_FIELDS, groupBy)) || !isTextList(collapsed)) {
    return undefined;
  }
  const sortKeys: SortKey[] = [];
  for (const key of sort) {
    if (!isRecord(key) || !hasKeys(key, ['column', 'direction']) || !isOneOf(COLUMN_IDS, key.column) || !(key.direction === 'asc' || key.direction === 'desc')) {
      return undefined;
    }
    sortKeys.push({ column: key.column, direction: key.direction });
  }
  const parsedFilters = parseFilters(filters);
  return parsedFilters ? { columns, sort: sortKeys, search, filters: parsedFilters, groupBy, collapsed } : undefined;
}

const FILTER_KEYS = ['statuses', 'priorities', 'owners', 'documents', 'hasProblems'] as const;

/** Filters added later, in the order they came: a view stored before one existed lacks it (and those after) and reads it as off. */
const LATER_FILTER_KEYS = ['overdue', 'noTest', 'suspect'] as const;
const STORED_FILTER_KEYS = Array.from({ length: LATER_FILTER_KEYS.length + 1 }, (_, i) => [...FILTER_KEYS, ...LATER_FILTER_KEYS.slice(0, i)]);

function parseFilters(value: unknown): TableFilters | undefined {
  if (!isRecord(value) || !STORED_FILTER_KEYS.some((keys) => hasKeys(value, keys))) {
    return undefined;
  }
  const { statuses, priorities, owners, documents, hasProblems, overdue = false, noTest = false, suspect = false } = value;
  return isTextList(statuses) && isTextList(priorities) && isTextList(owners) && isTextList(documents) && typeof hasProblems === 'boolean'
    && typeof overdue === 'boolean' && typeof noTest === 'boolean' && typeof suspect === 'boolean'
    ? { statuses, priorities, owners, documents, hasProblems, overdue, noTest, suspect }
    : undefined;
}
