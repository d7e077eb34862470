import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeHtml } from '../../core/htmlText';

/** The folder of the table's built assets (media/table.js, media/table.css): the webview may load nothing else. */
export function tableAssetRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media');
}

export function tableWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [tableAssetRoot(extensionUri)] };
}

/**
 * The page: no content of its own (the script draws the table from messages), a strict Content-Security-Policy
 * (nothing by default; styles from the extension's media folder only; the one script by a nonce that is fresh for
 * every page), and no inline handler or style anywhere.
 */
export function tableHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  // A nonce a page cannot guess: 128 bits from the OS's CSPRNG (never Math.random).
  const nonce = randomBytes(16).toString('base64');
  const root = tableAssetRoot(extensionUri);
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'table.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'table.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const language = vscode.env.language.replace(/[^A-Za-z0-9-]/g, '');
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${escapeHtml(vscode.l10n.t('Requirements Table'))}</title>
</head>
<body>
<div id="app"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
