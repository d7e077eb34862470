import * as vscode from 'vscode';
import { baseName } from '../../core/fileKind';
import type { IndexView } from '../../core/indexView';
import { stampLinksOfItems } from '../../core/trace/linkReviewEdits';
import type { Requirement } from '../../core/model';
import { documentFromContext, requirementTarget } from '../requirements/commandTargets';
import type { Command } from '../support/commandRegistry';
import { applyCoreEdit } from '../support/coreEdits';
import { indexLinkReviews } from './indexTrace';

/**
 * Mark All Links Reviewed (every link of the requirement at the cursor or of the tree item) and Start Reviewing
 * Links (the bare links of that requirement, or of the whole file when no requirement is meant): the quick
 * fixes' stamps, from the palette and menus. One undoable edit of the live buffer.
 */
export function linkReviewCommands(index: IndexView): Command[] {
  return [
    {
      id: 'reqdesk.markAllLinksReviewed',
      execute: async (arg) => {
        const requirement = requirementTarget(index, arg);
        if (typeof requirement === 'string') {
          void vscode.window.showWarningMessage(requirement);
          return;
        }
        await stamp(index, requirement.file, [requirement], 'all', vscode.l10n.t('All links of {0} are reviewed already.', requirement.id));
      },
    },
    {
      id: 'reqdesk.startReviewingLinks',
      execute: async (arg) => {
        const requirement = requirementTarget(index, arg);
        if (typeof requirement !== 'string') {
          await stamp(index, requirement.file, [requirement], 'bare', vscode.l10n.t('{0} has no bare links to stamp.', requirement.id));
          return;
        }
        const file = documentFromContext(index, arg);
        if (file === undefined) {
          void vscode.window.showWarningMessage(requirement);
          return;
        }
        const requirements = index.get(file)?.requirements.filter((r) => r.id) ?? [];
        await stamp(index, file, requirements, 'bare', vscode.l10n.t('{0} has no bare links to stamp.', baseName(file)));
      },
    },
  ];
}

async function stamp(index: IndexView, file: string, requirements: readonly Requirement[], which: 'all' | 'bare', nothing: string): Promise<void> {
  const plans = requirements.map((item) => ({ item, reviews: indexLinkReviews(index, item, which) })).filter((plan) => plan.reviews.length > 0);
  if (plans.length === 0) {
    void vscode.window.showInformationMessage(nothing);
    return;
  }
  await applyCoreEdit(vscode.Uri.parse(file), (text) => stampLinksOfItems(text, plans), vscode.l10n.t('Could not stamp the links'));
}
