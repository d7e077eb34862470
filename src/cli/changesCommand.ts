import { changeLog } from '../core/changeRequests/changeLog';
import { changeLogCsv, changeLogJson } from '../core/changeRequests/changeLogExport';
import { changeLogMarkdown } from '../core/changeRequests/changeLogMarkdown';
import { CHANGE_REQUEST_STATUSES } from '../core/changeRequests/workflow';
import { relativeLink } from '../core/relativeLink';
import type { CliIo } from './cliIo';
import type { ChangesCommandLine } from './commandLine';
import { reportKey, writeReport } from './reportOutput';
import { loadWorkspace, type LoadedWorkspace } from './workspaceLoader';

/**
 * Prints (or writes to --out) the change log of the change requests that pass every filter: Markdown, CSV or
 * JSON. Printed Markdown has no links: piped or pasted, there is no place its links could be relative to, and a
 * machine's absolute paths are no use to the reader. Written to a file, each ID links to its request file,
 * relative to the report.
 */
export async function runChanges(options: ChangesCommandLine, io: CliIo): Promise<number> {
  const workspace = await loadWorkspace(options.paths, io.cwd);
  warnAboutUnknownValues(workspace, options, io);
  const log = changeLog(workspace.index, { statuses: options.statuses, customer: options.customer, from: options.from, to: options.to });
  const report = reportKey(io, options.out);
  const text = (): string => {
    switch (options.format) {
      case 'md':
        return changeLogMarkdown(log, report === undefined ? {} : { link: (cr) => relativeLink(report, cr.file) });
      case 'csv':
        return changeLogCsv(log, workspace.display);
      case 'json':
        return changeLogJson(log, workspace.display);
    }
  };
  await writeReport(io, options.out, text());
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
