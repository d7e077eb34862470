import { defineMessages, localized, phrase, type LocalizedMessage, type MessageArg } from '../messages';
import type { ImportSummary } from './importPlan';

export const IMPORT_SUMMARY_MESSAGES = defineMessages({
  imported: 'Sheet {0}: header in row {1}; {2} requirements imported, {3} blank rows passed over.',
  toField: 'Column {0} ({1}) → {2} (cells: {3})',
  toExtra: 'Column {0} ({1}) → extra "{2}" (cells: {3})',
  skipped: 'Column {0} ({1}) skipped (cells not imported: {2})',
  noHeader: 'no header',
  notUnderstood: '{0}: "{1}" is not understood as {2}; kept as written',
  generated: 'Row {0} has no ID: {1} given',
  duplicate: 'ID {0} is in rows {1}',
  unusualId: '{0}: ID "{1}" is not in the form PREFIX-001; kept as written',
  missing: 'No {0} in rows {1}',
});

/** Rows listed in one line at most; the rest are counted. */
const LISTED_ROWS = 20;

/** The import's report, one message a line: where each column went, then what the sheet left to look at. */
export function importSummaryLines(summary: ImportSummary): LocalizedMessage[] {
  const M = IMPORT_SUMMARY_MESSAGES;
  const lines = [localized(M.imported, summary.sheet, summary.headerRow, summary.rows, summary.blankRows)];
  for (const column of summary.columns) {
    const header: MessageArg = column.header === '' ? phrase(M.noHeader) : column.header;
    const { target } = column;
    lines.push(
      target.kind === 'field'
        ? localized(M.toField, column.column, header, target.field, column.values)
        : target.kind === 'extra'
          ? localized(M.toExtra, column.column, header, column.extraKey ?? header, column.values)
          : localized(M.skipped, column.column, header, column.values),
    );
  }
  lines.push(
    ...summary.notUnderstood.map((n) => localized(M.notUnderstood, n.cell, n.text, n.field)),
    ...summary.generatedIds.map((g) => localized(M.generated, g.row, g.id)),
    ...summary.duplicateIds.map((d) => localized(M.duplicate, d.id, rowList(d.rows))),
    ...summary.unusualIds.map((u) => localized(M.unusualId, u.cell, u.id)),
    ...summary.missing.map((m) => localized(M.missing, m.field, rowList(m.rows))),
  );
  return lines;
}

function rowList(rows: readonly number[]): string {
  const listed = rows.slice(0, LISTED_ROWS).join(', ');
  return rows.length > LISTED_ROWS ? `${listed} … (+${rows.length - LISTED_ROWS})` : listed;
}
