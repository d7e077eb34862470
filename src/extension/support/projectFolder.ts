import * as vscode from 'vscode';
import { dirName } from '../../core/fileKind';
import type { IndexView } from '../../core/indexView';
import { SETTINGS_FILE_NAME } from '../../core/settings';

/**
 * The folder of the reqdesk.yaml that applies to a file (changes.folder and records.folder are relative to it),
 * else its workspace folder.
 */
export function projectFolder(index: IndexView, file: string): vscode.Uri | undefined {
  for (let folder = dirName(file); folder !== '' && folder !== dirName(folder); folder = dirName(folder)) {
    if (index.get(`${folder}/${SETTINGS_FILE_NAME}`)?.kind === 'settings') {
      return vscode.Uri.parse(folder);
    }
  }
  return vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(file))?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
}
