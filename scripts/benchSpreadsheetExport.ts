/**
 * The bench's "export xlsx" section: `reqdesk export --format xlsx` of a generated workspace, the production bundle
 * (dist/cli.js, which loads dist/workbook.js), a fresh process each run, so the time is what a user waits for:
 * start, load and check the workspace, plan and write the workbook. Alone: `node out/scripts/benchSpreadsheetExport.js [size]`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CORPUS_AS_OF, ensureWorkspace, type GeneratedWorkspace } from './benchWorkspace';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Target for 10,000 requirements (issue 13), whole process. */
export const XLSX_EXPORT_TARGET_MS = 3000;

export interface XlsxExportResult {
  readonly size: number;
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  readonly workbookBytes: number;
}

export function measureXlsxExport(ws: GeneratedWorkspace, runs: number): XlsxExportResult {
  const cli = path.join(REPO_ROOT, 'dist', 'cli.js');
  const out = path.join(ws.root, '..', `export-${ws.size}.xlsx`);
  const runsMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const result = spawnSync(process.execPath, [cli, 'export', '--format', 'xlsx', '--out', out], {
        cwd: ws.root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, REQDESK_TODAY: CORPUS_AS_OF },
      });
      runsMs.push(performance.now() - start);
      if (result.status !== 0) {
        throw new Error(`reqdesk export --format xlsx exited ${result.status}: ${result.stderr.toString()}`);
      }
    }
    const sorted = [...runsMs].sort((a, b) => a - b);
    return { size: ws.size, runsMs, medianMs: sorted[Math.floor(sorted.length / 2)], workbookBytes: fs.statSync(out).size };
  } finally {
    fs.rmSync(out, { force: true });
  }
}

export function xlsxExportSection(result: XlsxExportResult): string {
  const seconds = (ms: number): string => (ms / 1000).toFixed(2);
  return [
    `## export xlsx ${result.size / 1000}k`,
    '',
    `\`reqdesk export --format xlsx\` of ${result.size.toLocaleString('en-US')} requirements, whole process: median ${seconds(result.medianMs)} s`
      + ` (${result.runsMs.map(seconds).join(', ')}), workbook ${(result.workbookBytes / 1024 / 1024).toFixed(1)} MB;`
      + ` target under ${seconds(XLSX_EXPORT_TARGET_MS)} s: ${result.medianMs < XLSX_EXPORT_TARGET_MS ? 'met' : 'MISSED'}.`,
  ].join('\n');
}

if (require.main === module) {
  const size = Number(process.argv[2] ?? 10_000);
  const ws = ensureWorkspace(path.join(REPO_ROOT, 'bench-workspace'), size);
  console.log(xlsxExportSection(measureXlsxExport(ws, 3)));
}
