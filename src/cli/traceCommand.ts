import { isUntested, missesRequiredCoverage, traceMatrix, traceMatrixCsv, traceMatrixMarkdown } from '../core/trace/traceMatrix';
import type { CliIo } from './cliIo';
import type { TraceCommandLine } from './commandLine';
import { loadMentions } from './mentionLoader';
import { writeReport } from './reportOutput';
import { loadWorkspace } from './workspaceLoader';

/** The traceability matrix; with --strict, exit 1 when a done or accepted requirement has no test mentioning it. */
export async function runTrace(options: TraceCommandLine, io: CliIo): Promise<number> {
  const workspace = await loadWorkspace(options.paths, io.cwd);
  const all = traceMatrix(workspace.index, loadMentions(workspace));
  const rows = options.uncovered ? all.filter(isUntested) : all;
  const text = options.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : options.format === 'csv' ? traceMatrixCsv(rows) : traceMatrixMarkdown(rows);
  await writeReport(io, options.out, text);
  const missing = all.filter(missesRequiredCoverage);
  if (options.strict && missing.length > 0) {
    io.stderr.write(`reqdesk: no test mentions ${missing.map((row) => row.id).join(', ')} (done or accepted)\n`);
    return 1;
  }
  return 0;
}
