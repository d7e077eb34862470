import type { Requirement } from '../core/model';
import { singleLine } from './cliText';
import { displayWidth, padEnd } from './textWidth';

/** A requirement with the path to show for its file. */
export interface ListedRequirement {
  readonly requirement: Requirement;
  readonly file: string;
}

const TABLE_COLUMNS: readonly (readonly [string, (row: ListedRequirement) => string | undefined])[] = [
  ['ID', (r) => r.requirement.id],
  ['Title', (r) => r.requirement.data.title],
  ['Status', (r) => r.requirement.data.status],
  ['Priority', (r) => r.requirement.data.priority],
  ['Owner', (r) => r.requirement.data.owner],
  ['Milestone', (r) => r.requirement.data.milestone],
  ['File', (r) => r.file],
];

/** The requirements in aligned columns for a terminal. */
export function formatTable(rows: readonly ListedRequirement[]): string {
  return formatColumns([TABLE_COLUMNS.map(([name]) => name), ...rows.map((row) => TABLE_COLUMNS.map(([, get]) => get(row) ?? ''))]);
}

/** Lines of cells (the first the header) in aligned columns, each cell on one line, wide (CJK) characters two columns. */
export function formatColumns(lines: readonly (readonly string[])[]): string {
  const cells = lines.map((line) => line.map(singleLine));
  const widths = (cells[0] ?? []).map((_, c) => Math.max(...cells.map((line) => displayWidth(line[c]))));
  return cells
    .map((line) => line.map((cell, c) => (c === line.length - 1 ? cell : padEnd(cell, widths[c]))).join('  ').trimEnd())
    .map((line) => `${line}\n`)
    .join('');
}
