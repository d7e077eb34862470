import { daysBetween } from '../clock';
import type { MilestonePayment, ProjectSettings } from '../settings';
import type { PaymentStatus } from './projectState';

/**
 * Where a milestone's payment stands as of `today`: paid once it has a paid date, overdue when invoiced more than
 * `payments.overdue_after_days` days ago and not paid. The rule, the project state and the report all ask this.
 */
export function paymentStatus(payment: MilestonePayment, settings: Pick<ProjectSettings, 'paymentOverdueAfterDays'>, today: string): PaymentStatus {
  if (payment.paid !== undefined) {
    return 'paid';
  }
  if (payment.invoiced === undefined) {
    return 'planned';
  }
  return daysBetween(payment.invoiced, today) > settings.paymentOverdueAfterDays ? 'overdue' : 'invoiced';
}
