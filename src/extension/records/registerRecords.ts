import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { CurrentUser } from '../changeRequests/currentUser';
import { registerCommands } from '../support/commandRegistry';
import { ActionsTreeProvider } from './actionsTreeProvider';
import { fileChangeRequestFromRecordCommand } from './fileChangeRequestFromRecordCommand';
import { markActionDoneCommand } from './markActionDoneCommand';
import { newRecordCommand } from './newRecordCommand';
import { RecordCodeLens } from './recordCodeLens';
import { RecordsTreeProvider } from './recordsTreeProvider';
import { revealAction } from './revealAction';

/** The records feature, exposed through the extension's API for tests. */
export interface RecordsFeature extends vscode.Disposable {
  readonly records: RecordsTreeProvider;
  readonly actions: ActionsTreeProvider;
}

/**
 * Communication records in the editor: the Communications and Actions views, New Communication Record, Mark
 * Action Done, File Change Request from this Record (command and CodeLens). `state` (the workspace's) remembers
 * how the Communications view groups.
 */
export function registerRecords(index: IndexView, changes: IndexChanges, state: vscode.Memento): RecordsFeature {
  const records = new RecordsTreeProvider(index, changes, state);
  const actions = new ActionsTreeProvider(index, changes);
  const codeLens = new RecordCodeLens(index, changes);
  const disposable = vscode.Disposable.from(
    records,
    actions,
    vscode.window.createTreeView('reqdesk.records', { treeDataProvider: records, showCollapseAll: true }),
    vscode.window.createTreeView('reqdesk.actions', { treeDataProvider: actions, showCollapseAll: true }),
    codeLens,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, codeLens),
    registerCommands([
      newRecordCommand(index),
      markActionDoneCommand(index),
      fileChangeRequestFromRecordCommand(index, new CurrentUser(state)),
      { id: 'reqdesk.groupRecordsByKind', execute: () => records.setGroupBy('kind') },
      { id: 'reqdesk.groupRecordsByMonth', execute: () => records.setGroupBy('month') },
      { id: 'reqdesk.revealAction', execute: (file, position) => revealAction(index, file, position) },
    ]),
  );
  return { records, actions, dispose: () => disposable.dispose() };
}
