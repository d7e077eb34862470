import { daysBetween } from '../clock';
import { isDate } from '../changeRequests/utcTimestamp';
import type { CommunicationRecord, RecordAction } from './communicationRecord';

/** An action with the record it was agreed in (IndexView.openActions() gives those not done yet). */
export interface OpenAction {
  readonly record: CommunicationRecord;
  readonly action: RecordAction;
  /** Days past its due date as of the index's today; undefined when it is not overdue. */
  readonly overdueDays: number | undefined;
}

/**
 * How many days an open action is past its due date as of `today` (the clock's local date, as for requirements);
 * undefined when it is done, has no valid due date, or is due today or later. The rule, the views and the CLI all
 * ask this one function.
 */
export function actionOverdueDays(action: Pick<RecordAction, 'due' | 'done'>, today: string): number | undefined {
  const due = action.due;
  if (action.done || due === undefined || !isDate(due) || due >= today) {
    return undefined;
  }
  return daysBetween(due, today);
}

/**
 * The actions of `records`, only those not done unless `includeDone`: earliest due date first (those without one
 * last), then the newer record first (`records` come newest first), then in the record's order.
 */
export function actionsOf(records: readonly CommunicationRecord[], today: string, includeDone = false): OpenAction[] {
  const listed = records.flatMap((record) => record.actions.filter((a) => includeDone || !a.done).map((action) => ({ record, action, overdueDays: actionOverdueDays(action, today) })));
  const dueKey = (a: OpenAction): string => (a.action.due !== undefined && isDate(a.action.due) ? a.action.due : '\uffff');
  const order = new Map(records.map((r, i) => [r, i]));
  return listed.sort((a, b) => dueKey(a).localeCompare(dueKey(b)) || (order.get(a.record) ?? 0) - (order.get(b.record) ?? 0) || a.action.index - b.action.index);
}
