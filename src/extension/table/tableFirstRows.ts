import { encodeRows } from '../../shared/encodedRows';
import type { FirstRowsGroup, FirstRowsMessage, TableRow, TableViewState, Vocabulary } from '../../shared/protocol';
import { DEFAULT_VIEW } from '../../webview/columns';
import { computeView } from '../../webview/tableModel';

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
