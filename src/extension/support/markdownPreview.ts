import * as vscode from 'vscode';

/**
 * Opens a Markdown document rendered in VS Code's preview; as text where the built-in Markdown extension is off.
 * The command is tried rather than looked up: getCommands lists it only once that extension has activated.
 */
export async function showMarkdownPreview(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: false });
  }
}
