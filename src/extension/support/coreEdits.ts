import * as vscode from 'vscode';
import { FIELD_EDIT_MESSAGES, type EditScope } from '../../core/edit/fieldEditPlan';
import type { EditResult, TextEdit } from '../../core/edit/textEdit';
import type { Translatable } from '../../core/finding';
import { phrase } from '../../core/messages';
import { localizedMessage } from './rangeConversion';

/**
 * The bridge from the core's format-preserving edits to VS Code: offsets into a text become ranges of the
 * document that text was read from, and the change goes through workspace.applyEdit, so it is undoable and
 * leaves the file modified but unsaved, like VS Code's own refactorings.
 */

/** A core edit's result: the edits, or a refusal to show in the display language. */
export type EditOutcome = Extract<EditResult, { ok: true }> | { readonly ok: false; readonly refusal: Translatable };

/** A document's text as read for an edit, with the version it had: edits computed on it apply only to that version. */
export interface EditSnapshot {
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly text: string;
}

/** Reads the live buffer (an open editor's unsaved text, else the file), never the index's copy. */
export async function readForEdit(uri: vscode.Uri): Promise<EditSnapshot> {
  const document = await vscode.workspace.openTextDocument(uri);
  return { document, version: document.version, text: document.getText() };
}

/** Adds core text edits (offsets into `document`'s current text) to a WorkspaceEdit. */
export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[], workspaceEdit = new vscode.WorkspaceEdit()): vscode.WorkspaceEdit {
  for (const edit of edits) {
    workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.newText);
  }
  return workspaceEdit;
}

/** Where `edit`'s new text starts once all `edits` are applied (ordered as the core's applyTextEdits orders them). */
export function newTextOffset(edits: readonly TextEdit[], edit: TextEdit): number {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let shift = 0;
  for (const other of sorted) {
    if (other === edit) {
      break;
    }
    shift += other.newText.length - (other.end - other.start);
  }
  return edit.start + shift;
}

/**
 * Applies a core edit computed on `snapshot`. A refused edit, a document that changed since it was read, or an
 * edit VS Code rejects shows an error with the reason and writes nothing. Resolves to whether the text changed
 * as asked (true too when there was nothing to change).
 */
export async function applyToSnapshot(snapshot: EditSnapshot, result: EditOutcome, failure: string): Promise<boolean> {
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', failure, localizedMessage(result.refusal)));
    return false;
  }
  if (result.edits.length === 0) {
    return true;
  }
  const { document } = snapshot;
  // The offsets index the text as read: on any other version they would land in the wrong place.
  if (document.isClosed || document.version !== snapshot.version) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', failure, changedMeanwhile()));
    return false;
  }
  const visible = vscode.window.visibleTextEditors.some((e) => e.document === document);
  const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(document, result.edits));
  if (!applied) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', failure, changedMeanwhile()));
  } else if (!visible) {
    // An edit from the tree may land in a file no editor shows; unsaved and unseen, it would surprise the user
    // (git and the CLI read the disk). Showing it keeps the change visible and undoable.
    await vscode.window.showTextDocument(document, { preview: true, preserveFocus: true });
  }
  return applied;
}

/** How the core's edit plans name places here: "the workspace", files relative to their workspace folder. */
export function workspaceEditScope(): EditScope {
  return { where: phrase(FIELD_EDIT_MESSAGES.theWorkspace), display: (file) => vscode.workspace.asRelativePath(vscode.Uri.parse(file)) };
}

/** Reads the live buffer, computes the core edit on it and applies it; see applyToSnapshot. */
export async function applyCoreEdit(uri: vscode.Uri, compute: (text: string) => EditOutcome, failure: string): Promise<{ readonly applied: boolean; readonly edits: readonly TextEdit[]; readonly snapshot: EditSnapshot }> {
  const snapshot = await readForEdit(uri);
  const result = compute(snapshot.text);
  const applied = await applyToSnapshot(snapshot, result, failure);
  return { applied, edits: result.ok ? result.edits : [], snapshot };
}

function changedMeanwhile(): string {
  return vscode.l10n.t('the file changed while the edit was prepared, so nothing was changed. Try again.');
}
