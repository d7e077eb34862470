import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { changeRequestFromRecord } from '../../core/records/changeRequestFromRecord';
import { addChangeToRecord } from '../../core/records/recordEdits';
import type { CurrentUser } from '../changeRequests/currentUser';
import { prepareNewChangeRequest } from '../changeRequests/fileChangeRequestCommand';
import type { Command } from '../support/commandRegistry';
import { readForEdit, toWorkspaceEdit } from '../support/coreEdits';
import { projectFolder } from '../support/projectFolder';
import { localizedMessage } from '../support/rangeConversion';
import { recordTarget } from './recordTarget';

/**
 * File Change Request from this Record (CodeLens at the top of a record, the Communications view, the palette on
 * the active record): the core builds the request from the record (channel from its kind, requested on its date,
 * `source_record` its path, the requirements it names); it is written as File Change Request writes one (the next
 * free ID, the changes folder) and the record's `changes:` gains its ID, both in one WorkspaceEdit. Opens the new
 * request; resolves to its URI, or undefined when refused or cancelled.
 */
export function fileChangeRequestFromRecordCommand(index: IndexView, user: CurrentUser): Command {
  return {
    id: 'reqdesk.fileChangeRequestFromRecord',
    execute: async (arg) => {
      const record = recordTarget(index, arg);
      if (record === undefined) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a communication record first: the change request is filed from it.'));
        return undefined;
      }
      const recordUri = vscode.Uri.parse(record.file);
      const base = projectFolder(index, record.file);
      if (base === undefined) {
        return undefined;
      }
      const settings = index.settingsFor(record.file);
      const by = await user.resolve(recordUri, settings);
      if (by === undefined) {
        return undefined;
      }
      const recordPath = recordUri.path.slice(base.path.replace(/\/$/, '').length + 1);
      const prepared = await prepareNewChangeRequest(index, base, settings, by, (id) => changeRequestFromRecord(record, { id, recordPath }, index, settings));
      if (prepared === undefined) {
        return undefined;
      }
      const { id, uri, text } = prepared;
      const relative = vscode.workspace.asRelativePath(uri);
      const snapshot = await readForEdit(recordUri);
      const link = addChangeToRecord(snapshot.text, id);
      if (!link.ok) {
        void vscode.window.showErrorMessage(vscode.l10n.t('ReqDesk did not write {0}: {1}', relative, localizedMessage(link.refusal)));
        return undefined;
      }
      // The request and the record's link back in one edit: one undo removes both, and neither exists without the other.
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(uri, { overwrite: false, contents: new TextEncoder().encode(text) });
      toWorkspaceEdit(snapshot.document, link.edits, edit);
      if (snapshot.document.version !== snapshot.version || !(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage(vscode.l10n.t('ReqDesk did not write {0}: {1}', relative, vscode.l10n.t('the file changed while the edit was prepared, so nothing was changed. Try again.')));
        return undefined;
      }
      await vscode.window.showTextDocument(uri, { preview: false });
      return uri;
    },
  };
}
