import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import type { SettingsScope } from '../../core/project/projectScope';
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

/** How a project reads where the user chooses one: its name, else where its reqdesk.yaml is. */
export function projectLabel(index: Pick<IndexView, 'settingsFor'>, scope: SettingsScope): string {
  return index.settingsFor(scope ?? '').project?.name ?? vscode.workspace.asRelativePath(vscode.Uri.parse(scope ?? ''));
}
