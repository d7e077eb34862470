import * as vscode from 'vscode';
import { formatCsvLines } from '../../core/csvText';
import type { IndexView } from '../../core/indexView';
import { markdownTable } from '../../core/markdownText';
import { specificationHtml, specificationMarkdown, type SpecificationDocument } from '../../core/specification';
import type { ColumnId, ExportFormat, ExportMessage, ExportResultMessage, TableRow } from '../../shared/protocol';
import { column as columnSpec, COLUMNS } from '../../shared/tableColumns';
import type { MentionLookup } from '../../core/trace/mentions';
import { specificationLabels } from './specificationLabels';
import { tableWorkbook } from './tableWorkbook';
import { TableRows, type ResolvedRow } from './tableRows';
import { columnLabels } from './tableStrings';

/**
 * A cell as exported, whole: lists comma-separated, problems and acceptance criteria one per line (CSV) or
 * separated by semicolons (Markdown, where a cell is one line); a description keeps its line breaks in CSV.
 */
function cellText(row: TableRow, column: ColumnId, itemSeparator: string): string {
  switch (column) {
    case 'links':
    case 'suspect':
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
    case 'traced':
      return columnSpec('traced').text(row);
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
  return markdownTable([columns.map((c) => labels[c]), ...rows.map((row) => columns.map((c) => cellText(row, c, '; ')))]);
}

/** What each format is called, saved as and filtered by in the save dialog. */
function exportKind(format: ExportFormat): { readonly title: string; readonly file: string; readonly filter: Record<string, string[]> } {
  switch (format) {
    case 'csv':
      return { title: vscode.l10n.t('Export Requirements as CSV'), file: 'requirements.csv', filter: { [vscode.l10n.t('CSV (Excel)')]: ['csv'] } };
    case 'markdown':
      return { title: vscode.l10n.t('Export Requirements as Markdown'), file: 'requirements.md', filter: { [vscode.l10n.t('Markdown')]: ['md'] } };
    case 'xlsx':
      return { title: vscode.l10n.t('Export Requirements to Excel'), file: 'requirements.xlsx', filter: { [vscode.l10n.t('Excel Workbook')]: ['xlsx'] } };
    case 'spec-markdown':
      return { title: vscode.l10n.t('Export the Specification as Markdown'), file: 'specification.md', filter: { [vscode.l10n.t('Markdown')]: ['md'] } };
    case 'spec-html':
      return { title: vscode.l10n.t('Export the Specification as HTML'), file: 'specification.html', filter: { [vscode.l10n.t('HTML')]: ['html', 'htm'] } };
  }
}

/** The export's bytes: the rows with the columns asked (text, or a workbook), or the specification of their requirements. */
async function exportBytes(message: ExportMessage, rows: readonly ResolvedRow[], index: IndexView): Promise<Uint8Array> {
  const text = (exported: string): Uint8Array => new TextEncoder().encode(exported);
  switch (message.format) {
    case 'csv':
    case 'markdown':
      return text(formatTableExport(message.format, message.columns, rows.map((r) => r.row)));
    case 'xlsx': {
      const { writeWorkbook } = await import('../../workbook/workbookCodec.js');
      return writeWorkbook(tableWorkbook(message.columns, rows, index));
    }
    case 'spec-markdown':
      return text(specificationMarkdown(specificationDocuments(rows, index), specificationLabels()));
    case 'spec-html':
      return text(specificationHtml(specificationDocuments(rows, index), specificationLabels()));
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
    await writeAside(target, await exportBytes(message, rows, index));
  } catch (error) {
    return result('failed', vscode.l10n.t('Could not write {0}: {1}', target.fsPath, error instanceof Error ? error.message : String(error)));
  }
  return result('written', vscode.l10n.t('Exported {0} requirements to {1}.', rows.length, vscode.workspace.asRelativePath(target)));
}

/** The palette's Export Requirements to Excel: every requirement, every column of the table, in its order. */
export async function exportAllToExcel(index: IndexView, mentions: MentionLookup): Promise<void> {
  const table = new TableRows(index, mentions);
  const rows = table.all().rows.flatMap((row) => table.resolve(row.key) ?? []);
  const result = await exportTable({ type: 'export', requestId: 0, format: 'xlsx', columns: COLUMNS.map((c) => c.id), keys: [] }, rows, index);
  if (result.outcome === 'written') {
    void vscode.window.showInformationMessage(result.message);
  } else if (result.outcome === 'failed') {
    void vscode.window.showErrorMessage(result.message);
  }
}

/** Written beside the target and renamed over it: a failure midway leaves the old file (or none), never half a new one. */
async function writeAside(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const temporary = vscode.Uri.joinPath(target, '..', `.${name}.reqdesk-tmp`);
  try {
    await vscode.workspace.fs.writeFile(temporary, bytes);
    await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}
