/**
 * The spreadsheet compare's bench: a returned workbook of 10,000 requirement rows with 100 cells changed, read from
 * its .xlsx bytes and compared with a workspace of the same requirements. `npm run bench` runs it after the index
 * benches; `node out/scripts/benchCompare.js` runs it alone.
 */
import { performance } from 'node:perf_hooks';
import { compareWorkbook } from '../src/core/spreadsheet/compareWorkbook';
import { WorkspaceIndex } from '../src/core/workspaceIndex';
import { readWorkbook } from '../src/workbook/workbookCodec';
import { exportedCells, REQUIREMENTS_SHEET, withCell, xlsxBytes } from '../test/fixtures/spreadsheet/exportedWorkbook';

const ROWS = 10_000;
const CHANGED = 100;
const PER_FILE = 100;
const TARGET_MS = 3_000;
const REPS = 3;

export interface CompareBench {
  readonly rows: number;
  readonly changedCells: number;
  readonly workbookMB: number;
  /** Median of the repetitions: reading the bytes, then comparing. */
  readonly readMs: number;
  readonly compareMs: number;
  readonly totalMs: number;
  readonly met: boolean;
}

export async function measureCompare(): Promise<CompareBench> {
  const index = new WorkspaceIndex('2026-12-07');
  index.update('/bench/reqdesk.yaml', 'roster:\n  - { id: alice, name: Alice Wang }\n  - { id: bob, name: Bob Li }\n', { kind: 'settings' });
  for (let file = 0; file < ROWS / PER_FILE; file++) {
    const items = Array.from({ length: PER_FILE }, (_, i) => requirementYaml(file * PER_FILE + i + 1));
    index.update(`/bench/req${file}.req.yaml`, `document:\n  prefix: REQ\nrequirements:\n${items.join('')}`);
  }
  let cells = exportedCells(index.requirements().map((r) => ({ data: r.data, file: r.file.slice('/bench/'.length) })));
  for (let i = 0; i < CHANGED; i++) {
    // Spread over the sheet, over the title, priority and status columns.
    const row = 1 + i * (ROWS / CHANGED);
    cells = withCell(cells, REQUIREMENTS_SHEET, row, [1, 2, 4][i % 3], [`Changed title ${i}`, 'critical', 'done'][i % 3]);
  }
  const bytes = await xlsxBytes(cells);
  const settings = index.settingsFor('/bench/req0.req.yaml');
  const runs: { read: number; compare: number; changed: number }[] = [];
  for (let rep = 0; rep < REPS; rep++) {
    const start = performance.now();
    const read = await readWorkbook(bytes);
    const afterRead = performance.now();
    const result = compareWorkbook(read, index, settings, 'bench.xlsx');
    const end = performance.now();
    if (!result.ok) {
      throw new Error(result.refusal.message);
    }
    runs.push({ read: afterRead - start, compare: end - afterRead, changed: result.comparison.changed.reduce((n, c) => n + c.changes.length, 0) });
  }
  if (runs.some((run) => run.changed !== CHANGED)) {
    throw new Error(`the compare found ${runs.map((run) => run.changed).join(', ')} changed cells, not ${CHANGED}`);
  }
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const totalMs = median(runs.map((run) => run.read + run.compare));
  return {
    rows: ROWS,
    changedCells: CHANGED,
    workbookMB: bytes.byteLength / 1024 / 1024,
    readMs: median(runs.map((run) => run.read)),
    compareMs: median(runs.map((run) => run.compare)),
    totalMs,
    met: totalMs < TARGET_MS,
  };
}

/** The bench's result as one line of the report. */
export function compareLine(bench: CompareBench): string {
  const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `Spreadsheet compare, ${fmt(bench.rows)} rows with ${bench.changedCells} changed cells (${fmt(bench.workbookMB, 1)} MB .xlsx): ` +
    `${fmt(bench.totalMs)} ms (read ${fmt(bench.readMs)} ms, compare ${fmt(bench.compareMs)} ms), target < ${fmt(TARGET_MS)} ms ${bench.met ? 'met' : 'MISSED'}.`;
}

function requirementYaml(n: number): string {
  const id = `REQ-${String(n).padStart(5, '0')}`;
  return [
    `  - id: ${id}`,
    `    title: Requirement number ${n} of the bench`,
    `    priority: ${['high', 'medium', 'low'][n % 3]}`,
    `    owner: ${n % 2 === 0 ? 'alice' : 'bob'}`,
    `    status: ${['new', 'in-progress'][n % 2]}`,
    `    due: 2027-0${1 + (n % 9)}-15`,
    `    links: [REQ-${String(Math.max(1, n - 1)).padStart(5, '0')}]`,
    '    acceptance:',
    `      - Criterion one of ${id}`,
    `      - Criterion two of ${id}`,
    '',
  ].join('\n');
}

if (require.main === module) {
  measureCompare().then((bench) => console.log(compareLine(bench)), (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
