import * as vscode from 'vscode';
import type { TransitionId } from '../../core/changeRequests/workflow';

/** The command of each workflow transition (package.json declares them with the same ids). */
export const TRANSITION_COMMANDS: Readonly<Record<TransitionId, string>> = {
  assess: 'reqdesk.assessChangeRequest',
  approve: 'reqdesk.approveChangeRequest',
  reject: 'reqdesk.rejectChangeRequest',
  withdraw: 'reqdesk.withdrawChangeRequest',
  reopen: 'reqdesk.reopenChangeRequest',
  implement: 'reqdesk.implementChangeRequest',
  reassess: 'reqdesk.reassessChangeRequest',
  verify: 'reqdesk.verifyChangeRequest',
  signOff: 'reqdesk.recordCustomerSignoff',
};

export const SHOW_DETAILS_COMMAND = 'reqdesk.showChangeRequestDetails';

/** The short name of a transition, as a CodeLens or a prompt's title shows it. */
export function transitionLabel(transition: TransitionId): string {
  switch (transition) {
    case 'assess':
      return vscode.l10n.t('Assess');
    case 'approve':
      return vscode.l10n.t('Approve');
    case 'reject':
      return vscode.l10n.t('Reject');
    case 'withdraw':
      return vscode.l10n.t('Withdraw');
    case 'reopen':
      return vscode.l10n.t('Reopen');
    case 'implement':
      return vscode.l10n.t('Mark Implemented');
    case 'reassess':
      return vscode.l10n.t('Re-assess');
    case 'verify':
      return vscode.l10n.t('Verify');
    case 'signOff':
      return vscode.l10n.t('Record Customer Sign-off');
  }
}
