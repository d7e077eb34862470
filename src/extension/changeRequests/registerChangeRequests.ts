import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { registerCommands } from '../support/commandRegistry';
import { changeLogCommand } from './changeLogCommand';
import { ChangeRequestCodeLens } from './changeRequestCodeLens';
import { ChangeRequestDetailsProvider, showDetailsCommand } from './changeRequestDetails';
import { ChangeRequestQuickFixes } from './changeRequestQuickFixes';
import { ChangeRequestsTreeProvider } from './changeRequestsTreeProvider';
import { DETAILS_SCHEME } from './detailsUri';
import { CurrentUser } from './currentUser';
import { fileChangeRequestCommand } from './fileChangeRequestCommand';
import { transitionCommands } from './transitionCommands';
import type { LiveMentions } from '../trace/mentionSource';

/** The change-request feature, exposed through the extension's API for tests. */
export interface ChangeRequestsFeature extends vscode.Disposable {
  readonly changeRequests: ChangeRequestsTreeProvider;
}

/**
 * Change-request control in the editor: the Change Requests view, the workflow commands, filing, the change log,
 * details, CodeLens, quick fixes. `state` (the workspace's) remembers who the user is in the roster.
 */
export function registerChangeRequests(index: IndexView, changes: IndexChanges, state: vscode.Memento, mentions: LiveMentions): ChangeRequestsFeature {
  const user = new CurrentUser(state);
  const changeRequests = new ChangeRequestsTreeProvider(index, changes);
  const details = new ChangeRequestDetailsProvider(index, changes);
  const codeLens = new ChangeRequestCodeLens(index, changes);
  // Files matched by extra globs are YAML too; the providers answer only for files the index holds as change requests.
  const selector: vscode.DocumentSelector = [{ pattern: '**/*.cr.{yaml,yml}' }, { language: 'yaml' }];
  const disposable = vscode.Disposable.from(
    changeRequests,
    vscode.window.createTreeView('reqdesk.changeRequests', { treeDataProvider: changeRequests, showCollapseAll: true }),
    details,
    codeLens,
    vscode.workspace.registerTextDocumentContentProvider(DETAILS_SCHEME, details),
    vscode.languages.registerCodeLensProvider(selector, codeLens),
    vscode.languages.registerCodeActionsProvider(selector, new ChangeRequestQuickFixes(index), {
      providedCodeActionKinds: ChangeRequestQuickFixes.providedCodeActionKinds,
    }),
    registerCommands([...transitionCommands(index, user, mentions), fileChangeRequestCommand(index, user), changeLogCommand(index), showDetailsCommand(index)]),
  );
  return { changeRequests, dispose: () => disposable.dispose() };
}
