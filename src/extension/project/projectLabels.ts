import * as vscode from 'vscode';
import type { PaymentStatus } from '../../core/project/projectState';

const PAYMENT_STATUS_LABELS: Readonly<Record<PaymentStatus, () => string>> = {
  planned: () => vscode.l10n.t('payment planned'),
  invoiced: () => vscode.l10n.t('invoiced'),
  overdue: () => vscode.l10n.t('payment overdue'),
  paid: () => vscode.l10n.t('paid'),
};

export function paymentStatusLabel(status: PaymentStatus): string {
  return PAYMENT_STATUS_LABELS[status]();
}

export const PAYMENT_STATUSES = Object.keys(PAYMENT_STATUS_LABELS) as PaymentStatus[];
