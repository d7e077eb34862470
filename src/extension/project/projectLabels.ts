import * as vscode from 'vscode';
import type { PaymentStatus } from '../../core/project/projectState';
import type { RiskStatus } from '../../core/risks/risk';

/** The register's statuses in the UI language; one literal call each, so that the translation check sees them. */
const RISK_STATUS_LABELS: Readonly<Record<RiskStatus, () => string>> = {
  open: () => vscode.l10n.t('open'),
  mitigating: () => vscode.l10n.t('mitigating'),
  occurred: () => vscode.l10n.t('occurred'),
  closed: () => vscode.l10n.t('closed'),
};

const PAYMENT_STATUS_LABELS: Readonly<Record<PaymentStatus, () => string>> = {
  planned: () => vscode.l10n.t('payment planned'),
  invoiced: () => vscode.l10n.t('invoiced'),
  overdue: () => vscode.l10n.t('payment overdue'),
  paid: () => vscode.l10n.t('paid'),
};

/** A risk's status as the screen shows it (files keep the value); a status outside the register's, as written. */
export function riskStatusLabel(status: string): string {
  return Object.hasOwn(RISK_STATUS_LABELS, status) ? RISK_STATUS_LABELS[status as RiskStatus]() : status;
}

export function paymentStatusLabel(status: PaymentStatus): string {
  return PAYMENT_STATUS_LABELS[status]();
}

export const PAYMENT_STATUSES = Object.keys(PAYMENT_STATUS_LABELS) as PaymentStatus[];
