import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import type { RecordAction } from '../../core/records/communicationRecord';
import { markActionDone } from '../../core/records/recordEdits';
import type { Command } from '../support/commandRegistry';
import { applyCoreEdit } from '../support/coreEdits';
import { ActionElement } from './actionItem';
import { recordTarget } from './recordTarget';

interface ActionItem extends vscode.QuickPickItem {
  readonly action: RecordAction;
}

/**
 * Mark Action Done: `done: true` on the action, written into the record's front matter in place (comments and
 * layout kept) as one WorkspaceEdit, so one undo takes it back. From the views it acts on the item; from the palette
 * on the active record, asking which open action. Resolves to whether the file changed.
 */
export function markActionDoneCommand(index: IndexView): Command {
  return {
    id: 'reqdesk.markActionDone',
    execute: async (arg) => {
      const target = arg instanceof ActionElement ? { record: arg.record, action: arg.open.action } : await askAction(index, arg);
      if (target === undefined) {
        return false;
      }
      const uri = vscode.Uri.parse(target.record.file);
      const { applied } = await applyCoreEdit(uri, (text) => markActionDone(text, target.action), vscode.l10n.t('The action was not marked done'));
      return applied;
    },
  };
}

async function askAction(index: IndexView, arg: unknown): Promise<{ readonly record: NonNullable<ReturnType<typeof recordTarget>>; readonly action: RecordAction } | undefined> {
  const record = recordTarget(index, arg);
  if (record === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a communication record first: Mark Action Done acts on its open actions.'));
    return undefined;
  }
  const open = record.actions.filter((a) => !a.done);
  if (open.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This record has no open actions.'));
    return undefined;
  }
  const items: ActionItem[] = open.map((action) => ({ label: action.what ?? '', description: [action.who, action.due].filter(Boolean).join(' · '), action }));
  const picked = open.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which action is done?') });
  return picked === undefined ? undefined : { record, action: picked.action };
}
