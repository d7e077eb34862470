import * as vscode from 'vscode';
import { isDate } from '../../core/changeRequests/utcTimestamp';
import { addDays } from '../../core/clock';
import { setRiskField } from '../../core/edit/riskEdits';
import type { IndexView } from '../../core/indexView';
import { RISK_STATUSES, riskStatus, type Risk, type RiskField } from '../../core/risks/risk';
import { pickOwner } from '../requirements/ownerPick';
import type { Command } from '../support/commandRegistry';
import { applyCoreEdit } from '../support/coreEdits';
import { editorClock } from '../support/editorClock';
import { riskStatusLabel } from '../support/riskStatusLabel';
import { riskTarget } from './riskTarget';

/** How far ahead a new review date is proposed: two weeks, a usual reporting rhythm. */
const REVIEW_AFTER_DAYS = 14;

interface StatusItem extends vscode.QuickPickItem {
  readonly status: string;
}

/**
 * Set Risk Status, and the two commands behind the risk rules' quick fixes (assign an owner, set a review
 * date): each on the risk a quick fix names, under the cursor, or picked; one undoable edit of the register.
 */
export function riskFieldCommands(index: IndexView): Command[] {
  return [
    onRisk(index, 'reqdesk.setRiskStatus', vscode.l10n.t('Set the status of which risk?'), async (risk) => {
      const current = riskStatus(risk);
      const items: StatusItem[] = RISK_STATUSES.map((status) => ({ label: riskStatusLabel(status), description: status === current ? vscode.l10n.t('current') : undefined, status }));
      const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Status of {0} (now: {1})', risk.id, riskStatusLabel(current)) });
      if (picked && picked.status !== risk.data.status) {
        await editRiskField(risk, 'status', picked.status);
      }
    }),
    onRisk(index, 'reqdesk.assignRiskOwner', vscode.l10n.t('Assign an owner to which risk?'), async (risk) => {
      const current = risk.data.owner;
      const choice = await pickOwner(index, risk.file, { current, placeHolder: vscode.l10n.t('Owner of {0} (now: {1})', risk.id, current ?? vscode.l10n.t('none')) });
      if (choice && 'owner' in choice) {
        await editRiskField(risk, 'owner', choice.owner);
      }
    }),
    onRisk(index, 'reqdesk.setRiskReviewDate', vscode.l10n.t('Set the review date of which risk?'), async (risk) => {
      const value = await vscode.window.showInputBox({
        prompt: vscode.l10n.t('Next review of {0} (YYYY-MM-DD; now: {1})', risk.id, risk.data.review_on ?? vscode.l10n.t('none')),
        value: addDays(editorClock().today(), REVIEW_AFTER_DAYS),
        validateInput: (typed) => (isDate(typed.trim()) ? undefined : vscode.l10n.t('Enter a date like 2026-12-21.')),
      });
      if (value !== undefined) {
        await editRiskField(risk, 'review_on', value.trim());
      }
    }),
  ];
}

function onRisk(index: IndexView, id: string, placeHolder: string, run: (risk: Risk) => Promise<void>): Command {
  return {
    id,
    execute: async (arg) => {
      const risk = await riskTarget(index, arg, placeHolder);
      if (risk) {
        await run(risk);
      }
    },
  };
}

async function editRiskField(risk: Risk, field: Exclude<RiskField, 'links' | 'probability' | 'impact'>, value: string): Promise<boolean> {
  const failure = vscode.l10n.t('Could not set the {0} of {1}', field, risk.id);
  const { applied } = await applyCoreEdit(vscode.Uri.parse(risk.file), (text) => setRiskField(text, { index: risk.index, id: risk.id }, field, value), failure);
  return applied;
}
