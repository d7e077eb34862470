import { daysBetween } from '../clock';
import { isDate } from '../changeRequests/utcTimestamp';
import { valueRange } from '../fieldSpans';
import type { IndexView } from '../indexView';
import { defineMessages, localized, phrase, type LocalizedMessage, type MessageText } from '../messages';
import type { Requirement } from '../model';
import { isDone } from '../project/requirementDone';
import type { ProjectSettings } from '../settings';
import type { Rule } from './rule';

export const OVERDUE_MESSAGES = defineMessages({
  /** {0}: how long (oneDay or days), {1}: the due date, {2}: the status. */
  overdue: "Overdue by {0}: due {1}, status '{2}'.",
  overdueNoStatus: 'Overdue by {0}: due {1}, no status.',
  /** What views show beside a requirement; {0}: how long. */
  overdueBy: 'overdue by {0}',
  oneDay: '1 day',
  days: '{0} days',
});

/**
 * How many days a requirement is past its due date while its status is not a done one (reqdesk.yaml
 * `vocabulary.done_statuses`); undefined when it is not overdue. Due today is not overdue yet. The rule, the
 * views and the CLI all ask this one function.
 */
export function overdueDays(requirement: Requirement, settings: ProjectSettings, today: string): number | undefined {
  const due = requirement.data.due;
  if (typeof due !== 'string' || !isDate(due) || due >= today) {
    return undefined;
  }
  return isDone(requirement, settings) ? undefined : daysBetween(due, today);
}

/** overdueDays as the index judges it: by the settings of the requirement's file, as of the index's today. */
export function overdueInIndex(index: Pick<IndexView, 'settingsFor' | 'today'>, requirement: Requirement): number | undefined {
  return overdueDays(requirement, index.settingsFor(requirement.file), index.today);
}

/** "overdue by 3 days": the tree's description, tooltips, the hover. */
export function overdueLabel(days: number): LocalizedMessage {
  return localized(OVERDUE_MESSAGES.overdueBy, overdueDuration(days));
}

/** "3 days", "1 day": for messages that say how long. */
export function overdueDuration(days: number): MessageText {
  return days === 1 ? phrase(OVERDUE_MESSAGES.oneDay) : phrase(OVERDUE_MESSAGES.days, days);
}

/** Information by default: dates pass every day, so CI fails on them only where a project raises the severity. */
export const overdueRule: Rule = {
  id: 'overdue',
  defaultSeverity: 'info',
  description: 'A requirement is past its due date and its status is not a done one.',
  scope: 'file',
  check: (file, context) =>
    file.requirements.flatMap((r) => {
      const days = overdueDays(r, context.settings, context.today);
      if (days === undefined) {
        return [];
      }
      const status = r.data.status?.trim();
      const due = r.data.due ?? '';
      return [{
        ...(status ? localized(OVERDUE_MESSAGES.overdue, overdueDuration(days), due, status) : localized(OVERDUE_MESSAGES.overdueNoStatus, overdueDuration(days), due)),
        range: valueRange(r, 'due') ?? r.headRange,
      }];
    }),
};
