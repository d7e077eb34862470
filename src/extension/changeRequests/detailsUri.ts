import * as vscode from 'vscode';

/** The scheme of the read-only Markdown documents that show a change request's details. */
export const DETAILS_SCHEME = 'reqdesk-cr';

/** The details document of a change request file (index key): named after its ID, the file in the query. */
export function detailsUri(file: string, id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: DETAILS_SCHEME, path: `/${id || 'change-request'}.md`, query: file });
}

/** The change request file (index key) a details document shows. */
export function detailsSource(uri: vscode.Uri): string {
  return uri.query;
}
