import * as vscode from 'vscode';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { DocumentSync } from './documentSync';
import { WorkspaceLoader } from './workspaceLoader';

/** What activate() returns: the index, for tests and other extensions. */
export interface ReqDeskApi {
  readonly index: WorkspaceIndex;
  /** Resolves when the first full index of the workspace is built. */
  readonly ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): ReqDeskApi {
  const index = new WorkspaceIndex();
  const loader = new WorkspaceLoader(index);
  const publisher = new DiagnosticsPublisher(index);

  const loadAll = (): Promise<void> =>
    Promise.resolve(
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('ReqDesk: indexing requirements') },
        (progress) => loader.loadAll(progress),
      ),
    ).then(() => publisher.flush());

  const ready = loadAll();
  context.subscriptions.push(
    publisher,
    new DocumentSync(index, loader, loadAll),
    vscode.commands.registerCommand('reqdesk.revalidateWorkspace', () => loadAll()),
  );
  return { index, ready };
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
