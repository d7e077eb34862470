import type { RequirementData } from '../core/model';
import type { ListedRequirement } from './requirementTable';

const CSV_COLUMNS: readonly (readonly [string, keyof RequirementData | 'file'])[] = [
  ['ID', 'id'], ['Title', 'title'], ['Status', 'status'], ['Priority', 'priority'], ['Owner', 'owner'],
  ['Milestone', 'milestone'], ['Due', 'due'], ['Source', 'source'], ['Description', 'description'],
  ['Acceptance', 'acceptance'], ['Links', 'links'], ['Tags', 'tags'], ['Changes', 'changes'], ['File', 'file'],
];

/**
 * RFC 4180 CSV with CRLF line ends, starting with a UTF-8 byte order mark so that Excel reads Chinese text
 * correctly. Lists go into one cell: acceptance criteria one per line, IDs and tags comma-separated.
 */
export function formatCsv(rows: readonly ListedRequirement[]): string {
  const lines = [CSV_COLUMNS.map(([header]) => header), ...rows.map((row) => CSV_COLUMNS.map(([, field]) => cellText(row, field)))];
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function cellText(row: ListedRequirement, field: keyof RequirementData | 'file'): string {
  if (field === 'file') {
    return row.file;
  }
  const value = row.requirement.data[field];
  if (Array.isArray(value)) {
    return value.join(field === 'acceptance' ? '\n' : ', ');
  }
  return value ?? '';
}

export function csvField(text: string): string {
  // A cell starting with = + - @ is run as a formula by spreadsheets: a leading ' keeps it plain text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
