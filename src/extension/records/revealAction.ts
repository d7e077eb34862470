import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { toVscodeRange } from '../support/rangeConversion';

/**
 * reqdesk.revealAction (file, action index), from the views' items: opens the record and selects the action.
 * The range is read from the index now, as the file may have changed since the tree was drawn; an action that is
 * gone opens the record at its front matter.
 */
export async function revealAction(index: IndexView, file: unknown, position: unknown): Promise<void> {
  if (typeof file !== 'string') {
    return;
  }
  const record = index.get(file)?.record;
  if (!record) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is no longer a communication record in the workspace.', vscode.workspace.asRelativePath(vscode.Uri.parse(file))));
    return;
  }
  const action = record.actions.find((a) => a.index === position);
  const range = toVscodeRange(action?.range ?? record.headRange);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(file), { selection: range, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
