import * as vscode from 'vscode';
import type { Requirement } from '../../core/model';
import type { IndexView } from '../../core/indexView';
import { toVscodeRange } from '../support/rangeConversion';
import { valueRange } from '../../core/fieldSpans';

/**
 * reqdesk.revealRequirement is called with (file, id[, position]) from tree items, (file) alone, or a tree element;
 * from a keybinding or another extension, with anything: what is not one of those is ignored.
 * Opens the requirement's file and selects its ID. The range is read from the index now, not from the tree
 * item: the file may have changed since the tree was drawn. Where the ID moved to another place (or file),
 * it is found there. `viewColumn` is where the editor opens (by default the active group).
 */
export async function revealRequirement(
  index: IndexView, target: unknown, id?: unknown, position?: unknown, viewColumn?: vscode.ViewColumn,
): Promise<void> {
  const wanted = typeof target === 'string'
    ? { file: target, id: typeof id === 'string' ? id : '', position: typeof position === 'number' ? position : undefined }
    : isRequirementElement(target)
      ? { file: target.requirement.file, id: target.requirement.id, position: target.requirement.index }
      : undefined;
  if (!wanted) {
    return;
  }
  if (typeof target === 'string' && typeof id !== 'string') {
    // Only a file: open it.
    await vscode.window.showTextDocument(vscode.Uri.parse(target), { preview: true, viewColumn });
    return;
  }
  const requirement = findNow(index, wanted.file, wanted.id, wanted.position);
  if (!requirement) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Requirement {0} is no longer in the workspace.', wanted.id || vscode.l10n.t('(no ID)')));
    return;
  }
  const idSpan = valueRange(requirement, 'id') ?? requirement.headRange;
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(requirement.file), {
    selection: toVscodeRange(idSpan),
    preview: true,
    viewColumn,
  });
  editor.revealRange(toVscodeRange(requirement.range), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function findNow(index: IndexView, file: string, id: string, position: number | undefined): Requirement | undefined {
  const inFile = index.get(file)?.requirements ?? [];
  if (id === '') {
    // No ID to follow: only the position in the document identifies it.
    const atPosition = inFile.find((r) => r.index === position);
    return atPosition?.id === '' ? atPosition : undefined;
  }
  const sameId = inFile.filter((r) => r.id === id);
  return sameId.find((r) => r.index === position) ?? sameId[0] ?? index.requirementsWithId(id)[0];
}

function isRequirementElement(target: unknown): target is { readonly requirement: Requirement } {
  if (typeof target !== 'object' || target === null || !('requirement' in target)) {
    return false;
  }
  const { requirement } = target as { readonly requirement: unknown };
  return typeof requirement === 'object' && requirement !== null && typeof (requirement as Requirement).file === 'string' && typeof (requirement as Requirement).id === 'string';
}
