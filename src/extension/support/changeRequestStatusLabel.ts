import * as vscode from 'vscode';
import type { ChangeRequestStatus } from '../../core/changeRequests/workflow';

/** The workflow's states in the UI language; one literal call each, so that the translation check sees them. */
const LABELS: Readonly<Record<ChangeRequestStatus, () => string>> = {
  submitted: () => vscode.l10n.t('submitted'),
  assessed: () => vscode.l10n.t('assessed'),
  approved: () => vscode.l10n.t('approved'),
  rejected: () => vscode.l10n.t('rejected'),
  implemented: () => vscode.l10n.t('implemented'),
  verified: () => vscode.l10n.t('verified'),
  withdrawn: () => vscode.l10n.t('withdrawn'),
};

/** A change request's status as the screen shows it (files keep the value); a status outside the workflow reads as written. */
export function changeRequestStatusLabel(status: string): string;
export function changeRequestStatusLabel(status: string | undefined): string | undefined;
export function changeRequestStatusLabel(status: string | undefined): string | undefined {
  return status !== undefined && Object.hasOwn(LABELS, status) ? LABELS[status as ChangeRequestStatus]() : status;
}
