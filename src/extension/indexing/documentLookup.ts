import * as vscode from 'vscode';
import { fileKindOf } from '../../core/fileKind';
import type { WorkspaceIndex } from '../../core/workspaceIndex';

/**
 * Tells the index which project documents of each reqdesk.yaml exist (the document-missing rule, the Project
 * Overview): the core cannot look, so the extension asks the workspace's file system, relative to the file's folder.
 */
export async function lookForDocuments(index: WorkspaceIndex): Promise<void> {
  for (const key of [...index.files()].filter((file) => fileKindOf(file) === 'settings')) {
    const documents = index.settingsFor(key).project?.documents ?? [];
    const folder = vscode.Uri.joinPath(vscode.Uri.parse(key), '..');
    const present = await Promise.all(documents.map(async (d) => ((await exists(vscode.Uri.joinPath(folder, d.path))) ? [d.path] : [])));
    index.setPresentDocuments(key, present.flat());
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
