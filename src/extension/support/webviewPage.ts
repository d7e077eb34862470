import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeHtml } from '../../core/htmlText';

/** The folder of the webviews' built assets (media/): a page may load nothing else. */
function mediaRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media');
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [mediaRoot(extensionUri)] };
}

/** A page's assets in media/ and its title. */
export interface PageAssets {
  readonly script: string;
  readonly styles: readonly string[];
  readonly title: string;
}

/**
 * A ReqDesk webview page (the table, the overview): no content of its own (its script draws from messages), a
 * strict Content-Security-Policy (nothing by default; styles from the extension's media folder only; the one
 * script by a nonce that is fresh for every page), and no inline handler or style anywhere.
 */
export function webviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, assets: PageAssets): string {
  // A nonce a page cannot guess: 128 bits from the OS's CSPRNG (never Math.random).
  const nonce = randomBytes(16).toString('base64');
  const root = mediaRoot(extensionUri);
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, assets.script));
  const styles = assets.styles.map((name) => `<link rel="stylesheet" href="${webview.asWebviewUri(vscode.Uri.joinPath(root, name)).toString()}">`);
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
${styles.join('\n')}
<title>${escapeHtml(assets.title)}</title>
</head>
<body>
<div id="app"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
