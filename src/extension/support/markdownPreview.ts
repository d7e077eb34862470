import * as vscode from 'vscode';

/** Opens a Markdown document rendered in VS Code's preview; as text where the built-in Markdown extension is off. */
export async function showMarkdownPreview(uri: vscode.Uri): Promise<void> {
  if ((await vscode.commands.getCommands(true)).includes('markdown.showPreview')) {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } else {
    await vscode.window.showTextDocument(uri, { preview: false });
  }
}
