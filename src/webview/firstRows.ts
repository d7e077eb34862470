import { decodeRows } from '../shared/encodedRows';
import type { FirstRowsMessage } from '../shared/protocol';
import type { DisplayItem } from './tableModel';

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
