import * as vscode from 'vscode';
import { validateRequirementValue } from '../../core/schemaValidator';
import { localizedMessage } from '../support/rangeConversion';
import type { IndexView } from '../../core/indexView';
import { ownerCandidates } from '../../core/roster';

/** The user's answer: an owner, or (where allowed) no owner for now. */
export type OwnerChoice = { readonly owner: string } | { readonly skip: true };

interface OwnerItem extends vscode.QuickPickItem {
  readonly choice?: OwnerChoice | 'other';
}

export interface OwnerPickOptions {
  readonly current?: string;
  readonly placeHolder: string;
  /** Offer "No owner for now" (for a new requirement). */
  readonly allowSkip?: boolean;
}

/**
 * The assign-owner flow: the people of the file's reqdesk.yaml who may own requirements (core/roster.ts: the
 * owner role), with name and roles; with no roster, the owners already used in the workspace instead. Then
 * "Other…" for anyone else. With a roster, values in use outside it (a misspelling, a customer) are not offered:
 * picking one would only spread it. Undefined when the user cancels.
 */
export async function pickOwner(index: IndexView, file: string, options: OwnerPickOptions): Promise<OwnerChoice | undefined> {
  const settings = index.settingsFor(file);
  const current = (id: string): string | undefined => (id === options.current ? vscode.l10n.t('current') : undefined);
  const joined = (...parts: (string | undefined)[]): string | undefined => parts.filter((p) => p).join(' · ') || undefined;
  const rosterIds = new Set(settings.roster.map((m) => m.id));
  const items: OwnerItem[] = [];
  if (rosterIds.size > 0) {
    items.push({ label: vscode.l10n.t('Roster'), kind: vscode.QuickPickItemKind.Separator });
    for (const member of ownerCandidates(settings)) {
      items.push({
        label: member.id,
        description: joined(member.name, current(member.id)),
        detail: member.roles.length > 0 ? member.roles.join(', ') : undefined,
        choice: { owner: member.id },
      });
    }
  }
  const used = rosterIds.size > 0 ? [] : ownersInUse(index);
  if (used.length > 0) {
    items.push({ label: vscode.l10n.t('Used in the workspace'), kind: vscode.QuickPickItemKind.Separator });
    for (const [owner, count] of used) {
      items.push({ label: owner, description: joined(vscode.l10n.t('{0} requirement(s)', count), current(owner)), choice: { owner } });
    }
  }
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
  items.push({ label: `$(edit) ${vscode.l10n.t('Other…')}`, alwaysShow: true, choice: 'other' });
  if (options.allowSkip) {
    items.push({ label: `$(circle-slash) ${vscode.l10n.t('No owner for now')}`, alwaysShow: true, choice: { skip: true } });
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder: options.placeHolder, matchOnDescription: true, matchOnDetail: true });
  if (picked?.choice !== 'other') {
    return picked?.choice;
  }
  const typed = await vscode.window.showInputBox({
    prompt: vscode.l10n.t('Owner (a person responsible for the requirement)'),
    value: options.current && !rosterIds.has(options.current) ? options.current : undefined,
    validateInput: (value) => {
      const owner = value.trim();
      if (owner === '') {
        return vscode.l10n.t('Enter an owner.');
      }
      const invalid = validateRequirementValue('owner', owner, settings);
      if (invalid) {
        return localizedMessage(invalid);
      }
      return rosterIds.size > 0 && !rosterIds.has(owner)
        ? { message: vscode.l10n.t("'{0}' is not in the roster of reqdesk.yaml: ReqDesk will flag it as an unknown owner.", owner), severity: vscode.InputBoxValidationSeverity.Warning }
        : undefined;
    },
  });
  return typed === undefined ? undefined : { owner: typed.trim() };
}

/** Owners of the workspace's requirements, most used first. */
function ownersInUse(index: IndexView): [string, number][] {
  const counts = new Map<string, number>();
  for (const requirement of index.requirements()) {
    const owner = requirement.data.owner?.trim();
    if (owner) {
      counts.set(owner, (counts.get(owner) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
