import { formatCsvLines } from '../core/csvText';
import type { RequirementData } from '../core/model';
import type { ListedRequirement } from './requirementTable';

/** The columns of every requirements table the CLI writes whole (list --format csv, export --format csv|md|xlsx), English headers. */
export const LIST_COLUMNS: readonly (readonly [string, keyof RequirementData | 'file'])[] = [
  ['ID', 'id'], ['Title', 'title'], ['Status', 'status'], ['Priority', 'priority'], ['Owner', 'owner'],
  ['Milestone', 'milestone'], ['Due', 'due'], ['Source', 'source'], ['Description', 'description'],
  ['Acceptance', 'acceptance'], ['Links', 'links'], ['Tags', 'tags'], ['Changes', 'changes'], ['File', 'file'],
];

/** The requirements as CSV for Excel (see formatCsvLines). Lists go into one cell: acceptance criteria one per line, IDs and tags comma-separated. */
export function formatCsv(rows: readonly ListedRequirement[]): string {
  return formatCsvLines([LIST_COLUMNS.map(([header]) => header), ...rows.map((row) => LIST_COLUMNS.map(([, field]) => listCellText(row, field, '\n')))]);
}

/** A cell's text; acceptance criteria joined by `itemSeparator`, other lists by commas. */
export function listCellText(row: ListedRequirement, field: keyof RequirementData | 'file', itemSeparator: string): string {
  if (field === 'file') {
    return row.file;
  }
  const value = row.requirement.data[field];
  if (Array.isArray(value)) {
    return value.join(field === 'acceptance' ? itemSeparator : ', ');
  }
  return value ?? '';
}
