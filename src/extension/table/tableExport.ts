import * as vscode from 'vscode';
import { formatCsvLines } from '../../core/csvText';
import { escapeMarkdown } from '../../core/markdownText';
import type { ColumnId, ExportFormat, ExportMessage, ExportResultMessage, TableRow } from '../../shared/protocol';
import { columnLabels } from './tableStrings';

/** A cell as exported: lists comma-separated, problems one per line (CSV) or separated by semicolons (Markdown). */
function cellText(row: TableRow, column: ColumnId, problemSeparator: string): string {
  switch (column) {
    case 'links':
    case 'changes':
      return row[column].join(', ');
    case 'problems':
      return row.problems.join(problemSeparator);
    case 'overdue':
      return row.overdue > 0 ? String(row.overdue) : '';
    case 'id':
    case 'title':
    case 'status':
    case 'priority':
    case 'owner':
    case 'document':
    case 'customer':
    case 'milestone':
    case 'due':
      return row[column];
  }
}

/** The rows as the table shows them, with these columns: CSV for Excel (BOM, CRLF) or a Markdown table. */
export function formatTableExport(format: ExportFormat, columns: readonly ColumnId[], rows: readonly TableRow[], labels = columnLabels()): string {
  if (format === 'csv') {
    return formatCsvLines([columns.map((c) => labels[c]), ...rows.map((row) => columns.map((c) => cellText(row, c, '\n')))]);
  }
  // Every cell is made inert (escapeMarkdown): requirement text can form no link, HTML or table break (`\|`).
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(columns.map((c) => labels[c])), `|${columns.map(() => ' --- |').join('')}`, ...rows.map((row) => line(columns.map((c) => cellText(row, c, '; '))))]
    .map((l) => `${l}\n`)
    .join('');
}

/** Asks where to save (the dialog can be stubbed in tests), then writes the export there. */
export async function exportTable(message: ExportMessage, rows: readonly TableRow[]): Promise<ExportResultMessage> {
  const result = (outcome: ExportResultMessage['outcome'], text: string): ExportResultMessage => ({
    type: 'exportResult', requestId: message.requestId, outcome, rows: rows.length, message: text,
  });
  const csv = message.format === 'csv';
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: csv ? vscode.l10n.t('Export Requirements as CSV') : vscode.l10n.t('Export Requirements as Markdown'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, csv ? 'requirements.csv' : 'requirements.md') : undefined,
    filters: csv ? { [vscode.l10n.t('CSV (Excel)')]: ['csv'] } : { [vscode.l10n.t('Markdown')]: ['md'] },
  });
  if (!target) {
    return result('cancelled', '');
  }
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(formatTableExport(message.format, message.columns, rows)));
  } catch (error) {
    return result('failed', vscode.l10n.t('Could not write {0}: {1}', target.fsPath, error instanceof Error ? error.message : String(error)));
  }
  return result('written', vscode.l10n.t('Exported {0} requirements to {1}.', rows.length, vscode.workspace.asRelativePath(target)));
}
