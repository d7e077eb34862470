import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import type { RequirementField } from '../../core/model';
import { DEFAULT_SETTINGS } from '../../core/settings';
import type { CellValue } from '../../core/spreadsheet/workbookCells';
import type { WorkbookPlan } from '../../core/spreadsheet/workbookPlan';
import {
  requirementWorkbook, workbookVocabulary, type RequirementWorkbookLabels, type WorkbookColumn, type WorkbookRequirement,
} from '../../core/spreadsheet/requirementWorkbook';
import type { ColumnId } from '../../shared/protocol';
import { column } from '../../shared/tableColumns';
import { displayLabel } from '../support/displayLabel';
import type { ResolvedRow } from './tableRows';
import { columnLabels } from './tableStrings';

/** What each of the table's columns holds: a requirement field, or something shown only (typed so). */
const CONTENT: Readonly<Record<ColumnId, RequirementField | { readonly shown: 'text' | 'number' }>> = {
  id: 'id', title: 'title', status: 'status', priority: 'priority', owner: 'owner', milestone: 'milestone', due: 'due',
  links: 'links', changes: 'changes', description: 'description', acceptance: 'acceptance', source: 'source', tags: 'tags',
  document: { shown: 'text' }, customer: { shown: 'text' }, overdue: { shown: 'number' }, records: { shown: 'number' }, suspect: { shown: 'text' }, problems: { shown: 'text' },
  traced: { shown: 'text' },
};

/**
 * The workbook of the rows the table shows, with its columns in its order and headers in the UI language. Field
 * values come from the index (the rows carry display text); the workbook is dated today (the index's clock), so
 * that one day's export of the same rows is the same bytes.
 */
export function tableWorkbook(columnIds: readonly ColumnId[], rows: readonly ResolvedRow[], index: IndexView): WorkbookPlan {
  const headers = columnLabels();
  const columns = columnIds.map((id): WorkbookColumn => {
    const content = CONTENT[id];
    return typeof content === 'string' ? { header: headers[id], field: content } : { header: headers[id], field: null, key: id, kind: content.shown };
  });
  const files = new Set<string>();
  const requirements = rows.flatMap(({ row, file, index: position }): WorkbookRequirement[] => {
    const requirement = index.get(file)?.requirements.find((r) => r.index === position);
    if (!requirement) {
      return [];
    }
    files.add(file);
    const other: Record<string, CellValue> = {
      document: row.document || null,
      customer: row.customer || null,
      overdue: row.overdue > 0 ? row.overdue : null,
      records: row.records > 0 ? row.records : null,
      suspect: row.suspect.length > 0 ? row.suspect.join(', ') : null,
      problems: row.problems.length > 0 ? row.problems.join('\n') : null,
      traced: column('traced').text(row),
    };
    return [{ data: requirement.data, file: row.path, other }];
  });
  const settings = [...files].map((file) => index.settingsFor(file));
  const labelSettings = settings[0] ?? DEFAULT_SETTINGS;
  return requirementWorkbook({
    requirements,
    columns,
    changeRequests: index.changeRequests().map((cr) => ({ data: cr.data, file: vscode.workspace.asRelativePath(vscode.Uri.parse(cr.file)) })),
    vocabulary: workbookVocabulary(settings),
    labels: workbookLabels((status) => displayLabel(status, labelSettings)),
    created: `${index.today}T00:00:00Z`,
  });
}

function workbookLabels(status: (value: string) => string): RequirementWorkbookLabels {
  return {
    requirementsSheet: vscode.l10n.t('Requirements'),
    changeRequestsSheet: vscode.l10n.t('Change Requests'),
    progressSheet: vscode.l10n.t('Progress'),
    changeRequest: {
      id: vscode.l10n.t('ID'),
      title: vscode.l10n.t('Title'),
      status: vscode.l10n.t('Status'),
      affects: vscode.l10n.t('Affects'),
      requestedBy: vscode.l10n.t('Requested by'),
      requestedOn: vscode.l10n.t('Requested on'),
      channel: vscode.l10n.t('Channel'),
      file: vscode.l10n.t('File'),
    },
    milestone: vscode.l10n.t('Milestone'),
    total: vscode.l10n.t('Requirements'),
    allMilestones: vscode.l10n.t('All milestones'),
    none: vscode.l10n.t('(none)'),
    status,
  };
}
