/**
 * `npm run bench [-- --sizes 1000,10000] [--reps N] [--runs N] [--no-breakdown]`
 *
 * Measures the core against the floor any implementation on the `yaml` package pays — parseDocument(text) of the
 * same texts in the same process — and writes bench-workspace/results.json. README.md "Performance" shows the figures.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { collectFieldSpans } from '../src/core/fieldSpans';
import { fileKindOf } from '../src/core/fileKind';
import { LineMap } from '../src/core/lineMap';
import type { FileKind } from '../src/core/model';
import { parseFile } from '../src/core/parsedFile';
import { plainValue } from '../src/core/plainValue';
import { RULES } from '../src/core/rules/ruleRegistry';
import type { RuleContext } from '../src/core/rules/rule';
import { headRange, validateAgainstSchema } from '../src/core/schemaValidator';
import { WorkspaceIndex } from '../src/core/workspaceIndex';
import { findPair } from '../src/core/yamlPath';
import { MAX_ALIAS_COUNT } from '../src/core/yamlSource';
import { compareLine, measureCompare } from './benchCompare';
import { measureMentions, mentionsLine } from './benchMentions';
import { measureXlsx, xlsxSection } from './benchSpreadsheet';
import { CORPUS_AS_OF, ensureWorkspace, type GeneratedWorkspace } from './benchWorkspace';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const BENCH_DIR = path.join(REPO_ROOT, 'bench-workspace');
const TARGET_RATIO = 1.2;
/** Cold `reqdesk check`, whole process, against the whole-process floor (benchFloorProcess.ts). */
const PROCESS_TARGET = 0.3;
/** The options src/core/yamlSource.ts parses with; keep in step so the breakdown times the same work. */
const INDEX_PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false } as const;
const MB = 1024 * 1024;

interface Options {
  readonly sizes: number[];
  /** Repetitions of the cold index for sizes up to 10,000; larger sizes run once. */
  readonly reps: number;
  /** Runs of the one-file re-validation. */
  readonly runs: number;
  readonly breakdown: boolean;
}

interface RevalidateResult {
  readonly file: string;
  readonly medianMs: number;
  readonly updateMs: number;
  readonly findingsMs: number;
  readonly touchedFiles: number;
  readonly parseOneMs: number;
  readonly ratio: number;
}

interface SizeResult {
  readonly size: number;
  readonly requirementFiles: number;
  readonly changeRequestFiles: number;
  readonly sourceMB: number;
  readonly reps: number;
  readonly readMs: number;
  readonly parseMs: number;
  readonly crossCheckMs: number;
  readonly indexMs: number;
  readonly floorMs: number;
  /** Cold index / floor from whole passes, by wall time and by process CPU time. */
  readonly ratio: number;
  readonly cpuRatio: number;
  /** Cold index / floor with index.update and parseDocument paired file by file, so both see the same load. */
  readonly pairedRatio: number;
  readonly pairedByKind: { readonly requirements: number; readonly changeRequests: number };
  readonly gcMs: { readonly index: number; readonly floor: number };
  readonly revalidate: RevalidateResult;
  readonly memory: { readonly heapRetainedMB: number; readonly heapUsedMB: number; readonly rssMB: number; readonly peakRssMB: number; readonly mbPer10k: number };
  readonly findings: { readonly total: number; readonly byRule: Record<string, number>; readonly expected: Record<string, number>; readonly matchesExpected: boolean };
  readonly breakdownMs?: Record<string, number>;
  readonly rulesMs?: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i !== -1 ? argv[i + 1] : undefined;
  };
  const sizes = (value('--sizes') ?? '1000,10000,100000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((s) => !Number.isInteger(s) || s < 100)) {
    throw new Error('--sizes takes whole numbers of at least 100, e.g. --sizes 1000,10000');
  }
  return { sizes, reps: Number(value('--reps') ?? 5), runs: Number(value('--runs') ?? 50), breakdown: !argv.includes('--no-breakdown') };
}

/** A real collector even without --expose-gc, so memory numbers are never skewed by garbage. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) {
    return exposed;
  }
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}
const gc = collector();

/** After a collection V8 still sweeps concurrently; heapUsed read at once can include garbage not yet swept. */
async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return process.memoryUsage();
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

const gcPauses: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcPauses.push({ start: entry.startTime, duration: entry.duration });
  }
}).observe({ entryTypes: ['gc'] });

interface Cost {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly gcMs: number;
}

/** Wall, CPU (less sensitive to other processes on a shared machine) and GC time of a synchronous phase. */
async function measure(action: () => void): Promise<Cost> {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  action();
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  // GC entries are delivered asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const gcMs = gcPauses.filter((p) => p.start >= start && p.start <= end).reduce((sum, p) => sum + p.duration, 0);
  return { wallMs: end - start, cpuMs: (used.user + used.system) / 1000, gcMs };
}

/** Keeps results observable so the JIT cannot drop the work being timed. */
let sink = 0;

async function readAll(root: string, files: readonly string[]): Promise<string[]> {
  const texts = new Array<string>(files.length);
  let next = 0;
  // Bounded, so 10,000 change requests never exhaust file handles.
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      texts[i] = await fsp.readFile(path.join(root, files[i]), 'utf8');
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return texts;
}

interface Loaded {
  readonly keys: string[];
  readonly texts: string[];
}

function keysOf(ws: GeneratedWorkspace): string[] {
  return ws.files.map((f) => `size-${ws.size}/${f}`);
}

// ---------------------------------------------------------------------------------------------------------
// Measurements

function floorPass(texts: readonly string[]): number {
  return time(() => {
    for (const text of texts) {
      sink ^= parseDocument(text).errors.length;
    }
  });
}

interface IndexPass {
  readonly index: WorkspaceIndex;
  readonly parseMs: number;
  readonly crossCheckMs: number;
  readonly byRule: Record<string, number>;
}

/** Cold index: the settings file first (as a loader does), then every file; then every file's findings. */
function indexPass(loaded: Loaded): IndexPass {
  const index = new WorkspaceIndex(CORPUS_AS_OF);
  const parseMs = time(() => {
    for (let i = 0; i < loaded.keys.length; i++) {
      index.update(loaded.keys[i], loaded.texts[i]);
    }
  });
  const byRule: Record<string, number> = {};
  const crossCheckMs = time(() => {
    for (const key of loaded.keys) {
      for (const finding of index.findings(key)) {
        byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
      }
    }
  });
  return { index, parseMs, crossCheckMs, byRule };
}

/**
 * index.update and parseDocument of the same file back to back (order alternating), per file, so both sides see
 * the same load on a shared machine. Cross-checking all files is added to the index side.
 */
function pairedPass(loaded: Loaded): { index: number[]; floor: number[]; crossCheck: number } {
  const index = new WorkspaceIndex(CORPUS_AS_OF);
  const indexMs: number[] = [];
  const floorMs: number[] = [];
  loaded.keys.forEach((key, i) => {
    const text = loaded.texts[i];
    const floor = (): number => time(() => {
      sink ^= parseDocument(text).errors.length;
    });
    const update = (): number => time(() => index.update(key, text));
    if (i % 2 === 0) {
      floorMs.push(floor());
      indexMs.push(update());
    } else {
      indexMs.push(update());
      floorMs.push(floor());
    }
  });
  const crossCheck = time(() => {
    for (const key of loaded.keys) {
      sink ^= index.findings(key).length;
    }
  });
  return { index: indexMs, floor: floorMs, crossCheck };
}

/** Edits one status in a middle requirements file, back and forth, and re-validates what the change touches. */
function revalidate(index: WorkspaceIndex, file: string, original: string, runs: number): RevalidateResult {
  const edited = original.replace(/\n {4}status: ([a-z-]+)/, (_m, s: string) => `\n    status: ${s === 'done' ? 'accepted' : 'done'}`);
  if (edited === original) {
    throw new Error(`No status to edit in ${file}`);
  }
  const total: number[] = [];
  const updates: number[] = [];
  const checks: number[] = [];
  const parses: number[] = [];
  let touched = 0;
  for (let r = -5; r < runs; r++) {
    const text = r % 2 === 0 ? edited : original;
    const start = performance.now();
    const change = index.update(file, text);
    const updated = performance.now();
    for (const f of change.files) {
      sink ^= index.findings(f).length;
    }
    const end = performance.now();
    const parse = time(() => {
      sink ^= parseDocument(text).errors.length;
    });
    if (r >= 0) {
      total.push(end - start);
      updates.push(updated - start);
      checks.push(end - updated);
      parses.push(parse);
      touched = change.files.size;
    }
  }
  // The ratio is the median of each run's own ratio: both halves of a run see the same load.
  const ratio = median(total.map((ms, i) => ms / parses[i]));
  return { file, medianMs: median(total), updateMs: median(updates), findingsMs: median(checks), touchedFiles: touched, parseOneMs: median(parses), ratio };
}

/**
 * Where the cold-index time goes: each step parseFile performs, timed separately on every file, plus each rule.
 * The steps re-do the work, so they explain parseFile's time; they are not added to it.
 */
function breakdown(loaded: Loaded, index: WorkspaceIndex): { steps: Record<string, number>; rules: Record<string, number> } {
  const steps: Record<string, number> = {
    'parseDocument (floor)': 0, 'parseDocument with index options': 0, 'LineMap': 0, 'plain value (plainValue, else toJS)': 0, 'ajv validate + error mapping': 0,
    'collectFieldSpans + headRange + range': 0, 'parseFile (all of the above + extraction)': 0,
  };
  const add = (step: string, action: () => void): void => {
    steps[step] += time(action);
  };
  loaded.keys.forEach((key, i) => {
    const text = loaded.texts[i];
    const kind = fileKindOf(key) as FileKind;
    add('parseDocument (floor)', () => {
      sink ^= parseDocument(text).errors.length;
    });
    let doc = parseDocument('');
    add('parseDocument with index options', () => {
      doc = parseDocument(text, INDEX_PARSE_OPTIONS);
    });
    let lineMap = new LineMap('');
    add('LineMap', () => {
      lineMap = new LineMap(text);
    });
    let value: unknown;
    add('plain value (plainValue, else toJS)', () => {
      value = (plainValue(doc) ?? { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) }).value;
    });
    add('ajv validate + error mapping', () => {
      sink ^= validateAgainstSchema(kind, value, doc.contents as Node | null, lineMap).findings.length;
    });
    add('collectFieldSpans + headRange + range', () => {
      const root = doc.contents as Node | null;
      if (kind === 'requirements' && root) {
        const seq = findPair(root, 'requirements')?.value;
        for (const item of isSeq(seq) ? seq.items : []) {
          const node = item as Node;
          if (isMap(node) && node.range) {
            sink ^= Object.keys(collectFieldSpans(node, 1)).length;
            sink ^= headRange(node, lineMap)?.start.line ?? 0;
            sink ^= lineMap.range(node.range[0], node.range[1]).end.line;
          }
        }
      } else if (kind === 'change-request' && root) {
        sink ^= Object.keys(collectFieldSpans(root, 2)).length;
      }
    });
    add('parseFile (all of the above + extraction)', () => {
      sink ^= parseFile(key, text, kind, { maxBytes: index.settingsFor(key).maxFileBytes }).findings.length;
    });
  });
  const rules: Record<string, number> = {};
  for (const key of loaded.keys) {
    const parsed = index.get(key);
    if (!parsed) {
      continue;
    }
    const context: RuleContext = {
      settings: index.settingsFor(key),
      today: index.today,
      requirementsWithId: (id) => index.requirementsWithId(id),
      changeRequestsWithId: (id) => index.changeRequestsWithId(id),
      isKnownIdPrefix: (prefix) => index.isKnownIdPrefix(prefix),
      risksWithId: (id) => index.risksWithId(id),
    };
    for (const rule of RULES) {
      rules[rule.id] = (rules[rule.id] ?? 0) + time(() => {
        sink ^= rule.check(parsed, context).length;
      });
    }
  }
  return { steps, rules };
}

/** Builds an index whose texts are referenced only by the index itself once this returns. */
async function buildForMemory(ws: GeneratedWorkspace, keys: string[], editIndex: number, withBreakdown: boolean): Promise<{
  index: WorkspaceIndex; editText: string; breakdownResult: ReturnType<typeof breakdown> | undefined;
}> {
  const loaded: Loaded = { keys, texts: await readAll(ws.root, ws.files) };
  const { index } = indexPass(loaded);
  return { index, editText: loaded.texts[editIndex], breakdownResult: withBreakdown ? breakdown(loaded, index) : undefined };
}

interface RepTimes {
  readonly read: number[];
  readonly floor: Cost[];
  readonly index: Cost[];
  readonly parse: number[];
  readonly check: number[];
  /** Paired ratio from each file's best time per side over all repetitions: load bursts only ever add time. */
  readonly pairedRatio: number;
  /** The same, for requirements documents and change requests alone (without the cross-check). */
  readonly pairedByKind: { readonly requirements: number; readonly changeRequests: number };
  readonly byRule: Record<string, number>;
}

/** The timed repetitions, in a function of their own so that nothing they built is still reachable afterwards. */
async function timeReps(ws: GeneratedWorkspace, keys: string[], reps: number): Promise<RepTimes> {
  const times: RepTimes = {
    read: [], floor: [], index: [], parse: [], check: [], pairedRatio: 0, pairedByKind: { requirements: 0, changeRequests: 0 }, byRule: {},
  };
  const bestIndex = new Array<number>(keys.length).fill(Infinity);
  const bestFloor = new Array<number>(keys.length).fill(Infinity);
  const crossChecks: number[] = [];
  let byRule: Record<string, number> = {};
  for (let rep = 0; rep < reps; rep++) {
    gc();
    const start = performance.now();
    const texts = await readAll(ws.root, ws.files);
    times.read.push(performance.now() - start);
    const loaded = { keys, texts };
    const runIndex = async (): Promise<void> => {
      let pass: IndexPass | undefined;
      times.index.push(await measure(() => {
        pass = indexPass(loaded);
      }));
      if (pass) {
        times.parse.push(pass.parseMs);
        times.check.push(pass.crossCheckMs);
        byRule = pass.byRule;
      }
    };
    const runFloor = async (): Promise<void> => {
      times.floor.push(await measure(() => floorPass(texts)));
    };
    // Alternate the order so neither side always runs on a fresher heap.
    if (rep % 2 === 0) {
      await runFloor();
      await runIndex();
    } else {
      await runIndex();
      await runFloor();
    }
    gc();
    const pair = pairedPass(loaded);
    pair.index.forEach((ms, i) => {
      bestIndex[i] = Math.min(bestIndex[i], ms);
      bestFloor[i] = Math.min(bestFloor[i], pair.floor[i]);
    });
    crossChecks.push(pair.crossCheck);
    process.stdout.write('.');
  }
  const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
  const kindRatio = (suffix: string): number => {
    const of = (values: number[]): number[] => values.filter((_v, i) => keys[i].endsWith(suffix));
    return sum(of(bestIndex)) / sum(of(bestFloor));
  };
  return {
    ...times,
    pairedRatio: (sum(bestIndex) + Math.min(...crossChecks)) / sum(bestFloor),
    pairedByKind: { requirements: kindRatio('.req.yaml'), changeRequests: kindRatio('.cr.yaml') },
    byRule,
  };
}

async function measureSize(ws: GeneratedWorkspace, options: Options): Promise<SizeResult> {
  const keys = keysOf(ws);
  const reps = ws.size <= 10_000 ? options.reps : 1;
  const { read, floor, index: indexCost, parse, check, pairedRatio, pairedByKind, byRule } = await timeReps(ws, keys, reps);

  // Memory: what the built index retains, over a settled heap.
  const before = (await settledMemory()).heapUsed;
  const editIndex = ws.files.findIndex((f) => f.endsWith('.req.yaml')) + Math.floor(ws.requirementFiles / 2);
  // The step breakdown re-parses everything; for the largest size it would add minutes and tell nothing new.
  const { index, editText, breakdownResult } = await buildForMemory(ws, keys, editIndex, options.breakdown && ws.size <= 10_000);
  const editFile = keys[editIndex];
  const after = await settledMemory();
  const heapRetainedMB = (after.heapUsed - before) / MB;

  const revalidated = revalidate(index, editFile, editText, options.runs);
  sink ^= index.has(editFile) ? 1 : 0;

  const expected = { ...ws.expected };
  const ruleIds = new Set([...Object.keys(expected), ...Object.keys(byRule)]);
  const matchesExpected = [...ruleIds].every((id) => (expected[id] ?? 0) === (byRule[id] ?? 0));
  const parseMs = median(parse);
  const crossCheckMs = median(check);
  const indexMs = median(indexCost.map((c) => c.wallMs));
  const floorMs = median(floor.map((c) => c.wallMs));
  process.stdout.write('\n');
  return {
    size: ws.size,
    requirementFiles: ws.requirementFiles,
    changeRequestFiles: ws.changeRequestFiles,
    sourceMB: ws.bytes / MB,
    reps,
    readMs: median(read),
    parseMs,
    crossCheckMs,
    indexMs,
    floorMs,
    ratio: indexMs / floorMs,
    cpuRatio: median(indexCost.map((c) => c.cpuMs)) / median(floor.map((c) => c.cpuMs)),
    pairedRatio,
    pairedByKind,
    gcMs: { index: median(indexCost.map((c) => c.gcMs)), floor: median(floor.map((c) => c.gcMs)) },
    revalidate: revalidated,
    memory: {
      heapRetainedMB,
      heapUsedMB: after.heapUsed / MB,
      rssMB: after.rss / MB,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      mbPer10k: heapRetainedMB / (ws.size / 10_000),
    },
    findings: { total: Object.values(byRule).reduce((a, b) => a + b, 0), byRule, expected, matchesExpected },
    breakdownMs: breakdownResult?.steps,
    rulesMs: breakdownResult?.rules,
  };
}

/** One untimed pass over the smallest workspace, so the JIT and ajv's compiled schemas are warm for every size. */
async function warmUp(ws: GeneratedWorkspace): Promise<number> {
  const keys = keysOf(ws).map((k) => `warm-up/${k}`);
  const texts = await readAll(ws.root, ws.files);
  // The very first update compiles the JSON Schemas: what a user waits for once, on first use.
  const firstUse = time(() => new WorkspaceIndex(CORPUS_AS_OF).update(keys[1], texts[1]));
  const pass = indexPass({ keys, texts });
  floorPass(texts);
  breakdown({ keys, texts }, pass.index);
  return firstUse;
}

// ---------------------------------------------------------------------------------------------------------
// Report

interface ProcessResult {
  readonly size: number;
  readonly checkMs: number[];
  readonly floorMs: number[];
  readonly ratio: number;
}

/** Wall time of one fresh process, and its exit status. */
function timeProcess(args: readonly string[], cwd: string): { ms: number; status: number | null } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  return { ms: performance.now() - start, status: result.status };
}

/**
 * Cold `reqdesk check` of the workspace (the production bundle, a fresh process each time) against the floor
 * process, alternating so that both see the same load; medians.
 */
function measureProcesses(ws: GeneratedWorkspace, runs: number): ProcessResult {
  const cli = path.join(REPO_ROOT, 'dist', 'cli.js');
  const floor = path.join(REPO_ROOT, 'out', 'scripts', 'benchFloorProcess.js');
  const checkMs: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const check = timeProcess([cli, 'check', '--format', 'json', '--as-of', CORPUS_AS_OF], ws.root);
    // The injected defects make check exit 1; anything else means it did not check.
    if (check.status !== 1) {
      throw new Error(`reqdesk check exited ${check.status} on ${ws.root}`);
    }
    checkMs.push(check.ms);
    floorMs.push(timeProcess([floor, ws.root], ws.root).ms);
  }
  return { size: ws.size, checkMs, floorMs, ratio: median(checkMs) / median(floorMs) };
}

function processTable(results: readonly ProcessResult[]): string {
  const range = (values: readonly number[]): string => `${fmt(median(values))} (${fmt(Math.min(...values))}–${fmt(Math.max(...values))})`;
  return [
    `| whole processes, cold, median (min–max) of ${results[0]?.checkMs.length ?? 0} | ${results.map((r) => `${fmt(r.size)} req.`).join(' | ')} |`,
    `|---|${results.map(() => '---:').join('|')}|`,
    `| \`reqdesk check --format json\` (ms) | ${results.map((r) => range(r.checkMs)).join(' | ')} |`,
    `| floor: read + parseDocument of every file, one thread (ms) | ${results.map((r) => range(r.floorMs)).join(' | ')} |`,
    `| **check / floor** (target ≤ ${PROCESS_TARGET}) | ${results.map((r) => `**${fmt(r.ratio, 2)}×**`).join(' | ')} |`,
  ].join('\n');
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(results: readonly SizeResult[]): string {
  const rows: [string, (r: SizeResult) => string][] = [
    ['requirement files + change requests', (r) => `${fmt(r.requirementFiles)} + ${fmt(r.changeRequestFiles)}`],
    ['source size (MB)', (r) => fmt(r.sourceMB, 1)],
    ['repetitions (median of)', (r) => String(r.reps)],
    ['read: fs.readFile of all files (ms)', (r) => fmt(r.readMs, 1)],
    ['parse: index.update of all files (ms)', (r) => fmt(r.parseMs, 1)],
    ['cross-check: index.findings of all files (ms)', (r) => fmt(r.crossCheckMs, 1)],
    ['**cold index total** = parse + cross-check (ms)', (r) => `**${fmt(r.indexMs, 1)}**`],
    ['floor: yaml parseDocument of all files (ms)', (r) => fmt(r.floorMs, 1)],
    ['cold index / floor, whole passes: wall / CPU', (r) => `${fmt(r.ratio, 2)}× / ${fmt(r.cpuRatio, 2)}×`],
    [`**cold index / floor, paired per file, best of reps** (target ≤ ${TARGET_RATIO})`, (r) => `**${fmt(r.pairedRatio, 2)}×**`],
    ['  index.update / parseDocument: requirement files / change requests', (r) => `${fmt(r.pairedByKind.requirements, 2)}× / ${fmt(r.pairedByKind.changeRequests, 2)}×`],
    ['with read: (read + index) / (read + floor)', (r) => `${fmt((r.readMs + r.indexMs) / (r.readMs + r.floorMs), 2)}×`],
    ['GC pauses during cold index / floor (ms)', (r) => `${fmt(r.gcMs.index)} / ${fmt(r.gcMs.floor)}`],
    ['re-validate one edited file, median (ms)', (r) => fmt(r.revalidate.medianMs, 2)],
    ['  of which index.update / findings (ms)', (r) => `${fmt(r.revalidate.updateMs, 2)} / ${fmt(r.revalidate.findingsMs, 2)}`],
    ['  files touched by the edit', (r) => String(r.revalidate.touchedFiles)],
    ['parseDocument of that file, median (ms)', (r) => fmt(r.revalidate.parseOneMs, 2)],
    [`**re-validate / parse** (target ≤ ${TARGET_RATIO})`, (r) => `**${fmt(r.revalidate.ratio, 2)}×**`],
    ['heap retained by the index (MB)', (r) => fmt(r.memory.heapRetainedMB, 1)],
    ['**MB per 10,000 requirements**', (r) => `**${fmt(r.memory.mbPer10k, 1)}**`],
    ['heapUsed / rss after build (MB)', (r) => `${fmt(r.memory.heapUsedMB)} / ${fmt(r.memory.rssMB)}`],
    ['peak rss of the process so far (MB)', (r) => fmt(r.memory.peakRssMB)],
    ['findings (all injected defects found?)', (r) => `${fmt(r.findings.total)} (${r.findings.matchesExpected ? 'yes' : 'NO'})`],
  ];
  const head = `| | ${results.map((r) => `${fmt(r.size)} req.`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---:').join('|')}|`;
  return [head, rule, ...rows.map(([label, cell]) => `| ${label} | ${results.map(cell).join(' | ')} |`)].join('\n');
}

function breakdownTable(results: readonly SizeResult[]): string {
  const withBreakdown = results.filter((r) => r.breakdownMs && r.rulesMs);
  if (withBreakdown.length === 0) {
    return '';
  }
  const steps = Object.keys(withBreakdown[0].breakdownMs ?? {});
  const rules = Object.keys(withBreakdown[0].rulesMs ?? {});
  const head = `| where the time goes (ms, one pass) | ${withBreakdown.map((r) => `${fmt(r.size)} req.`).join(' | ')} |`;
  const rule = `|---|${withBreakdown.map(() => '---:').join('|')}|`;
  const floorOf = (r: SizeResult): number => r.breakdownMs?.['parseDocument (floor)'] ?? 1;
  const cell = (r: SizeResult, ms: number): string => `${fmt(ms, 1)} (${fmt(ms / floorOf(r), 2)}×)`;
  return [
    head,
    rule,
    ...steps.map((s) => `| ${s} | ${withBreakdown.map((r) => cell(r, r.breakdownMs?.[s] ?? 0)).join(' | ')} |`),
    ...rules.map((id) => `| rule ${id} | ${withBreakdown.map((r) => cell(r, r.rulesMs?.[id] ?? 0)).join(' | ')} |`),
  ].join('\n');
}

function findingsTable(results: readonly SizeResult[]): string {
  const ids = [...new Set(results.flatMap((r) => [...Object.keys(r.findings.byRule), ...Object.keys(r.findings.expected)]))].sort();
  const head = `| findings by rule: found / injected | ${results.map((r) => `${fmt(r.size)} req.`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---:').join('|')}|`;
  return [head, rule, ...ids.map((id) => `| ${id} | ${results.map((r) => `${r.findings.byRule[id] ?? 0} / ${r.findings.expected[id] ?? 0}`).join(' | ')} |`)].join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const started = performance.now();
  const smallest = Math.min(...options.sizes, 1000);
  const workspaces = [...new Set([smallest, ...options.sizes])].map((size) => {
    const t = performance.now();
    const ws = ensureWorkspace(BENCH_DIR, size);
    console.log(`${ws.generated ? 'Generated' : 'Reusing'} ${path.relative(REPO_ROOT, ws.root)}: ${fmt(ws.requirementFiles)} requirements files, ${fmt(ws.changeRequestFiles)} change requests, ${fmt(ws.bytes / MB, 1)} MB${ws.generated ? ` in ${fmt((performance.now() - t) / 1000, 1)} s` : ''}`);
    return ws;
  });
  const firstUseMs = await warmUp(workspaces[0]);
  const results: SizeResult[] = [];
  for (const size of options.sizes) {
    const ws = workspaces.find((w) => w.size === size) as GeneratedWorkspace;
    process.stdout.write(`Measuring ${fmt(size)} requirements `);
    results.push(await measureSize(ws, options));
  }
  const targets = results.map((r) => {
    const cold = r.pairedRatio <= TARGET_RATIO ? 'met' : 'MISSED';
    const one = r.revalidate.ratio <= TARGET_RATIO ? 'met' : 'MISSED';
    return `${fmt(r.size)}: cold ${fmt(r.pairedRatio, 2)}× ${cold}, one-file ${fmt(r.revalidate.ratio, 2)}× ${one}`;
  });
  process.stdout.write('Measuring whole processes ');
  const processes = options.sizes.map((size) => {
    process.stdout.write('.');
    return measureProcesses(workspaces.find((w) => w.size === size) as GeneratedWorkspace, size >= 100_000 ? 3 : 7);
  });
  process.stdout.write('\nMeasuring the spreadsheet compare ');
  const compare = await measureCompare();
  process.stdout.write('\nMeasuring the mention scan ');
  const mentions = await measureMentions();
  const exportWorkspace = workspaces.find((w) => w.size === 10_000);
  const spreadsheets = exportWorkspace ? measureXlsx(exportWorkspace, 3) : undefined;
  const perTen = results.map((r) => r.memory.mbPer10k);
  const linear = perTen.length < 2 || Math.max(...perTen) / Math.min(...perTen) <= 1.25;

  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`\n## ReqDesk bench (node ${process.version}, ${os.cpus().length} CPUs, load average at the end ${load})\n`);
  console.log(table(results));
  console.log(`\nTargets: cold index ≤ ${TARGET_RATIO}× floor; one-file re-validation ≤ ${TARGET_RATIO}× parseDocument of that file; memory linear (MB per 10,000 requirements constant).`);
  console.log(`Result: ${targets.join('; ')}; memory ${linear ? 'linear' : 'NOT linear'} (${perTen.map((m) => fmt(m, 1)).join(' / ')} MB per 10k).`);
  console.log(`First use (compiling the JSON Schemas + one file): ${fmt(firstUseMs, 1)} ms.\n`);
  console.log(processTable(processes));
  console.log(`\nResult: ${processes.map((p) => `${fmt(p.size)}: check ${fmt(p.ratio, 2)}× of the floor process, ${p.ratio <= PROCESS_TARGET ? 'met' : 'MISSED'}`).join('; ')}.\n`);
  console.log(`${compareLine(compare)}\n`);
  console.log(`${mentionsLine(mentions)}\n`);
  if (spreadsheets) {
    console.log(`${xlsxSection(spreadsheets)}\n`);
  }
  console.log(findingsTable(results));
  const where = breakdownTable(results);
  if (where) {
    console.log(`\n${where}`);
  }
  const json = { node: process.version, date: new Date().toISOString(), firstUseMs, results, processes, compare, mentions, spreadsheets, sink };
  fs.writeFileSync(path.join(BENCH_DIR, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(REPO_ROOT, path.join(BENCH_DIR, 'results.json'))} in ${fmt((performance.now() - started) / 1000, 1)} s total.`);
  if (results.some((r) => !r.findings.matchesExpected)) {
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
