import * as vscode from 'vscode';

interface ValueItem extends vscode.QuickPickItem {
  readonly value: string;
}

/** A quick pick of a vocabulary (statuses, priorities) in its own order, the current value marked. */
export async function pickVocabulary(values: readonly string[], current: string | undefined, placeHolder: string): Promise<string | undefined> {
  const items: ValueItem[] = values.map((value) => ({
    label: value,
    description: value === current ? vscode.l10n.t('current') : undefined,
    value,
  }));
  return (await vscode.window.showQuickPick(items, { placeHolder }))?.value;
}
