import { requirementWorkbook, workbookVocabulary, type RequirementWorkbookLabels, type WorkbookColumn } from '../core/spreadsheet/requirementWorkbook';
import { specificationHtml, specificationMarkdown, type SpecificationDocument } from '../core/specification';
import { cliClock } from './cliClock';
import { UsageError, type CliIo } from './cliIo';
import type { ExportCommandLine } from './commandLine';
import { listRequirements } from './listCommand';
import { formatCsv, LIST_COLUMNS } from './requirementCsv';
import { formatMarkdown } from './requirementMarkdown';
import { writeReport } from './reportOutput';
import { loadWorkspace, type LoadedWorkspace } from './workspaceLoader';

/** The workbook's texts in English, the CLI's language. */
export const WORKBOOK_LABELS: RequirementWorkbookLabels = {
  requirementsSheet: 'Requirements',
  changeRequestsSheet: 'Change Requests',
  progressSheet: 'Progress',
  changeRequest: { id: 'ID', title: 'Title', status: 'Status', affects: 'Affects', requestedBy: 'Requested by', requestedOn: 'Requested on', channel: 'Channel', file: 'File' },
  milestone: 'Milestone',
  total: 'Requirements',
  allMilestones: 'All milestones',
  none: '(none)',
  status: (value) => value,
};

/**
 * Writes the requirements of the paths given: as a specification (every field, per document), as the table
 * `reqdesk list` writes (CSV or Markdown), or as an Excel workbook (to --out only: bytes never go to a terminal).
 */
export async function runExport(options: ExportCommandLine, io: CliIo): Promise<number> {
  if (options.format === 'xlsx' && options.out === undefined) {
    throw new UsageError('--format xlsx needs --out <file.xlsx> for reqdesk export');
  }
  const workspace = await loadWorkspace(options.paths, io.cwd);
  switch (options.format) {
    case 'spec-md':
    case 'spec-html':
      await writeReport(io, options.out, options.format === 'spec-html' ? specificationHtml(specificationDocuments(workspace)) : specificationMarkdown(specificationDocuments(workspace)));
      break;
    case 'csv':
      await writeReport(io, options.out, formatCsv(listRequirements(workspace)));
      break;
    case 'md':
      await writeReport(io, options.out, formatMarkdown(listRequirements(workspace)));
      break;
    case 'xlsx':
      await writeWorkbookFile(io, options.out ?? '', workspace);
      break;
  }
  return 0;
}

function specificationDocuments(workspace: LoadedWorkspace): SpecificationDocument[] {
  return [...workspace.files.keys()]
    .flatMap((key) => {
      const parsed = workspace.index.get(key);
      return parsed && parsed.requirements.length > 0
        ? [{ header: parsed.header, path: workspace.display(key), requirements: parsed.requirements.map((r) => r.data) }]
        : [];
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The workbook of every requirement, with `reqdesk list`'s columns; dated by the CLI's clock, so that one day's export of the same files is the same bytes. */
async function writeWorkbookFile(io: CliIo, out: string, workspace: LoadedWorkspace): Promise<void> {
  const rows = listRequirements(workspace);
  const columns = LIST_COLUMNS.map(([header, field]): WorkbookColumn => (field === 'file' ? { header, field: null, key: 'file', kind: 'text' } : { header, field }));
  const plan = requirementWorkbook({
    requirements: rows.map((row) => ({ data: row.requirement.data, file: row.file, other: { file: row.file } })),
    columns,
    changeRequests: workspace.index.changeRequests().map((cr) => ({ data: cr.data, file: workspace.display(cr.file) })),
    vocabulary: workbookVocabulary([...workspace.files.keys()].map((key) => workspace.index.settingsFor(key))),
    labels: WORKBOOK_LABELS,
    created: `${cliClock(undefined).today()}T00:00:00Z`,
  });
  const { writeWorkbook } = await import('../workbook/workbookCodec.js');
  await writeReport(io, out, await writeWorkbook(plan));
}
