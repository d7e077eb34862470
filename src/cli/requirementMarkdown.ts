import { markdownTable } from '../core/markdownText';
import { LIST_COLUMNS, listCellText } from './requirementCsv';
import type { ListedRequirement } from './requirementTable';

/** The requirements as a Markdown table with the CSV's columns; a cell is one line, so acceptance criteria are separated by semicolons. */
export function formatMarkdown(rows: readonly ListedRequirement[]): string {
  return markdownTable([LIST_COLUMNS.map(([header]) => header), ...rows.map((row) => LIST_COLUMNS.map(([, field]) => listCellText(row, field, '; ')))]);
}
