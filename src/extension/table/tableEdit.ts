import * as vscode from 'vscode';
import { fieldEditTarget, planFieldEdit } from '../../core/edit/fieldEditPlan';
import type { Translatable } from '../../core/finding';
import type { IndexView } from '../../core/indexView';
import type { EditMessage, EditResultMessage } from '../../shared/protocol';
import { readForEdit, toWorkspaceEdit, workspaceEditScope } from '../support/coreEdits';
import { localizedMessage } from '../support/rangeConversion';

/**
 * Applies an inline edit from the table: the requirement is found by ID in the index now (never by anything the
 * webview says about files), the core's edit plan decides whether and how the file changes, and its
 * format-preserving edit goes into the file's buffer through a WorkspaceEdit — undoable, comments kept, unsaved.
 * Unlike the tree's edits it opens no editor: the table would disappear behind it. The table marks the row's file
 * as unsaved and offers Save.
 */
export async function applyTableEdit(index: IndexView, message: EditMessage): Promise<EditResultMessage> {
  const refuse = (reason: Translatable | string): EditResultMessage => ({
    type: 'editResult', requestId: message.requestId, ok: false,
    message: vscode.l10n.t('Could not set the {0} of {1}: {2}', message.field, message.id, typeof reason === 'string' ? reason : localizedMessage(reason)),
  });
  const scope = workspaceEditScope();
  const target = fieldEditTarget(index, message.id, scope);
  if (!target.ok) {
    return refuse(target.refusal);
  }
  // A cell's text is trimmed; an emptied owner cell removes the owner (the plan refuses any other emptied field).
  const trimmed = message.value.trim();
  const value = trimmed === '' && message.field === 'owner' ? undefined : trimmed;
  const snapshot = await readForEdit(vscode.Uri.parse(target.file));
  const plan = planFieldEdit(index, target.file, snapshot, { id: message.id, field: message.field, value, shown: message.previous }, scope);
  if (!plan.ok) {
    return refuse(plan.refusal);
  }
  const ok: EditResultMessage = { type: 'editResult', requestId: message.requestId, ok: true, message: '' };
  if (plan.edits.length === 0) {
    return ok;
  }
  const { document } = snapshot;
  // The offsets index the text as read: on any other version they would land in the wrong place.
  if (document.isClosed || document.version !== snapshot.version || !(await vscode.workspace.applyEdit(toWorkspaceEdit(document, plan.edits)))) {
    return refuse(vscode.l10n.t('the file changed while the edit was prepared, so nothing was changed. Try again.'));
  }
  return ok;
}
