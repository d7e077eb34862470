import * as vscode from 'vscode';
import { EMPTY_FILTER, isFilterActive, type RequirementFilter } from '../../core/requirementTree';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { askGroupBy } from './groupByPrompt';
import { ProblemDecorationProvider } from '../problems/problemDecorations';
import { askRequirementFilter } from './requirementFilterPrompt';
import { RequirementsTreeProvider } from './requirementsTreeProvider';
import type { RequirementTreeElement } from './requirementTreeElements';
import { revealRequirement } from './revealRequirement';
import { registerCommands } from '../support/commandRegistry';

/** The Requirements view, exposed through the extension's API for tests. */
export interface RequirementsView extends vscode.Disposable {
  readonly requirements: RequirementsTreeProvider;
  readonly requirementsView: vscode.TreeView<RequirementTreeElement>;
}

/** The Requirements view, its commands (group, filter, reveal) and the problem badges on files. */
export function registerRequirementsView(index: IndexView, changes: IndexChanges, context: vscode.ExtensionContext): RequirementsView {
  const requirements = new RequirementsTreeProvider(index, changes, context.workspaceState);
  const requirementsView = vscode.window.createTreeView('reqdesk.requirements', { treeDataProvider: requirements, showCollapseAll: true });

  let filtered: boolean | undefined;
  const showState = (): void => {
    const filter = requirements.filter;
    requirementsView.description = isFilterActive(filter) ? filterDescription(filter, (facet, value) => requirements.facetLabel(facet, value).label) : undefined;
    requirementsView.message = requirements.filterHidesEverything() ? vscode.l10n.t('No requirements match the filter.') : undefined;
    const withProblems = requirements.requirementsWithProblems();
    requirementsView.badge = withProblems > 0
      ? { value: withProblems, tooltip: withProblems === 1 ? vscode.l10n.t('1 requirement with problems') : vscode.l10n.t('{0} requirements with problems', withProblems) }
      : undefined;
    if (filtered !== isFilterActive(filter)) {
      filtered = isFilterActive(filter);
      void vscode.commands.executeCommand('setContext', 'reqdesk.filtered', filtered);
    }
  };
  showState();

  const disposables: vscode.Disposable[] = [
    requirements,
    requirementsView,
    requirements.onDidChangeState(showState),
    vscode.window.registerFileDecorationProvider(new ProblemDecorationProvider()),
    registerCommands([
      {
        id: 'reqdesk.groupBy',
        execute: async () => {
          const groupBy = await askGroupBy(requirements.groupBy);
          if (groupBy) {
            await requirements.setGroupBy(groupBy);
          }
        },
      },
      {
        id: 'reqdesk.filterRequirements',
        execute: async () => {
          const filter = await askRequirementFilter(requirements.filter, requirements.filterChoices(), (facet, value) => requirements.facetLabel(facet, value));
          if (filter) {
            requirements.setFilter(filter);
          }
        },
      },
      { id: 'reqdesk.clearFilter', execute: () => requirements.setFilter(EMPTY_FILTER) },
      { id: 'reqdesk.revealRequirement', execute: (target, id, position) => revealRequirement(index, target, id, position) },
    ]),
  ];
  return { requirements, requirementsView, dispose: () => vscode.Disposable.from(...disposables).dispose() };
}

/** `"login" · Alice Wang · (no owner) · 新建`: what the filter keeps, next to the view's title, as people read it. */
function filterDescription(filter: RequirementFilter, label: (facet: 'owner' | 'status', value: string) => string): string {
  const parts = [
    ...(filter.text ? [`"${filter.text}"`] : []),
    ...filter.owners.map((o) => label('owner', o)),
    ...filter.statuses.map((s) => label('status', s)),
  ];
  return vscode.l10n.t('Filtered: {0}', parts.join(' · '));
}
