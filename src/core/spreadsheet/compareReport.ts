import type { FieldValue } from '../edit/fieldEditPlan';
import { escapeMarkdown } from '../markdownText';
import { defineMessages, localized, phrase, type LocalizedMessage, type MessageArg } from '../messages';
import type { AddedRow, WorkbookComparison } from './compareWorkbook';

export const COMPARE_REPORT_MESSAGES = defineMessages({
  /** {0}: the workbook, {1}: its requirements sheet, {2}: rows read. */
  heading: 'Compared {0} (sheet "{1}", {2} rows) with the requirements.',
  noChanges: 'No changes: the workbook matches the requirements.',
  /** {0}: a requirement ID, {1}: its file, {2}: the sheet row. */
  requirement: '{0} ({1}, row {2}):',
  requirementConflict: '{0} ({1}, row {2}), conflict: it changed in the workspace since the export as well:',
  /** {3}: the fields the workspace changed. */
  requirementConflictFields: '{0} ({1}, row {2}), conflict: its {3} changed in the workspace since the export; the workbook changes:',
  /** {0}: a field, {1}: the value now, {2}: the workbook's value, {3}: the cell. */
  fieldChange: '{0}: {1} → {2} ({3})',
  empty: '(empty)',
  /** {0}: the sheet row, {1}: its values. */
  addedNoId: 'Row {0} is new, without an ID: {1}',
  /** {1}: the row's ID. */
  addedUnknown: 'Row {0} is new: {1} is no requirement of the workspace: {2}',
  addedDuplicate: 'Row {0} repeats {1} of a row above, so it is not compared: {2}',
  /** {0}: a requirement ID, {1}: its file at export. */
  removed: '{0} ({1}) was exported but its row is gone from the workbook.',
  /** {0}: the cell, {1}: the field, {2}: the requirement ID or the row, {3}: the text. */
  notUnderstood: 'Cell {0} ({1} of {2}) holds "{3}", which is no value of its field: left out.',
  /** {0}: a sheet row. */
  row: 'row {0}',
  /** {0}: requirement IDs. */
  changedInWorkspace: 'Changed in the workspace since the export, as exported in the workbook (nothing to do): {0}',
  /** {0}…{4}: counts. */
  summary: '{0} requirement(s) changed ({1} in conflict), {2} row(s) new, {3} removed, {4} value(s) not understood.',
});

const M = COMPARE_REPORT_MESSAGES;

/** One line of the report: a heading line, or a detail under the line before it. */
export interface ReportLine {
  readonly depth: 0 | 1;
  readonly message: LocalizedMessage;
}

/** Whether the workbook asks for anything: a changed field, a new row or a removed one. */
export function hasChanges(comparison: WorkbookComparison): boolean {
  return comparison.changed.length > 0 || comparison.added.length > 0 || comparison.removed.length > 0;
}

/**
 * The comparison in words, for the CLI's text output and the editor's report: per requirement its fields old → new
 * with their cells, conflicts said as such, then new rows, removed ones, what was not understood and a summary.
 * `display` shows an index key as the user knows the file.
 */
export function compareReport(comparison: WorkbookComparison, workbook: string, display: (file: string) => string): ReportLine[] {
  const lines: ReportLine[] = [top(localized(M.heading, workbook, comparison.sheet, comparison.rows))];
  if (!hasChanges(comparison) && comparison.notUnderstood.length === 0) {
    lines.push(top(localized(M.noChanges)));
  }
  for (const change of comparison.changed) {
    const template = !change.conflict ? M.requirement : change.changedSince === undefined ? M.requirementConflict : M.requirementConflictFields;
    lines.push(top(localized(template, change.id, display(change.file), change.row, (change.changedSince ?? []).join(', '))));
    for (const field of change.changes) {
      lines.push({ depth: 1, message: localized(M.fieldChange, field.field, shown(field.old), shown(field.new), field.cell) });
    }
  }
  for (const row of comparison.added) {
    lines.push(top(addedLine(row)));
  }
  for (const entry of comparison.removed) {
    lines.push(top(localized(M.removed, entry.id, entry.file)));
  }
  for (const cell of comparison.notUnderstood) {
    lines.push(top(localized(M.notUnderstood, cell.cell, cell.field, cell.id ?? phrase(M.row, /\d+$/.exec(cell.cell)?.[0] ?? ''), cell.text)));
  }
  if (comparison.changedInWorkspace.length > 0) {
    lines.push(top(localized(M.changedInWorkspace, comparison.changedInWorkspace.join(', '))));
  }
  const conflicts = comparison.changed.filter((change) => change.conflict).length;
  lines.push(top(localized(M.summary, comparison.changed.length, conflicts, comparison.added.length, comparison.removed.length, comparison.notUnderstood.length)));
  return lines;
}

/** The report as plain text, two spaces a level; `say` turns a message into the words shown. */
export function reportText(lines: readonly ReportLine[], say: (message: LocalizedMessage) => string = (m) => m.message): string {
  return lines.map((line) => `${'  '.repeat(line.depth)}${say(line.message)}\n`).join('');
}

/** The report as Markdown: a title, then a list, details nested under their requirement. */
export function reportMarkdown(title: string, lines: readonly ReportLine[], say: (message: LocalizedMessage) => string): string {
  const items = lines.map((line) => `${'  '.repeat(line.depth)}- ${escapeMarkdown(say(line.message))}`);
  return `# ${escapeMarkdown(title)}\n\n${items.join('\n')}\n`;
}

/** The comparison as `reqdesk compare --format json` prints it: an emptied cell's value is null. */
export function compareJson(comparison: WorkbookComparison, display: (file: string) => string): unknown {
  return {
    sheet: comparison.sheet,
    rows: comparison.rows,
    changed: comparison.changed.map((change) => ({
      ...change,
      file: display(change.file),
      changes: change.changes.map((field) => ({ field: field.field, old: field.old ?? null, new: field.new ?? null, cell: field.cell })),
    })),
    added: comparison.added.map((row) => ({ ...row, id: row.id ?? null })),
    removed: comparison.removed.map(({ id, file }) => ({ id, file })),
    changedInWorkspace: comparison.changedInWorkspace,
    notUnderstood: comparison.notUnderstood.map((cell) => ({ ...cell, id: cell.id ?? null })),
  };
}

function top(message: LocalizedMessage): ReportLine {
  return { depth: 0, message };
}

function addedLine(row: AddedRow): LocalizedMessage {
  const values = Object.entries(row.values).filter(([field]) => field !== 'id').map(([field, value]) => `${field}: ${oneLine(value)}`).join('; ');
  switch (row.reason) {
    case 'no-id':
      return localized(M.addedNoId, row.row, values);
    case 'unknown-id':
      return localized(M.addedUnknown, row.row, row.id ?? '', values);
    case 'duplicate-id':
      return localized(M.addedDuplicate, row.row, row.id ?? '', values);
  }
}

/** A value on one line: a list's items comma-separated, a text's line breaks as ⏎; nothing as "(empty)". */
function shown(value: FieldValue | undefined): MessageArg {
  return value === undefined ? phrase(M.empty) : oneLine(value);
}

function oneLine(value: FieldValue): string {
  return (typeof value === 'string' ? value : value.join(', ')).replace(/\r?\n/g, ' ⏎ ');
}
