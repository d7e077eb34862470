import { defineMessages, localized } from '../messages';
import { reviewOverdueDays, riskStatus } from '../risks/risk';
import { riskName } from '../risks/riskName';
import { overdueDuration } from './overdueRule';
import type { Rule } from './rule';

export const RISK_REVIEW_DUE_MESSAGES = defineMessages({
  /** {0}: the risk's ID (or "This risk"), {1}: how long (1 day, 3 days), {2}: the review date, {3}: the status. */
  reviewDue: "Review of {0} overdue by {1}: due {2}, status '{3}'.",
});

/** Information by default, like `overdue`, by the same clock: dates pass every day, and a project raises it where CI should fail. */
export const riskReviewDueRule: Rule = {
  id: 'risk-review-due',
  defaultSeverity: 'info',
  description: 'A risk that is not closed is past its review date.',
  scope: 'file',
  check: (file, context) =>
    file.risks.flatMap((risk) => {
      const days = reviewOverdueDays(risk, context.today);
      if (days === undefined) {
        return [];
      }
      return [{
        ...localized(RISK_REVIEW_DUE_MESSAGES.reviewDue, riskName(risk), overdueDuration(days), risk.data.review_on ?? '', riskStatus(risk)),
        range: risk.valueRanges.review_on ?? risk.headRange,
      }];
    }),
};
