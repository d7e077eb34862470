import { defineMessages, localized } from '../messages';
import { actionOverdueDays } from '../records/openActions';
import type { Rule } from './rule';
import { overdueDuration } from './overdueRule';

export const RECORD_ACTION_OVERDUE_MESSAGES = defineMessages({
  /** {0}: how long (1 day, 3 days), {1}: the due date, {2}: who. */
  overdue: "Action overdue by {0}: due {1}, for '{2}', not done.",
  overdueNoOne: 'Action overdue by {0}: due {1}, not done.',
});

/** Information by default, like `overdue`: dates pass every day, and a project raises it where it wants CI to fail. */
export const recordActionOverdueRule: Rule = {
  id: 'record-action-overdue',
  defaultSeverity: 'info',
  description: 'An open action of a communication record is past its due date.',
  scope: 'file',
  check: (file, context) =>
    (file.record?.actions ?? []).flatMap((action) => {
      const days = actionOverdueDays(action, context.today);
      if (days === undefined) {
        return [];
      }
      const who = action.who?.trim();
      const due = action.due ?? '';
      return [{
        ...(who ? localized(RECORD_ACTION_OVERDUE_MESSAGES.overdue, overdueDuration(days), due, who) : localized(RECORD_ACTION_OVERDUE_MESSAGES.overdueNoOne, overdueDuration(days), due)),
        range: action.dueRange ?? action.range,
      }];
    }),
};
