#!/usr/bin/env node
// @ts-check
// The requirements table at 10,000 rows in the real workbench (code-server, headless Chromium): the bench
// workspace of scripts/benchWorkspace.ts (a copy, as the bench edits a file), ReqDesk from this repository.
// scripts/benchTableProbe.ts runs inside the extension host: it opens the table and measures the host's side
// (command → first rows drawn, message sizes, one-document patch vs reset). This runner measures the page through
// playwright: scroll frame times, and how long the page takes to apply each message and to re-sort or search
// (the page's own performance.measure entries, `reqdesk:*`). The two take turns through signal files.
//
// usage: node scripts/vscodeTest/benchTable.js [--size 10000]
//   needs dist/ and media/table.js built (`npm run bench:table` builds them for production) and `npm run compile` (out/scripts/).
// writes bench-workspace/table.json and says whether the targets are met (first rows under 500 ms, no steady scroll
// frame over 50 ms) and how the fling compares with its floor (a minimal virtual grid webview flung the same way);
// exit 1 only when the measurement itself failed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { BENCH_DIR, benchWorkspace, listenToProbe } from './lib/benchProbe.js';
import { REPO_ROOT, launchBrowser, log, startCodeServer, workbenchUrl } from './lib/codeServer.js';
import { copyWorkspace, removeQuietly } from './lib/workspaceCopy.js';

const { values: args } = parseArgs({ options: { size: { type: 'string', default: '10000' } } });
const PROBE = path.join(REPO_ROOT, 'out/scripts/benchTableProbe.js');
const MARK = 'REQDESK_TABLE_BENCH ';
const TARGET_FIRST_ROWS_MS = 500;
const TARGET_FRAME_MS = 50;
/**
 * Frame times are requestAnimationFrame deltas, whole 60 Hz vsync intervals give or take a little jitter: a frame
 * is "over 50 ms" when it took more than three intervals (a 50.1 ms delta is three, 66.7 ms is four).
 */
const VSYNC_MS = 1000 / 60;
const DEADLINE_MS = 300_000;

/** @typedef {import('playwright-core').FrameLocator} FrameLocator */

/** @param {string} dir @param {string} name */
async function awaitSignal(dir, name) {
  const deadline = Date.now() + DEADLINE_MS;
  while (!fs.existsSync(path.join(dir, `${name}.json`))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for the probe's "${name}"`);
    await sleep(20);
  }
}

/** Durations (ms) of the page's performance.measure entries with this name. @param {FrameLocator} table @param {string} name */
function measures(table, name) {
  return table.locator('body').evaluate((body, n) => body.ownerDocument.defaultView?.performance.getEntriesByName(n).map((/** @type {{ duration: number }} */ e) => e.duration) ?? [], name);
}

/**
 * Scrolls the grid by `step` pixels every animation frame for `frames` frames and returns the time between frames:
 * what the user sees as smoothness (a frame longer than 16.7 ms is a dropped frame; 50 ms is a visible stall).
 * @param {FrameLocator} table @param {number} step @param {number} frames
 */
function scrollFrames(table, step, frames) {
  return table.locator('.scroller').evaluate((scroller, [px, count]) => new Promise((resolve) => {
    const view = scroller.ownerDocument.defaultView;
    if (!view) return resolve([]);
    /** @type {number[]} */
    const gaps = [];
    let last = 0;
    const tick = (/** @type {number} */ now) => {
      if (last > 0) gaps.push(now - last);
      last = now;
      if (gaps.length >= count) return resolve(gaps);
      // Down, and back up from the bottom: a long fling over all 10,000 rows.
      scroller.scrollTop = scroller.scrollTop + px >= scroller.scrollHeight - scroller.clientHeight ? 0 : scroller.scrollTop + px;
      view.requestAnimationFrame(tick);
    };
    view.requestAnimationFrame(tick);
  }), /** @type {[number, number]} */ ([step, frames]));
}

/** Frames longer than the target: more than three 60 Hz intervals. @param {number[]} frames */
function overTarget(frames) {
  return frames.filter((ms) => Math.round(ms / VSYNC_MS) > Math.round(TARGET_FRAME_MS / VSYNC_MS)).length;
}

/** @param {number[]} values */
function median(values) {
  return percentile(values, 50);
}

/** @param {number[]} values @param {number} p */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** @param {number | undefined} n @param {number} [digits] */
function fmt(n, digits = 0) {
  return n === undefined ? '—' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

async function main() {
  const size = Number(args.size);
  const { root } = benchWorkspace(size, PROBE);
  const workspace = copyWorkspace(root);
  const signals = fs.mkdtempSync(path.join(os.tmpdir(), 'reqdesk-table-bench-'));
  const server = await startCodeServer({ smokeTestDriver: true, env: { REQDESK_TABLE_BENCH_SIGNALS: signals } });
  const { browser, context } = await launchBrowser();
  try {
    const page = await context.newPage();
    const probe = await listenToProbe(page, MARK, 'benchTableProbe');
    const { exited } = probe;
    await page.goto(workbenchUrl(server, { folder: workspace.folder, extensionDevelopmentPath: REPO_ROOT, extensionTestsPath: PROBE }));
    const early = exited.then((code) => { throw new Error(`the probe ended early (${code})`); });
    // The floor first: the same fling on the least a virtual grid page can be, in the same workbench.
    await Promise.race([awaitSignal(signals, 'floorOpened'), early]);
    const floorGrid = page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('iframe#active-frame');
    await floorGrid.locator('.row').first().waitFor({ timeout: 60_000 });
    await scrollFrames(floorGrid, 240, 30);
    const floor = await scrollFrames(floorGrid, 4000, 120);
    fs.writeFileSync(path.join(signals, 'floorScrolled.json'), '{}');
    await Promise.race([awaitSignal(signals, 'opened'), early]);

    const table = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await table.locator('.count', { hasText: `${fmt(size)} of ${fmt(size)}` }).waitFor({ timeout: 60_000 });
    const shownRows = await table.locator('.row').count();
    // Warm up (first layout of pooled rows), then measure: a steady scroll and a fast fling.
    await scrollFrames(table, 240, 30);
    const steady = await scrollFrames(table, 240, 240);
    const fling = await scrollFrames(table, 4000, 120);
    const renders = (await measures(table, 'reqdesk:render')).slice(-(steady.length + fling.length));
    const viewBefore = (await measures(table, 'reqdesk:view')).length;
    await table.locator('.hcell button[data-column="priority"]').click();
    await table.locator('.hcell[aria-sort="ascending"]').waitFor();
    await table.locator('.hcell button[data-column="id"]').click({ modifiers: ['Shift'] });
    await table.locator('input.search').fill('login');
    await table.locator('.count', { hasNotText: `${fmt(size)} of ${fmt(size)}` }).waitFor();
    await table.locator('input.search').fill('');
    await table.locator('.count', { hasText: `${fmt(size)} of ${fmt(size)}` }).waitFor();
    const views = (await measures(table, 'reqdesk:view')).slice(viewBefore);
    fs.writeFileSync(path.join(signals, 'scrolled.json'), '{}');

    await awaitSignal(signals, 'updated');
    await table.locator('body').evaluate(async (body) => {
      // Let the page apply the last message before reading its timings.
      await new Promise((resolve) => body.ownerDocument.defaultView?.requestAnimationFrame(resolve));
    });
    const page_ = {
      init: Math.max(...(await measures(table, 'reqdesk:init'))),
      patch: (await measures(table, 'reqdesk:patch')).at(-1),
      reset: (await measures(table, 'reqdesk:reset')).at(-1),
    };
    fs.writeFileSync(path.join(signals, 'done.json'), '{}');
    const code = await Promise.race([exited, sleep(60_000, 'timeout')]);
    const host = /** @type {(Record<string, number | undefined> & { emptyWebviewOpens?: number[] }) | undefined} */ (probe.results());
    if (code !== 0 || !host) throw new Error(`the probe ended with ${code} and ${host ? 'results' : 'no results'}`);

    const firstRows = host.coldFirstRowsMs ?? Number.POSITIVE_INFINITY;
    const rows = [
      ['rows', fmt(host.requirements)],
      [`**open command → first rows drawn, first open in the window** (target < ${TARGET_FIRST_ROWS_MS} ms)`, `**${fmt(firstRows)} ms**`],
      ['  then: command → all rows posted (after the page painted the first rows it was sent)', `${fmt(host.coldInitPostedMs)} ms`],
      ['open again after closing it: first rows / rows posted (median of 5)', `${fmt(host.openToFirstRowsMs)} / ${fmt(host.openToInitPostedMs)} ms`],
      ['  the floor: an empty webview (its page only says ready), opened after closing one (median of 6)', `${fmt(median(host.emptyWebviewOpens ?? []))} ms`],
      ['  host: answer ready (build all rows, order and post the first ones)', `${fmt(host.hostInitMs, 1)} ms`],
      ['  page: apply all rows (model, sort, first render)', `${fmt(page_.init, 1)} ms`],
      ['rows in the DOM (virtualised)', fmt(shownRows)],
      [`**scroll frame time, steady 240 px/frame: median / p95 / max** (target: none over ${TARGET_FRAME_MS} ms)`, `${fmt(percentile(steady, 50), 1)} / ${fmt(percentile(steady, 95), 1)} / **${fmt(Math.max(...steady), 1)} ms**`],
      ['**scroll frame time, fling 4,000 px/frame: median / p95 / max**', `${fmt(percentile(fling, 50), 1)} / ${fmt(percentile(fling, 95), 1)} / **${fmt(Math.max(...fling), 1)} ms**`],
      ['  the floor: the same fling on a minimal virtual grid webview (rows of text re-filled, nothing else): median / p95 / max', `${fmt(percentile(floor, 50), 1)} / ${fmt(percentile(floor, 95), 1)} / ${fmt(Math.max(...floor), 1)} ms`],
      ['  of which the page\'s own drawing (script): median / p95 / max', `${fmt(percentile(renders, 50), 1)} / ${fmt(percentile(renders, 95), 1)} / ${fmt(Math.max(...renders), 1)} ms`],
      ['re-sort / filter in the page: by priority, + ID, search "login", clear the search', views.map((/** @type {number} */ v) => fmt(v, 1)).join(' / ') + ' ms'],
      ['all rows message (init / reset)', `${fmt((host.initBytes ?? 0) / 1024 / 1024, 2)} MB`],
      [`one-document patch (${fmt(host.patchRows)} rows)`, `${fmt((host.patchBytes ?? 0) / 1024, 1)} KB; index change → posted ${fmt(host.indexToPatchMs, 1)} ms (100 ms debounce included); page ${fmt(page_.patch, 1)} ms`],
      ['reset (all rows again)', `page ${fmt(page_.reset, 1)} ms`],
    ];
    process.stdout.write(`\n## Requirements table (${fmt(size)} requirements, headless Chromium)\n\n| | |\n|---|---:|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n\n`);
    fs.mkdirSync(BENCH_DIR, { recursive: true });
    fs.writeFileSync(path.join(BENCH_DIR, 'table.json'), `${JSON.stringify({ date: new Date().toISOString(), size, host, page: { ...page_, views, shownRows }, steady, fling, floor, renders }, null, 2)}\n`);
    // The target is the scroll a user makes (steady, ten rows a frame). The fling jumps a whole screen every frame;
    // its rare long frames come as often on the floor page, which does nothing but re-fill rows: reported, not judged.
    const met = firstRows < TARGET_FIRST_ROWS_MS && overTarget(steady) === 0;
    process.stdout.write(`Result: first rows in ${fmt(firstRows)} ms, longest steady scroll frame ${fmt(Math.max(...steady), 1)} ms: ${met ? 'targets met' : 'target MISSED'}. `
      + `Fling frames over ${TARGET_FRAME_MS} ms: table ${overTarget(fling)} of ${fling.length}, floor page ${overTarget(floor)} of ${floor.length}.\n`);
    // A missed target is reported (above), as the core bench does; only a failed measurement is an error.
    return 0;
  } finally {
    await browser.close().catch(() => {});
    await server.stop().catch(() => {});
    workspace.dispose();
    removeQuietly(signals);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`benchTable: ${error instanceof Error ? error.stack : error}`);
    process.exit(2);
  },
);
