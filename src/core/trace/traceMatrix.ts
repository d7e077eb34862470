import { formatCsvLines } from '../csvText';
import type { IndexView } from '../indexView';
import { markdownTable } from '../markdownText';
import { compareRequirementIds } from '../requirementTree';
import type { MentionKind, MentionLookup } from './mentions';
import { linkersByTarget } from './requirementLinks';

/** One requirement's row of the traceability matrix. */
export interface TraceRow {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  /** The requirements this one links to (its `links:`). */
  readonly linksUp: readonly string[];
  /** The requirements that link to this one. */
  readonly linksDown: readonly string[];
  /** Files mentioning the ID, per kind. */
  readonly mentions: Readonly<Record<MentionKind, number>>;
}

/** Statuses claiming the work is finished: a test should say so (`trace --strict`). */
const FINISHED_STATUSES: ReadonlySet<string> = new Set(['done', 'accepted']);

/** Every requirement with its links both ways and its mention counts, in ID order. */
export function traceMatrix(index: IndexView, mentions: MentionLookup): TraceRow[] {
  const requirements = index.requirements();
  const down = linkersByTarget(requirements);
  return requirements
    .map((requirement) => ({
      id: requirement.id,
      title: requirement.data.title ?? '',
      status: requirement.data.status ?? '',
      linksUp: [...new Set(requirement.data.links ?? [])].sort(compareRequirementIds),
      linksDown: [...(down.get(requirement.id) ?? [])].sort(compareRequirementIds),
      mentions: mentions.mentionsOf(requirement.id).files,
    }))
    .sort((a, b) => compareRequirementIds(a.id, b.id));
}

/** No test mentions the requirement. */
export function isUntested(row: TraceRow): boolean {
  return row.mentions.tests === 0;
}

/** Finished but no test mentions it: the coverage a CI run insists on. */
export function missesRequiredCoverage(row: TraceRow): boolean {
  return FINISHED_STATUSES.has(row.status) && isUntested(row);
}

const HEADER = ['ID', 'Title', 'Status', 'Links up', 'Links down', 'Code', 'Tests', 'Records', 'CRs'];

function cells(row: TraceRow): (string | number)[] {
  const { code, tests, records, changeRequests } = row.mentions;
  return [row.id, row.title, row.status, row.linksUp.join(', '), row.linksDown.join(', '), code, tests, records, changeRequests];
}

export function traceMatrixCsv(rows: readonly TraceRow[]): string {
  return formatCsvLines([HEADER, ...rows.map(cells)]);
}

export function traceMatrixMarkdown(rows: readonly TraceRow[]): string {
  return markdownTable([HEADER, ...rows.map((row) => cells(row).map(String))]);
}
