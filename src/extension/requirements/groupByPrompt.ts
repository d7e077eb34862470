import * as vscode from 'vscode';
import { GROUP_BY_VALUES, type GroupBy } from '../../core/requirementTree';

interface GroupByItem extends vscode.QuickPickItem {
  readonly groupBy: GroupBy;
}

export function groupByLabel(groupBy: GroupBy): string {
  switch (groupBy) {
    case 'document':
      return vscode.l10n.t('Document');
    case 'status':
      return vscode.l10n.t('Status');
    case 'owner':
      return vscode.l10n.t('Owner');
    case 'priority':
      return vscode.l10n.t('Priority');
    case 'milestone':
      return vscode.l10n.t('Milestone');
  }
}

const ICONS: Readonly<Record<GroupBy, string>> = {
  document: 'file',
  status: 'pass',
  owner: 'person',
  priority: 'flame',
  milestone: 'milestone',
};

/** Asks for a grouping; the current one is marked. Undefined when the user cancels. */
export async function askGroupBy(current: GroupBy): Promise<GroupBy | undefined> {
  const items: GroupByItem[] = GROUP_BY_VALUES.map((groupBy) => ({
    groupBy,
    label: `$(${groupBy === current ? 'check' : ICONS[groupBy]}) ${groupByLabel(groupBy)}`,
    description: groupBy === current ? vscode.l10n.t('current') : undefined,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Group requirements by') });
  return picked?.groupBy;
}
