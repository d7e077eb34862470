import * as vscode from 'vscode';
import { formatCsvLines } from '../../core/csvText';
import type { IndexView } from '../../core/indexView';
import { escapeMarkdown } from '../../core/markdownText';
import { specificationHtml, specificationMarkdown, type SpecificationDocument } from '../../core/specification';
import type { ColumnId, ExportFormat, ExportMessage, ExportResultMessage, TableRow } from '../../shared/protocol';
import { specificationLabels } from './specificationLabels';
import type { ResolvedRow } from './tableRows';
import { columnLabels } from './tableStrings';

/**
 * A cell as exported, whole: lists comma-separated, problems and acceptance criteria one per line (CSV) or
 * separated by semicolons (Markdown, where a cell is one line); a description keeps its line breaks in CSV.
 */
function cellText(row: TableRow, column: ColumnId, itemSeparator: string): string {
  switch (column) {
    case 'links':
    case 'changes':
    case 'tags':
      return row[column].join(', ');
    case 'problems':
    case 'acceptance':
      return row[column].join(itemSeparator);
    case 'description':
      return row.description.trim();
    case 'overdue':
      return row.overdue > 0 ? String(row.overdue) : '';
    case 'records':
      return row.records > 0 ? String(row.records) : '';
    case 'id':
    case 'title':
    case 'status':
    case 'priority':
    case 'owner':
    case 'document':
    case 'customer':
    case 'milestone':
    case 'due':
    case 'source':
      return row[column];
  }
}

/** The rows as the table shows them, with these columns: CSV for Excel (BOM, CRLF) or a Markdown table. */
export function formatTableExport(format: 'csv' | 'markdown', columns: readonly ColumnId[], rows: readonly TableRow[], labels = columnLabels()): string {
  if (format === 'csv') {
    return formatCsvLines([columns.map((c) => labels[c]), ...rows.map((row) => columns.map((c) => cellText(row, c, '\n')))]);
  }
  // Every cell is made inert (escapeMarkdown): requirement text can form no link, HTML or table break (`\|`).
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(columns.map((c) => labels[c])), `|${columns.map(() => ' --- |').join('')}`, ...rows.map((row) => line(columns.map((c) => cellText(row, c, '; '))))]
    .map((l) => `${l}\n`)
    .join('');
}

/** What each format is called, saved as and filtered by in the save dialog. */
function exportKind(format: ExportFormat): { readonly title: string; readonly file: string; readonly filter: Record<string, string[]> } {
  switch (format) {
    case 'csv':
      return { title: vscode.l10n.t('Export Requirements as CSV'), file: 'requirements.csv', filter: { [vscode.l10n.t('CSV (Excel)')]: ['csv'] } };
    case 'markdown':
      return { title: vscode.l10n.t('Export Requirements as Markdown'), file: 'requirements.md', filter: { [vscode.l10n.t('Markdown')]: ['md'] } };
    case 'spec-markdown':
      return { title: vscode.l10n.t('Export the Specification as Markdown'), file: 'specification.md', filter: { [vscode.l10n.t('Markdown')]: ['md'] } };
    case 'spec-html':
      return { title: vscode.l10n.t('Export the Specification as HTML'), file: 'specification.html', filter: { [vscode.l10n.t('HTML')]: ['html', 'htm'] } };
  }
}

/** The export's text: the rows with the columns asked, or the specification of their requirements. */
function exportText(message: ExportMessage, rows: readonly ResolvedRow[], index: IndexView): string {
  switch (message.format) {
    case 'csv':
    case 'markdown':
      return formatTableExport(message.format, message.columns, rows.map((r) => r.row));
    case 'spec-markdown':
      return specificationMarkdown(specificationDocuments(rows, index), specificationLabels());
    case 'spec-html':
      return specificationHtml(specificationDocuments(rows, index), specificationLabels());
  }
}

/** The rows' requirements by document, documents and requirements in the order the table shows them. */
function specificationDocuments(rows: readonly ResolvedRow[], index: IndexView): SpecificationDocument[] {
  const documents = new Map<string, { header: SpecificationDocument['header']; path: string; requirements: SpecificationDocument['requirements'][number][] }>();
  for (const { row, file, index: position } of rows) {
    const parsed = index.get(file);
    const requirement = parsed?.requirements.find((r) => r.index === position);
    if (!parsed || !requirement) {
      continue;
    }
    let document = documents.get(file);
    if (!document) {
      document = { header: parsed.header, path: row.path, requirements: [] };
      documents.set(file, document);
    }
    document.requirements.push(requirement.data);
  }
  return [...documents.values()];
}

/** Asks where to save (the dialog can be stubbed in tests), then writes the export there. */
export async function exportTable(message: ExportMessage, rows: readonly ResolvedRow[], index: IndexView): Promise<ExportResultMessage> {
  const result = (outcome: ExportResultMessage['outcome'], text: string): ExportResultMessage => ({
    type: 'exportResult', requestId: message.requestId, outcome, rows: rows.length, message: text,
  });
  const kind = exportKind(message.format);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: kind.title,
    defaultUri: folder ? vscode.Uri.joinPath(folder, kind.file) : undefined,
    filters: kind.filter,
  });
  if (!target) {
    return result('cancelled', '');
  }
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(exportText(message, rows, index)));
  } catch (error) {
    return result('failed', vscode.l10n.t('Could not write {0}: {1}', target.fsPath, error instanceof Error ? error.message : String(error)));
  }
  return result('written', vscode.l10n.t('Exported {0} requirements to {1}.', rows.length, vscode.workspace.asRelativePath(target)));
}
