import * as vscode from 'vscode';
import { webviewPage } from '../support/webviewPage';

/** The table's page: media/table.js drawing into it, styled by the shared and the table's own stylesheet. */
export function tableHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  return webviewPage(webview, extensionUri, { script: 'table.js', styles: ['common.css', 'table.css'], title: vscode.l10n.t('Requirements Table') });
}
