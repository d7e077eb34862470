import * as vscode from 'vscode';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { registerRequirementCommands } from './commands/requirementCommands';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { DocumentSync } from './documentSync';
import { registerLanguageFeatures } from './languageFeatures/registerLanguageFeatures';
import { ProblemsStatusBar, type StatusBarState } from './problemsStatusBar';
import { registerQuickFixes } from './quickFixes/requirementQuickFixes';
import { registerTrees, type Trees } from './trees/registerTrees';
import { readUserSettings } from './userSettings';
import { WorkspaceLoader } from './workspaceLoader';

/** What activate() returns: the index, for tests and other extensions. */
export interface ReqDeskApi {
  readonly index: WorkspaceIndex;
  /** Resolves when the first full index of the workspace is built. */
  readonly ready: Promise<void>;
  /** The Requirements and Change Requests trees. */
  readonly trees: Trees;
  /** What the ReqDesk status bar item shows now. */
  readonly statusBar: StatusBarState;
}

export function activate(context: vscode.ExtensionContext): ReqDeskApi {
  const index = new WorkspaceIndex();
  index.setUserSettings(readUserSettings());
  const loader = new WorkspaceLoader(index);
  const publisher = new DiagnosticsPublisher(index);

  const loadAll = async (): Promise<void> => {
    await vscode.window.withProgress(
      { location: { viewId: 'reqdesk.requirements' }, title: vscode.l10n.t('ReqDesk: indexing requirements') },
      (progress) => loader.loadAll(progress),
    );
    publisher.flush();
    await vscode.commands.executeCommand('setContext', 'reqdesk.indexed', true);
  };

  let hasRequirements: boolean | undefined;
  const updateWelcome = (): void => {
    // The welcome view ("create a requirements file") shows only while there is nothing to list.
    if (index.hasRequirements() !== hasRequirements) {
      hasRequirements = index.hasRequirements();
      void vscode.commands.executeCommand('setContext', 'reqdesk.hasRequirements', hasRequirements);
    }
  };

  const ready = loadAll().then(updateWelcome);
  const trees = registerTrees(index, context);
  const statusBar = new ProblemsStatusBar(index);
  context.subscriptions.push(
    trees,
    publisher,
    new DocumentSync(index, loader, loadAll),
    index.onDidChange(updateWelcome),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('reqdesk')) {
        index.setUserSettings(readUserSettings());
        void loadAll();
      }
    }),
    vscode.commands.registerCommand('reqdesk.revalidateWorkspace', () => loadAll()),
    registerLanguageFeatures(index),
    registerRequirementCommands(index),
    registerQuickFixes(index),
    statusBar,
  );
  return { index, ready, statusBar, trees };
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
