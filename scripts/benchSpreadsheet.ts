/**
 * The bench's spreadsheet section: `reqdesk export --format xlsx` of a generated workspace, then `reqdesk import` of
 * that workbook, with the production bundle (dist/cli.js, which loads dist/workbook.js), a fresh process each run,
 * so the time is what a user waits for: start, read, plan and write. Alone: `node out/scripts/benchSpreadsheet.js [size]`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CORPUS_AS_OF, ensureWorkspace, type GeneratedWorkspace } from './benchWorkspace';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Target for 10,000 requirements (issue 13), each way, whole process. */
export const XLSX_TARGET_MS = 3000;

export interface XlsxRuns {
  readonly runsMs: readonly number[];
  readonly medianMs: number;
}

export interface XlsxResult {
  readonly size: number;
  readonly export: XlsxRuns;
  readonly import: XlsxRuns;
  readonly workbookBytes: number;
}

/** Exports the workspace `runs` times, then imports the workbook `runs` times into a new requirements file. */
export function measureXlsx(ws: GeneratedWorkspace, runs: number): XlsxResult {
  const workbook = path.join(ws.root, '..', `export-${ws.size}.xlsx`);
  const imported = path.join(ws.root, '..', `import-${ws.size}.req.yaml`);
  try {
    const exported = timed(runs, ['export', '--format', 'xlsx', '--out', workbook], ws.root);
    const workbookBytes = fs.statSync(workbook).size;
    const importedRuns = timed(runs, ['import', workbook, '--out', imported, '--force'], ws.root);
    return { size: ws.size, export: exported, import: importedRuns, workbookBytes };
  } finally {
    fs.rmSync(workbook, { force: true });
    fs.rmSync(imported, { force: true });
  }
}

function timed(runs: number, args: readonly string[], cwd: string): XlsxRuns {
  const cli = path.join(REPO_ROOT, 'dist', 'cli.js');
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, REQDESK_TODAY: CORPUS_AS_OF } });
    runsMs.push(performance.now() - start);
    if (result.status !== 0) {
      throw new Error(`reqdesk ${args[0]} exited ${result.status}: ${result.stderr.toString()}`);
    }
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { runsMs, medianMs: sorted[Math.floor(sorted.length / 2)] };
}

export function xlsxSection(result: XlsxResult): string {
  const seconds = (ms: number): string => (ms / 1000).toFixed(2);
  const line = (what: string, runs: XlsxRuns): string =>
    `${what}, whole process: median ${seconds(runs.medianMs)} s (${runs.runsMs.map(seconds).join(', ')});`
    + ` target under ${seconds(XLSX_TARGET_MS)} s: ${runs.medianMs < XLSX_TARGET_MS ? 'met' : 'MISSED'}.`;
  return [
    `## spreadsheets ${result.size / 1000}k`,
    '',
    `- ${line(`\`reqdesk export --format xlsx\` of ${result.size.toLocaleString('en-US')} requirements (${(result.workbookBytes / 1024 / 1024).toFixed(1)} MB)`, result.export)}`,
    `- ${line('`reqdesk import` of that workbook into a new requirements file', result.import)}`,
  ].join('\n');
}

if (require.main === module) {
  const size = Number(process.argv[2] ?? 10_000);
  const ws = ensureWorkspace(path.join(REPO_ROOT, 'bench-workspace'), size);
  console.log(xlsxSection(measureXlsx(ws, 3)));
}
