import { decodeRows, encodeRows } from './encodedRows';
import type { Vocabulary } from '../core/vocabulary';
import type { FirstRowsGroup, FirstRowsMessage, TableRow, TableViewState } from './protocol';
import { DEFAULT_VIEW } from './tableColumns';
import { computeView, type DisplayItem } from './tableModel';

/** Display positions sent first when the page does not say: a tall window's worth. */
const DEFAULT_COUNT = 60;
/** More than any viewport holds: the first message stays small whatever a page asks. */
const MAX_COUNT = 500;

/**
 * What the page shows first, computed here with the page's own (pure) view model, so that the page can draw it
 * before all rows have crossed two postMessage hops and been parsed: at 10,000 rows that is most of the time from
 * the command to the first rows. Everything but the strings, which the panel adds.
 */
export function firstRows(
  rows: readonly TableRow[], vocabularies: readonly Vocabulary[], view: TableViewState | undefined, first = 0, count = DEFAULT_COUNT,
): Omit<FirstRowsMessage, 'type' | 'strings' | 'locale'> {
  const result = computeView(rows, vocabularies, view ?? DEFAULT_VIEW);
  const start = Math.min(first, result.items.length);
  const end = Math.min(result.items.length, start + Math.min(count, MAX_COUNT));
  const shown: TableRow[] = [];
  const groups: FirstRowsGroup[] = [];
  for (let at = start; at < end; at++) {
    const item = result.items[at];
    if (item.kind === 'row') {
      shown.push(item.row);
    } else {
      groups.push({ at, key: item.key, count: item.count, collapsed: item.collapsed, statusCounts: item.statusCounts });
    }
  }
  return {
    view, first: start, itemCount: result.items.length, rows: encodeRows(shown), groups,
    matching: result.ordered.length, total: result.total, statusCounts: result.statusCounts, milestones: result.milestones, vocabularies,
  };
}

/**
 * The display items of a `firstRows` message at their positions in the whole view: a sparse list as long as
 * the view, so that the grid has its full height and scroll position before the other items arrive.
 */
export function firstRowsItems(message: FirstRowsMessage): (DisplayItem | undefined)[] {
  const items = new Array<DisplayItem | undefined>(message.itemCount).fill(undefined);
  const groups = new Map(message.groups.map((g) => [g.at, g]));
  const rows = decodeRows(message.rows);
  let next = 0;
  const end = Math.min(message.itemCount, message.first + rows.length + groups.size);
  for (let at = message.first; at < end; at++) {
    const group = groups.get(at);
    if (group) {
      items[at] = { kind: 'group', key: group.key, count: group.count, collapsed: group.collapsed, statusCounts: group.statusCounts };
    } else if (next < rows.length) {
      items[at] = { kind: 'row', row: rows[next++] };
    }
  }
  return items;
}
