import * as vscode from 'vscode';
import { NONE_KEY, type RequirementFilterChoices, type RequirementFilter } from '../../core/requirementTree';
import { requirementStatusIcon } from '../support/statusIcons';
import type { FacetLabel } from './requirementsTreeProvider';

interface FacetItem extends vscode.QuickPickItem {
  readonly facet?: 'owner' | 'status';
  readonly value?: string;
}

/**
 * One quick pick for the whole filter: what the user types filters by ID, title and description; the items
 * (owners and statuses in use, with counts) are ticked. Items are always shown, so typing never hides them.
 * Resolves to the new filter on Enter, undefined on Escape.
 */
export function askRequirementFilter(
  current: RequirementFilter,
  choices: RequirementFilterChoices,
  labelOf: (facet: 'owner' | 'status', value: string) => FacetLabel,
): Promise<RequirementFilter | undefined> {
  const pick = vscode.window.createQuickPick<FacetItem>();
  pick.title = vscode.l10n.t('Filter Requirements');
  pick.placeholder = vscode.l10n.t('Type to match ID, title or description; tick owners and statuses');
  pick.canSelectMany = true;
  pick.value = current.text;
  const item = (facet: 'owner' | 'status', value: string, count: number): FacetItem => {
    const { label, note } = labelOf(facet, value);
    const icon = facet === 'owner' ? 'person' : requirementStatusIcon(value === NONE_KEY ? undefined : value).id;
    // A name can hide the id it stands for (two people called Li Na): the note follows the count.
    return { facet, value, label: `$(${icon}) ${label}`, description: note === undefined ? String(count) : `${count} · ${note}`, alwaysShow: true };
  };
  const items: FacetItem[] = [
    { label: vscode.l10n.t('Owner'), kind: vscode.QuickPickItemKind.Separator },
    ...choices.owners.map((c) => item('owner', c.value, c.count)),
    { label: vscode.l10n.t('Status'), kind: vscode.QuickPickItemKind.Separator },
    ...choices.statuses.map((c) => item('status', c.value, c.count)),
  ];
  pick.items = items;
  pick.selectedItems = items.filter(
    (i) => (i.facet === 'owner' && current.owners.includes(i.value ?? '')) || (i.facet === 'status' && current.statuses.includes(i.value ?? '')),
  );
  return new Promise((resolve) => {
    let result: RequirementFilter | undefined;
    const subscriptions = [
      pick.onDidAccept(() => {
        const chosen = (facet: 'owner' | 'status'): string[] =>
          pick.selectedItems.filter((i) => i.facet === facet && i.value !== undefined).map((i) => i.value ?? '');
        result = { text: pick.value.trim(), owners: chosen('owner'), statuses: chosen('status') };
        pick.hide();
      }),
      pick.onDidHide(() => {
        subscriptions.forEach((s) => s.dispose());
        pick.dispose();
        resolve(result);
      }),
    ];
    pick.show();
  });
}
