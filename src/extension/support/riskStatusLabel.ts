import * as vscode from 'vscode';
import type { RiskStatus } from '../../core/risks/risk';

/** The register's statuses in the UI language; one literal call each, so that the translation check sees them. */
const LABELS: Readonly<Record<RiskStatus, () => string>> = {
  open: () => vscode.l10n.t('open'),
  mitigating: () => vscode.l10n.t('mitigating'),
  occurred: () => vscode.l10n.t('occurred'),
  closed: () => vscode.l10n.t('closed'),
};

/** A risk's status as the screen shows it (files keep the value); a status outside the schema reads as written. */
export function riskStatusLabel(status: string): string {
  return Object.hasOwn(LABELS, status) ? LABELS[status as RiskStatus]() : status;
}
