import type { Finding, Severity } from '../core/finding';
import { ProblemTotals } from '../core/problemTotals';
import { cliClock } from './cliClock';
import type { CliIo } from './cliIo';
import { plural, singleLine } from './cliText';
import type { CheckCommandLine } from './commandLine';
import { loadWorkspace, type LoadedWorkspace } from './workspaceLoader';

/** One problem as `check --format json` prints it; positions are 1-based. */
export interface CheckProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly ruleId: string;
  readonly message: string;
  /** Other places the problem concerns, e.g. the other definitions of a duplicate ID. */
  readonly related: readonly { readonly file: string; readonly line: number; readonly column: number; readonly message: string }[];
}

/** Validates every file found; exit 1 on errors (and on warnings with --strict), else 0. */
export async function runCheck(options: CheckCommandLine, io: CliIo): Promise<number> {
  const workspace = await loadWorkspace(options.paths, io.cwd, cliClock(options.asOf).today());
  const problems = collectProblems(workspace);
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(problems, null, 2)}\n`);
  } else {
    for (const p of problems) {
      io.stdout.write(`${p.file}:${p.line}:${p.column}: ${p.severity} ${p.ruleId} ${p.message}\n`);
      for (const r of p.related) {
        // Indented, so problem matchers that read `file:line:col: severity` lines do not count it twice.
        io.stdout.write(`    ${r.file}:${r.line}:${r.column}: ${r.message}\n`);
      }
    }
    io.stdout.write(`${summary(workspace)}\n`);
  }
  if (workspace.files.size === 0) {
    io.stderr.write(`reqdesk: no ReqDesk files found in ${options.paths.length > 0 ? options.paths.join(', ') : 'the current folder'}\n`);
  }
  const failing = problems.some((p) => p.severity === 'error' || (options.strict && p.severity === 'warning'));
  return failing ? 1 : 0;
}

/** Problems of every file, ordered by the path shown, then by position. */
export function collectProblems(workspace: LoadedWorkspace): CheckProblem[] {
  const files = [...workspace.files.keys()].map((key) => ({ key, shown: workspace.display(key) }));
  files.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  return files.flatMap(({ key, shown }) => workspace.index.findings(key).map((finding) => toProblem(shown, finding, workspace)));
}

function toProblem(file: string, finding: Finding, workspace: LoadedWorkspace): CheckProblem {
  return {
    file,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    endLine: finding.range.end.line + 1,
    endColumn: finding.range.end.character + 1,
    severity: finding.severity,
    ruleId: finding.ruleId,
    message: singleLine(finding.message),
    related: (finding.related ?? []).map((r) => ({
      file: workspace.display(r.file),
      line: r.range.start.line + 1,
      column: r.range.start.character + 1,
      message: singleLine(r.message),
    })),
  };
}

/** Counted as the editor's status bar and problems summary count them. */
function summary(workspace: LoadedWorkspace): string {
  const totals = new ProblemTotals(workspace.index);
  const { error, warning, info } = totals.totals;
  totals.dispose();
  // Only where there are records: workspaces without them read as before.
  const recordCount = workspace.index.records().length;
  const records = recordCount > 0 ? `, ${plural(recordCount, 'record')}` : '';
  return (
    `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info` +
    ` in ${plural(workspace.files.size, 'file')}` +
    ` (${plural(workspace.index.requirements().length, 'requirement')}, ${plural(workspace.index.changeRequests().length, 'change request')}${records})`
  );
}
