import { daysBetween } from '../clock';
import { valueRange } from '../fieldSpans';
import { defineMessages, localized } from '../messages';
import { isMilestoneOverdue } from '../project/milestoneProgress';
import { milestoneOf } from '../project/milestones';
import { isDone } from '../project/requirementDone';
import { overdueDuration } from './overdueRule';
import type { Rule } from './rule';

export const MILESTONE_OVERDUE_MESSAGES = defineMessages({
  /** {0}: the milestone id, {1}: how long (1 day, 3 days), {2}: its due date. */
  overdue: 'Milestone {0} is past due by {1} (due {2}) and this requirement is not done.',
});

/**
 * Placed on each requirement of the milestone not done, where the work is, rather than on reqdesk.yaml: the rule then
 * stays a per-file one. Information by default, like `overdue`: dates pass every day.
 */
export const milestoneOverdueRule: Rule = {
  id: 'milestone-overdue',
  defaultSeverity: 'info',
  description: 'A milestone is past its due date and one of its requirements is not done.',
  scope: 'file',
  check: (file, context) =>
    file.requirements.flatMap((r) => {
      const milestone = milestoneOf(r, context.settings);
      if (milestone?.due === undefined || !isMilestoneOverdue(milestone.due, isDone(r, context.settings) ? 0 : 1, context.today)) {
        return [];
      }
      const days = daysBetween(milestone.due, context.today);
      return [{ ...localized(MILESTONE_OVERDUE_MESSAGES.overdue, milestone.id, overdueDuration(days), milestone.due), range: valueRange(r, 'milestone') ?? r.headRange }];
    }),
};
