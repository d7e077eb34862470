import * as vscode from 'vscode';
import type { ProjectSettings } from '../../core/settings';
import { displayLabel } from '../support/displayLabel';

interface ValueItem extends vscode.QuickPickItem {
  readonly value: string;
}

/**
 * The items of a vocabulary (statuses, priorities) in its own order: each value by its label in the UI language,
 * the stored value beside it when they differ (what the file will say), the current one marked.
 */
export function vocabularyItems(values: readonly string[], settings: Pick<ProjectSettings, 'vocabularyLabels'>, current: string | undefined): ValueItem[] {
  return values.map((value) => {
    const label = displayLabel(value, settings);
    const notes = [label === value ? undefined : value, value === current ? vscode.l10n.t('current') : undefined].filter((note) => note !== undefined);
    return { label, description: notes.length > 0 ? notes.join(' · ') : undefined, value };
  });
}

/** A quick pick of a vocabulary; answers the stored value, never the label. */
export async function pickVocabulary(values: readonly string[], settings: Pick<ProjectSettings, 'vocabularyLabels'>, current: string | undefined, placeHolder: string): Promise<string | undefined> {
  return (await vscode.window.showQuickPick(vocabularyItems(values, settings, current), { placeHolder }))?.value;
}
