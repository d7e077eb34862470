import type { IndexView } from '../core/indexView';
import type { Requirement } from '../core/model';
import { overdueInIndex } from '../core/rules/overdueRule';
import { cliClock } from './cliClock';
import type { CliIo } from './cliIo';
import type { ListCommandLine } from './commandLine';
import { formatCsv } from './requirementCsv';
import { formatTable, type ListedRequirement } from './requirementTable';
import { loadWorkspace, type LoadedWorkspace } from './workspaceLoader';

/** Prints the requirements that pass every filter, in file order. */
export async function runList(options: ListCommandLine, io: CliIo): Promise<number> {
  const workspace = await loadWorkspace(options.paths, io.cwd, cliClock(options.asOf).today());
  warnAboutUnknownValues(workspace, options, io);
  const rows = listRequirements(workspace).filter((row) => matches(row.requirement, options, workspace.index));
  switch (options.format) {
    case 'json':
      io.stdout.write(`${JSON.stringify(rows.map((row) => ({ ...row.requirement.data, file: row.file })), null, 2)}\n`);
      break;
    case 'csv':
      io.stdout.write(formatCsv(rows));
      break;
    case 'table':
      if (rows.length === 0) {
        io.stderr.write('reqdesk: no requirements match\n');
      } else {
        io.stdout.write(formatTable(rows));
      }
      break;
  }
  return 0;
}

/** Every requirement, ordered by the path shown and then as written in its file. */
export function listRequirements(workspace: LoadedWorkspace): ListedRequirement[] {
  return workspace.index
    .requirements()
    .map((requirement) => ({ requirement, file: workspace.display(requirement.file) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.requirement.index - b.requirement.index));
}

/** Filters combine with "and"; the values of one filter with "or". An empty filter lets everything through. */
function matches(requirement: Requirement, options: ListCommandLine, index: IndexView): boolean {
  const passes = (allowed: readonly string[], value: string | undefined): boolean => allowed.length === 0 || (value !== undefined && allowed.includes(value));
  return (
    passes(options.statuses, requirement.data.status) &&
    passes(options.owners, requirement.data.owner) &&
    passes(options.priorities, requirement.data.priority) &&
    (!options.overdue || overdueInIndex(index, requirement) !== undefined)
  );
}

/** A misspelt filter silently lists nothing; say so when a value is in no vocabulary of the workspace. */
function warnAboutUnknownValues(workspace: LoadedWorkspace, options: ListCommandLine, io: CliIo): void {
  const statuses = new Set<string>();
  const priorities = new Set<string>();
  if (workspace.files.size === 0) {
    return;
  }
  for (const key of workspace.files.keys()) {
    const settings = workspace.index.settingsFor(key);
    settings.statuses.forEach((s) => statuses.add(s));
    settings.priorities.forEach((p) => priorities.add(p));
  }
  for (const [name, values, known] of [['status', options.statuses, statuses], ['priority', options.priorities, priorities]] as const) {
    for (const value of values.filter((v) => !known.has(v))) {
      io.stderr.write(`reqdesk: note: '${value}' is not a known ${name} (${[...known].join(', ')})\n`);
    }
  }
}
