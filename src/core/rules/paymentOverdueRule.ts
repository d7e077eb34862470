import { daysBetween } from '../clock';
import { defineMessages, localized } from '../messages';
import { paymentStatus } from '../project/paymentState';
import { milestoneInvoicedPath } from '../project/settingsPlaces';
import { overdueDuration } from './overdueRule';
import type { Rule } from './rule';

export const PAYMENT_OVERDUE_MESSAGES = defineMessages({
  /** {0}: the milestone id, {1}: the invoice date, {2}: how long ago (1 day, 3 days), {3}: the days allowed. */
  unpaid: 'The payment of milestone {0} was invoiced {1}, {2} ago, and is not paid (allowed: {3} days).',
});

/** On reqdesk.yaml's invoice date; a warning, since money owed is worth a look whatever the day. */
export const paymentOverdueRule: Rule = {
  id: 'payment-overdue',
  defaultSeverity: 'warning',
  description: 'A milestone payment was invoiced longer ago than payments.overdue_after_days (default 30) and is not paid.',
  scope: 'file',
  check: (file, context) =>
    context.settings.milestones.flatMap((milestone, i) => {
      const payment = milestone.payment;
      const range = file.settingsPlaces?.[milestoneInvoicedPath(i)];
      if (payment?.invoiced === undefined || !range || paymentStatus(payment, context.settings, context.today) !== 'overdue') {
        return [];
      }
      const days = daysBetween(payment.invoiced, context.today);
      return [{ ...localized(PAYMENT_OVERDUE_MESSAGES.unpaid, milestone.id, payment.invoiced, overdueDuration(days), context.settings.paymentOverdueAfterDays), range }];
    }),
};
