import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { registerCommands } from '../support/commandRegistry';
import { singletonPanel } from '../support/singletonPanel';
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
 * The client project at a glance: Open Project Overview (one panel: a second call reveals it; a reloaded window
 * brings it back) and the Project view, both drawn from one project state.
 */
export function registerProject(index: IndexView, changes: IndexChanges, context: vscode.ExtensionContext): ProjectFeature {
  const source = new ProjectStateSource(index, changes, context.workspaceState);
  const project = new ProjectTreeProvider(source);
  const overviews = singletonPanel(OVERVIEW_VIEW_TYPE, () => vscode.l10n.t('Project Overview'), (panel) => new OverviewPanel(panel, index, source, context.extensionUri));
  // The overview goes first: it listens to the source.
  const disposables = vscode.Disposable.from(
    overviews,
    source,
    project,
    vscode.window.createTreeView('reqdesk.project', { treeDataProvider: project }),
    registerCommands([{ id: 'reqdesk.openOverview', execute: () => overviews.show() }]),
  );
  return {
    get overview() {
      return overviews.current;
    },
    project,
    dispose: () => disposables.dispose(),
  };
}
