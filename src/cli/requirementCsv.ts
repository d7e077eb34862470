import { formatCsvLines } from '../core/csvText';
import type { RequirementData } from '../core/model';
import type { ListedRequirement } from './requirementTable';

const CSV_COLUMNS: readonly (readonly [string, keyof RequirementData | 'file'])[] = [
  ['ID', 'id'], ['Title', 'title'], ['Status', 'status'], ['Priority', 'priority'], ['Owner', 'owner'],
  ['Milestone', 'milestone'], ['Due', 'due'], ['Source', 'source'], ['Description', 'description'],
  ['Acceptance', 'acceptance'], ['Links', 'links'], ['Tags', 'tags'], ['Changes', 'changes'], ['File', 'file'],
];

/** The requirements as CSV for Excel (see formatCsvLines). Lists go into one cell: acceptance criteria one per line, IDs and tags comma-separated. */
export function formatCsv(rows: readonly ListedRequirement[]): string {
  return formatCsvLines([CSV_COLUMNS.map(([header]) => header), ...rows.map((row) => CSV_COLUMNS.map(([, field]) => cellText(row, field)))]);
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
