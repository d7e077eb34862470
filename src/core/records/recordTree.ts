import { NONE_KEY } from '../requirementTree';
import { compareRecordsNewestFirst, RECORD_KINDS, type CommunicationRecord } from './communicationRecord';
import type { OpenAction } from './openActions';

/** How the Communications view groups records. */
export type RecordGroupBy = 'month' | 'kind';

export interface RecordGroup {
  /** `2026-11` by month, the kind by kind; NONE_KEY for records without a date (or kind). */
  readonly key: string;
  /** Newest first. */
  readonly records: readonly CommunicationRecord[];
}

/**
 * Records by month (newest month first) or by kind (in the schema's order, unknown kinds by name after them);
 * records without a date or kind last. Within a group, newest first.
 */
export function buildRecordTree(records: readonly CommunicationRecord[], groupBy: RecordGroupBy): RecordGroup[] {
  const groups = new Map<string, CommunicationRecord[]>();
  for (const record of [...records].sort(compareRecordsNewestFirst)) {
    const key = (groupBy === 'month' ? record.date?.slice(0, 7) : record.data.kind?.trim()) || NONE_KEY;
    const list = groups.get(key);
    if (list) {
      list.push(record);
    } else {
      groups.set(key, [record]);
    }
  }
  const kindRank = (kind: string): number => {
    const i = (RECORD_KINDS as readonly string[]).indexOf(kind);
    return i === -1 ? RECORD_KINDS.length : i;
  };
  const order = (a: string, b: string): number =>
    (a === NONE_KEY ? 1 : 0) - (b === NONE_KEY ? 1 : 0) || (groupBy === 'month' ? b.localeCompare(a) : kindRank(a) - kindRank(b) || a.localeCompare(b));
  return [...groups.keys()].sort(order).map((key) => ({ key, records: groups.get(key) ?? [] }));
}

export interface ActionGroup {
  /** The `who` as written (a roster id, usually); NONE_KEY for actions that name nobody. */
  readonly who: string;
  readonly actions: readonly OpenAction[];
}

/** Open actions (in the order given: the index's, soonest due first) by person: ordered by `compareWho` (their names, say), nobody last. */
export function buildActionTree(open: readonly OpenAction[], compareWho: (a: string, b: string) => number): ActionGroup[] {
  const groups = new Map<string, OpenAction[]>();
  for (const item of open) {
    const who = item.action.who?.trim() || NONE_KEY;
    const list = groups.get(who);
    if (list) {
      list.push(item);
    } else {
      groups.set(who, [item]);
    }
  }
  return [...groups.keys()]
    .sort((a, b) => (a === NONE_KEY ? 1 : 0) - (b === NONE_KEY ? 1 : 0) || compareWho(a, b))
    .map((who) => ({ who, actions: groups.get(who) ?? [] }));
}
