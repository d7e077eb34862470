import * as vscode from 'vscode';
import type { TextEdit } from '../../core/edit/textEdit';
import { newTextOffset } from './coreEdits';

/** Shows an item just appended (a requirement, a risk) with its ID selected. */
export async function revealNewItem(document: vscode.TextDocument, edits: readonly TextEdit[], id: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const inserted = edits.find((e) => e.newText.includes(id));
  if (!inserted) {
    return;
  }
  const start = newTextOffset(edits, inserted);
  const idStart = start + inserted.newText.indexOf(id);
  const item = new vscode.Range(document.positionAt(start + inserted.newText.length - inserted.newText.trimStart().length), document.positionAt(start + inserted.newText.length));
  editor.selection = new vscode.Selection(document.positionAt(idStart), document.positionAt(idStart + id.length));
  editor.revealRange(item, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
