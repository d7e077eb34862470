import * as vscode from 'vscode';
import { setRequirementField } from '../../core/edit/requirementEdits';
import { validateRequirementValue } from '../../core/schemaValidator';
import type { WorkspaceIndex } from '../../core/workspaceIndex';
import type { EditMessage, EditResultMessage } from '../../shared/protocol';
import { readForEdit, toWorkspaceEdit } from '../coreEdits';

/**
 * Applies an inline edit from the table: the requirement is found by ID in the index now (never by anything the
 * webview says about files), the value is checked against the schema and the project's vocabulary, and the core's
 * format-preserving edit goes into the file's buffer through a WorkspaceEdit — undoable, comments kept, unsaved.
 * Unlike the tree's edits it opens no editor: the table would disappear behind it. The table marks the row's file
 * as unsaved and offers Save.
 */
export async function applyTableEdit(index: WorkspaceIndex, message: EditMessage): Promise<EditResultMessage> {
  const refuse = (reason: string): EditResultMessage => ({
    type: 'editResult', requestId: message.requestId, ok: false,
    message: vscode.l10n.t('Could not set the {0} of {1}: {2}', message.field, message.id, reason),
  });
  const matches = index.requirementsWithId(message.id);
  if (matches.length === 0) {
    return refuse(vscode.l10n.t('there is no requirement with this ID in the workspace.'));
  }
  if (matches.length > 1) {
    return refuse(vscode.l10n.t('the ID is used {0} times; make it unique first.', matches.length));
  }
  const [requirement] = matches;
  if (index.get(requirement.file)?.hasSyntaxErrors) {
    return refuse(vscode.l10n.t('the file has YAML errors, so ReqDesk does not edit it: fix them first.'));
  }
  const shown = requirement.data[message.field] ?? '';
  if (shown !== message.previous) {
    return refuse(vscode.l10n.t("it changed to '{0}' since the table showed '{1}'; nothing was written.", shown, message.previous));
  }
  // Only the owner may be removed; a title, status or priority is set, never blanked from a cell.
  const trimmed = message.value.trim();
  const value = trimmed === '' && message.field === 'owner' ? undefined : trimmed;
  const invalid = value === '' ? vscode.l10n.t('the {0} must not be empty.', message.field) : validateRequirementValue(message.field, value, index.settingsFor(requirement.file));
  if (invalid) {
    return refuse(invalid);
  }
  const snapshot = await readForEdit(vscode.Uri.parse(requirement.file));
  const result = setRequirementField(snapshot.text, message.id, message.field, value);
  if (!result.ok) {
    return refuse(result.reason);
  }
  const ok: EditResultMessage = { type: 'editResult', requestId: message.requestId, ok: true, message: '' };
  if (result.edits.length === 0) {
    return ok;
  }
  const { document } = snapshot;
  // The offsets index the text as read: on any other version they would land in the wrong place.
  if (document.isClosed || document.version !== snapshot.version || !(await vscode.workspace.applyEdit(toWorkspaceEdit(document, result.edits)))) {
    return refuse(vscode.l10n.t('the file changed while the edit was prepared, so nothing was changed. Try again.'));
  }
  return ok;
}
