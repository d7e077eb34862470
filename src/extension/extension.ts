import * as vscode from 'vscode';
import { IndexChanges } from '../core/indexChanges';
import { ProblemTotals } from '../core/problemTotals';
import type { IndexView } from '../core/indexView';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { registerChangeRequests, type ChangeRequestsFeature } from './changeRequests/registerChangeRequests';
import { registerRequirementCommands } from './requirements/requirementCommands';
import { registerSpreadsheetCompare } from './spreadsheet/compareSpreadsheetCommand';
import { registerProject, type ProjectFeature } from './project/registerProject';
import { registerRecords, type RecordsFeature } from './records/registerRecords';
import { registerRisks } from './risks/registerRisks';
import { DiagnosticsPublisher } from './problems/diagnosticsPublisher';
import { DocumentSync } from './indexing/documentSync';
import { registerLanguageFeatures } from './languageFeatures/registerLanguageFeatures';
import { ProblemsStatusBar, type StatusBarState } from './problems/problemsStatusBar';
import { registerTable, type TableHost } from './table/registerTable';
import { registerQuickFixes } from './requirements/requirementQuickFixes';
import { registerRequirementsView, type RequirementsView } from './requirements/requirementsView';
import { registerSpreadsheetImport } from './spreadsheet/importCommand';
import { readUserSettings } from './indexing/userSettings';
import type { IndexingStats } from './indexing/indexingStats';
import { WorkspaceLoader } from './indexing/workspaceLoader';
import { statusReportCommand } from './project/statusReportCommand';
import { registerCommands } from './support/commandRegistry';
import { editorClock, TodayFollower } from './support/editorClock';
import { MentionScanner } from './trace/mentionScanner';
import { MentionSource } from './trace/mentionSource';

/** What activate() returns: the index to read and its change stream, for tests and other extensions. */
export interface ReqDeskApi {
  readonly index: IndexView;
  /** The batched changes every view follows. */
  readonly changes: Pick<IndexChanges, 'onDidChange'>;
  /** Resolves when the first full index of the workspace is built. */
  readonly ready: Promise<void>;
  /** The Requirements, Change Requests, Communications and Actions trees. */
  readonly trees: Pick<RequirementsView, 'requirements' | 'requirementsView'> & Pick<ChangeRequestsFeature, 'changeRequests'> & Pick<RecordsFeature, 'records' | 'actions'>;
  /** What the ReqDesk status bar item shows now. */
  readonly statusBar: StatusBarState;
  /** The requirements table (a webview panel), for tests: they post messages into its host as the webview would. */
  readonly table: TableHost;
  /** The Project Overview (a webview panel) and the Project view, for tests. */
  readonly project: ProjectFeature;
  /** How the index was built: worker or not, files parsed and reused, timings. */
  readonly stats: IndexingStats;
  /** Where IDs are mentioned in code, tests, records and change requests (coverage). */
  readonly mentions: MentionSource;
}

/** Writes the persisted index before the extension host stops. */
let persistIndex: (() => Promise<void>) | undefined;

export function activate(context: vscode.ExtensionContext): ReqDeskApi {
  const index = new WorkspaceIndex(editorClock().today());
  index.setUserSettings(readUserSettings());
  // Every view follows this one stream, and the loader's deferral holds it during a full load.
  const changes = new IndexChanges(index);
  const problems = new ProblemTotals(index);
  const loader = new WorkspaceLoader(index, {
    workerScript: vscode.Uri.joinPath(context.extensionUri, 'dist', 'indexWorker.js').fsPath,
    storageUri: context.storageUri,
  });
  persistIndex = () => loader.persist();
  const publisher = new DiagnosticsPublisher(index, changes);

  const loadAll = async (): Promise<void> => {
    try {
      await vscode.window.withProgress(
        { location: { viewId: 'reqdesk.requirements' }, title: vscode.l10n.t('ReqDesk: indexing requirements') },
        (progress) => loader.loadAll(progress),
      );
    } finally {
      // What the load announced, shown before the workspace counts as indexed (and `ready` resolves).
      changes.flush();
      await publisher.flush();
    }
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
  const mentions = new MentionSource(index, changes, new MentionScanner(vscode.Uri.joinPath(context.extensionUri, 'dist', 'mentionWorker.js').fsPath));
  // Which files are code or tests is reqdesk.yaml's: the scan starts once the index has read it.
  void ready.then(() => mentions.rescan());
  const requirementsView = registerRequirementsView(index, changes, context);
  const changeRequests = registerChangeRequests(index, changes, context.workspaceState, mentions);
  const records = registerRecords(index, changes, context.workspaceState);
  const statusBar = new ProblemsStatusBar(index, changes, problems);
  const table = registerTable(index, changes, context, mentions);
  const project = registerProject(index, changes, context);
  context.subscriptions.push(
    changes,
    problems,
    loader,
    requirementsView,
    publisher,
    new DocumentSync(loader, loadAll),
    new TodayFollower(index),
    changes.onDidChange((change) => {
      if (change.requirements) {
        updateWelcome();
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // reqdesk.user only names who records change-request history: no reason to re-read the workspace.
      if (['reqdesk.rules', 'reqdesk.files', 'reqdesk.maxFileSizeMB'].some((key) => e.affectsConfiguration(key))) {
        index.setUserSettings(readUserSettings());
        void loadAll();
      }
    }),
    registerCommands([{ id: 'reqdesk.revalidateWorkspace', execute: () => loadAll() }, statusReportCommand(index)]),
    registerLanguageFeatures(index, changes, mentions),
    registerRequirementCommands(index, problems),
    registerQuickFixes(index),
    registerSpreadsheetImport(index),
    changeRequests,
    registerSpreadsheetCompare(index, context.workspaceState),
    records,
    registerRisks(index),
    statusBar,
    table,
    project,
    mentions,
  );
  const trees = {
    requirements: requirementsView.requirements, requirementsView: requirementsView.requirementsView, changeRequests: changeRequests.changeRequests,
    records: records.records, actions: records.actions,
  };
  return { index, changes, ready, statusBar, trees, table, project, mentions, get stats() { return loader.stats; } };
}

export function deactivate(): Promise<void> | undefined {
  // Everything else is owned by context.subscriptions.
  return persistIndex?.();
}
