import * as vscode from 'vscode';
import type { ColumnId } from '../../shared/protocol';

/** Column titles in the user's language: the table's headers and the exported files' header row. */
export function columnLabels(): Readonly<Record<ColumnId, string>> {
  return {
    id: vscode.l10n.t('ID'),
    title: vscode.l10n.t('Title'),
    status: vscode.l10n.t('Status'),
    priority: vscode.l10n.t('Priority'),
    owner: vscode.l10n.t('Owner'),
    document: vscode.l10n.t('Document'),
    customer: vscode.l10n.t('Customer'),
    milestone: vscode.l10n.t('Milestone'),
    due: vscode.l10n.t('Due'),
    overdue: vscode.l10n.t('Overdue'),
    records: vscode.l10n.t('Records'),
    links: vscode.l10n.t('Links'),
    suspect: vscode.l10n.t('Suspect'),
    changes: vscode.l10n.t('Change Requests'),
    problems: vscode.l10n.t('Problems'),
    description: vscode.l10n.t('Description'),
    acceptance: vscode.l10n.t('Acceptance criteria'),
    source: vscode.l10n.t('Source'),
    tags: vscode.l10n.t('Tags'),
    traced: vscode.l10n.t('Traced'),
  };
}

/**
 * Every string the webview shows, translated here because the webview has no vscode.l10n. Keys are what
 * src/webview/strings.ts asks for; `{0}` placeholders are filled in there.
 */
export function tableStrings(): Readonly<Record<string, string>> {
  const columns = Object.fromEntries(Object.entries(columnLabels()).map(([id, label]) => [`column.${id}`, label]));
  return {
    ...columns,
    tableLabel: vscode.l10n.t('Requirements'),
    search: vscode.l10n.t('Search all columns'),
    count: vscode.l10n.t('{0} of {1}'),
    filterStatus: vscode.l10n.t('Status…'),
    filterPriority: vscode.l10n.t('Priority…'),
    filterOwner: vscode.l10n.t('Owner…'),
    filterDocument: vscode.l10n.t('Document…'),
    hasProblems: vscode.l10n.t('Has problems'),
    overdueFilter: vscode.l10n.t('Overdue'),
    overdueDays: vscode.l10n.t('Overdue by {0} day(s)'),
    noTestFilter: vscode.l10n.t('No test'),
    tracedCounts: vscode.l10n.t('Mentioned in {0} code, {1} test, {2} record and {3} change request file(s)'),
    suspectFilter: vscode.l10n.t('Suspect links'),
    suspectTargets: vscode.l10n.t('Suspect links to {0}: they changed since the links were reviewed'),
    noOwner: vscode.l10n.t('No owner'),
    removeFilter: vscode.l10n.t('Remove filter: {0}'),
    clearFilters: vscode.l10n.t('Clear filters'),
    groupBy: vscode.l10n.t('Group by'),
    noGrouping: vscode.l10n.t('No grouping'),
    none: vscode.l10n.t('(none)'),
    columns: vscode.l10n.t('Columns'),
    moveUp: vscode.l10n.t('Move {0} up'),
    moveDown: vscode.l10n.t('Move {0} down'),
    exportCsv: vscode.l10n.t('Export CSV'),
    exportMarkdown: vscode.l10n.t('Export Markdown'),
    exportExcel: vscode.l10n.t('Export Excel'),
    exportSpecMarkdown: vscode.l10n.t('Specification (Markdown)'),
    exportSpecHtml: vscode.l10n.t('Specification (HTML)'),
    save: vscode.l10n.t('Save ({0})'),
    saveTitle: vscode.l10n.t('Save the requirement files changed from the table (Ctrl+S)'),
    unsaved: vscode.l10n.t('Unsaved changes in {0}'),
    empty: vscode.l10n.t('No requirements in this workspace yet.'),
    noMatch: vscode.l10n.t('No requirements match the search and filters.'),
    sortBy: vscode.l10n.t('Sort by {0}; Shift+click adds it as another sort column'),
    editing: vscode.l10n.t('Edit {0} of {1}'),
    readOnly: vscode.l10n.t('Read-only: {0}'),
    problemsCount: vscode.l10n.t('{0} errors, {1} warnings'),
    reveal: vscode.l10n.t('Double-click or Ctrl+Enter opens the requirement in its file'),
    dismiss: vscode.l10n.t('Dismiss'),
    progress: vscode.l10n.t('Progress by status'),
    progressItem: vscode.l10n.t('{0}: {1}'),
    progressDone: vscode.l10n.t('{0} of {1} done'),
    progressNamedDone: vscode.l10n.t('{0}: {1} of {2} done'),
    byMilestone: vscode.l10n.t('Progress by milestone'),
    noMilestone: vscode.l10n.t('No milestone'),
    moreMilestones: vscode.l10n.t('+{0} more (group by milestone to see all)'),
    groupRow: vscode.l10n.t('{0} ({1})'),
  };
}
