import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { registerCommands } from '../support/commandRegistry';
import { OVERVIEW_VIEW_TYPE, OverviewPanel } from './overviewPanel';
import { ProjectStateSource } from './projectStateSource';
import { ProjectTreeProvider } from './projectTreeProvider';

/** The project feature, exposed through the extension's API for tests. */
export interface ProjectFeature extends vscode.Disposable {
  /** The open overview, if any: there is at most one. */
  readonly overview: OverviewPanel | undefined;
  readonly project: ProjectTreeProvider;
}

/**
 * The client project at a glance: Open Project Overview (one panel: a second call reveals it) and the Project
 * view, both drawn from one project state.
 */
export function registerProject(index: IndexView, changes: IndexChanges, extensionUri: vscode.Uri): ProjectFeature {
  const source = new ProjectStateSource(index, changes);
  const project = new ProjectTreeProvider(source);
  let overview: OverviewPanel | undefined;
  const open = (): void => {
    if (overview) {
      overview.reveal();
      return;
    }
    const panel = new OverviewPanel(vscode.window.createWebviewPanel(OVERVIEW_VIEW_TYPE, vscode.l10n.t('Project Overview'), vscode.ViewColumn.Active), index, source, extensionUri);
    overview = panel;
    panel.onDidDispose(() => {
      if (overview === panel) {
        overview = undefined;
      }
    });
  };
  const disposables = vscode.Disposable.from(
    source,
    project,
    vscode.window.createTreeView('reqdesk.project', { treeDataProvider: project }),
    registerCommands([{ id: 'reqdesk.openOverview', execute: open }]),
  );
  return {
    get overview() {
      return overview;
    },
    project,
    dispose: () => {
      overview?.dispose();
      disposables.dispose();
    },
  };
}
