import * as vscode from 'vscode';

/** Whether something exists at the URI, through vscode.workspace.fs so remote and virtual workspaces work. */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
