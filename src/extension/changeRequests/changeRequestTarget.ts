import * as vscode from 'vscode';
import { asRecord } from '../../core/values';
import type { IndexView } from '../../core/indexView';
import { DETAILS_SCHEME, detailsSource } from './detailsUri';

/**
 * The change request file (index key) a command acts on: the tree element it was run on (`changeRequest`), the
 * URI a CodeLens or editor menu passes, else the active editor (a .cr.yaml, or a change request's details).
 * A string is the message telling the user why there is none.
 */
export function changeRequestTarget(index: IndexView, arg: unknown): string | { readonly file: string } {
  const element = asRecord(asRecord(arg)?.changeRequest);
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const key = typeof element?.file === 'string' ? element.file : uri?.scheme === DETAILS_SCHEME ? detailsSource(uri) : uri?.toString();
  if (key === undefined || index.get(key)?.kind !== 'change-request') {
    return vscode.l10n.t('Open a change request file (*.cr.yaml), or run the command on a change request in the Change Requests view.');
  }
  return { file: key };
}
