import * as vscode from 'vscode';
import type { Requirement } from '../../core/model';
import type { IndexView } from '../../core/indexView';
import type { Command } from '../support/commandRegistry';

interface RequirementItem extends vscode.QuickPickItem {
  readonly requirement: Requirement;
}

/** Go to Requirement by ID: every requirement of the workspace, searchable by ID, title, owner, status and file. */
export function goToRequirementCommand(index: IndexView): Command {
  return {
    id: 'reqdesk.goToRequirement',
    execute: async () => {
      const requirements = index.requirements().filter((r) => r.id !== '');
      if (requirements.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('There are no requirements in this workspace yet.'));
        return;
      }
      const collator = new Intl.Collator(undefined, { numeric: true });
      const items: RequirementItem[] = requirements
        .sort((a, b) => collator.compare(a.id, b.id) || a.file.localeCompare(b.file))
        .map((requirement) => ({
          label: requirement.id,
          description: requirement.data.title,
          detail: [
            requirement.data.owner ?? vscode.l10n.t('no owner'),
            requirement.data.status ?? vscode.l10n.t('no status'),
            requirement.data.priority ?? vscode.l10n.t('no priority'),
            vscode.workspace.asRelativePath(vscode.Uri.parse(requirement.file)),
          ].join(' · '),
          requirement,
        }));
      const picked = await vscode.window.showQuickPick(items, {
        placeHolder: vscode.l10n.t('Go to requirement: type an ID, a title, an owner or a status'),
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (picked) {
        // The tree's reveal: it re-reads the range from the index, in case the file changed while the pick was open.
        await vscode.commands.executeCommand('reqdesk.revealRequirement', { requirement: picked.requirement });
      }
    },
  };
}
