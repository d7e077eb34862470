import { isDate } from '../changeRequests/utcTimestamp';
import { valueRange } from '../fieldSpans';
import { defineMessages, localized } from '../messages';
import { milestoneOf } from '../project/milestones';
import type { Rule } from './rule';

export const DUE_AFTER_MILESTONE_MESSAGES = defineMessages({
  /** {0}: the requirement's due date, {1}: the milestone id, {2}: its due date. */
  dueAfter: 'Due {0}, after its milestone {1} (due {2}).',
});

export const dueAfterMilestoneRule: Rule = {
  id: 'due-after-milestone',
  defaultSeverity: 'warning',
  description: 'A requirement is due after the due date of its milestone.',
  scope: 'file',
  check: (file, context) =>
    file.requirements.flatMap((r) => {
      const due = r.data.due;
      const milestone = milestoneOf(r, context.settings);
      if (due === undefined || !isDate(due) || milestone?.due === undefined || due <= milestone.due) {
        return [];
      }
      return [{ ...localized(DUE_AFTER_MILESTONE_MESSAGES.dueAfter, due, milestone.id, milestone.due), range: valueRange(r, 'due') ?? r.headRange }];
    }),
};
