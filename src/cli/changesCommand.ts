import { changeLog } from '../core/changeRequests/changeLog';
import { changeLogCsv, changeLogJson } from '../core/changeRequests/changeLogExport';
import { changeLogMarkdown } from '../core/changeRequests/changeLogMarkdown';
import { CHANGE_REQUEST_STATUSES } from '../core/changeRequests/workflow';
import type { CliIo } from './cliIo';
import type { ChangesCommandLine } from './commandLine';
import { loadWorkspace, type LoadedWorkspace } from './workspaceLoader';

/** Prints the change log of the change requests that pass every filter: Markdown, CSV or JSON. */
export async function runChanges(options: ChangesCommandLine, io: CliIo): Promise<number> {
  const workspace = await loadWorkspace(options.paths, io.cwd);
  warnAboutUnknownValues(workspace, options, io);
  const log = changeLog(workspace.index, { statuses: options.statuses, customer: options.customer, from: options.from, to: options.to });
  switch (options.format) {
    case 'md':
      io.stdout.write(changeLogMarkdown(log));
      break;
    case 'csv':
      io.stdout.write(changeLogCsv(log, workspace.display));
      break;
    case 'json':
      io.stdout.write(changeLogJson(log, workspace.display));
      break;
  }
  return 0;
}

/** A misspelt filter silently lists nothing: say so when a value matches nothing the workspace knows. */
function warnAboutUnknownValues(workspace: LoadedWorkspace, options: ChangesCommandLine, io: CliIo): void {
  for (const status of options.statuses.filter((s) => !(CHANGE_REQUEST_STATUSES as readonly string[]).includes(s))) {
    io.stderr.write(`reqdesk: note: '${status}' is not a change request status (${CHANGE_REQUEST_STATUSES.join(', ')})\n`);
  }
  const customer = options.customer?.toLowerCase();
  if (customer === undefined) {
    return;
  }
  const customers = new Set(workspace.index.requirements().flatMap((r) => (r.document.customer ? [r.document.customer] : [])));
  if (![...customers].some((c) => c.trim().toLowerCase() === customer)) {
    const known = customers.size > 0 ? ` (customers: ${[...customers].sort().join(', ')})` : '';
    io.stderr.write(`reqdesk: note: no requirements document has the customer '${options.customer}'${known}\n`);
  }
}
