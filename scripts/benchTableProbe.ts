/**
 * Loaded INTO the extension host by scripts/vscodeTest/benchTable.js (as the "tests" of a ?payload= run): opens the
 * requirements table on the bench workspace and measures the host's side — command → rows drawn by the page, the
 * size and cost of the messages (all rows, one document's patch, a reset) — while the runner measures the page
 * (scrolling, sorting) through playwright. The two take turns through files in REQDESK_TABLE_BENCH_SIGNALS.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TablePanel } from '../src/extension/table/tablePanel';
import { decodeRows } from '../src/shared/encodedRows';
import type { HostMessage } from '../src/shared/protocol';
import { median, readyExtension, waitUntil } from './workbenchProbeSupport';

const PROBE = 'benchTableProbe';
export const TABLE_BENCH_MARK = 'REQDESK_TABLE_BENCH ';
/** Opens measured: one cold, the rest warm. */
const OPENS = 6;

interface Posted {
  readonly message: HostMessage;
  readonly at: number;
}

/** Measured after the run: serialising 10,000 rows while the page is drawing would slow down what is measured. */
function bytes(posted: Posted | undefined): number | undefined {
  return posted ? JSON.stringify(posted.message).length : undefined;
}

function signal(dir: string, name: string, data: unknown = {}): void {
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(data));
}

async function awaitSignal(dir: string, name: string): Promise<void> {
  await waitUntil(PROBE, `the runner's "${name}"`, () => fs.existsSync(path.join(dir, `${name}.json`)));
}

/** Opens a webview whose page only posts one message, OPENS times: the floor under the table's open time. */
async function emptyWebviewOpens(): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < OPENS; run++) {
    const started = performance.now();
    const panel = vscode.window.createWebviewPanel('reqdesk.benchBaseline', 'Baseline', vscode.ViewColumn.Active, { enableScripts: true });
    const said = new Promise<void>((resolve) => panel.webview.onDidReceiveMessage(() => resolve()));
    panel.webview.html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-bench'"></head><body><script nonce="bench">acquireVsCodeApi().postMessage('ready');</script></body></html>`;
    await said;
    times.push(performance.now() - started);
    panel.dispose();
  }
  return times;
}

/**
 * The floor under the table's scroll frames: a webview whose page is the least a virtual grid can be (the table's
 * size: 12 columns of 110 px, 24 px rows; a pool of rows re-filled with text on each scroll, nothing else), flung by
 * the runner like the table. What its frames cost is what this workbench, browser and machine cost any page.
 */
function floorGridPanel(): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel('reqdesk.benchFloorGrid', 'Floor grid', vscode.ViewColumn.Active, { enableScripts: true });
  const script = `
    const words = 'login password portal customer report export invoice order status owner priority milestone'.split(' ');
    const scroller = document.querySelector('.scroller');
    const spacer = document.querySelector('.spacer');
    const pool = [];
    const rows = Math.ceil(window.innerHeight / 24) + 1;
    for (let i = 0; i < rows; i++) {
      const row = document.createElement('div');
      row.className = 'row';
      const cells = [];
      for (let c = 0; c < 12; c++) {
        const cell = document.createElement('div');
        cell.className = 'cell';
        row.append(cell);
        cells.push(cell);
      }
      spacer.append(row);
      pool.push({ row, cells });
    }
    let frame = 0;
    const render = () => {
      frame = 0;
      const first = Math.floor(scroller.scrollTop / 24);
      pool.forEach(({ row, cells }, k) => {
        const i = first + k;
        row.style.transform = 'translateY(' + i * 24 + 'px)';
        cells.forEach((cell, c) => { cell.textContent = c === 0 ? 'REQ-' + i : words[(i * 7 + c) % 12] + ' ' + words[(i + c * 3) % 12] + ' ' + i; });
      });
    };
    scroller.addEventListener('scroll', () => { frame ||= requestAnimationFrame(render); }, { passive: true });
    render();
    acquireVsCodeApi().postMessage('ready');`;
  const style = `body { margin: 0; padding: 0; font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); }
    .scroller { position: absolute; inset: 0; overflow: auto; }
    .spacer { position: relative; height: 240000px; }
    .row { position: absolute; top: 0; left: 0; width: 1320px; height: 24px; line-height: 24px; display: grid; grid-template-columns: repeat(12, 110px); contain: strict; }
    .cell { padding: 0 6px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }`;
  panel.webview.html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-bench'; script-src 'nonce-bench'"><style nonce="bench">${style}</style></head>`
    + `<body><div class="scroller"><div class="spacer"></div></div><script nonce="bench">${script}</script></body></html>`;
  return panel;
}

export async function run(): Promise<void> {
  const signals = process.env.REQDESK_TABLE_BENCH_SIGNALS;
  if (!signals) {
    throw new Error('benchTableProbe: run it through scripts/vscodeTest/benchTable.js');
  }
  const api = await readyExtension(PROBE);
  const requirements = api.index.requirements().length;

  // Open: the command → the page loads and says ready → all rows posted → the page has drawn the first rows.
  // The first open in a window also starts the webview machinery; later ones show what opening costs after that.
  const opens: { readonly firstRowsMs: number; readonly initPostedMs: number }[] = [];
  let posted: Posted[] = [];
  let table: TablePanel | undefined;
  for (let run = 0; run < OPENS; run++) {
    table?.dispose();
    const log: Posted[] = [];
    let firstRowsAt = 0;
    const started = performance.now();
    await vscode.commands.executeCommand('reqdesk.openTable');
    table = api.table.current;
    if (!table) {
      throw new Error('benchTableProbe: the table did not open');
    }
    table.onDidPost((message) => log.push({ message, at: performance.now() }));
    table.onDidRender((m) => {
      if (firstRowsAt === 0 && m.rows > 0) {
        firstRowsAt = performance.now();
      }
    });
    await waitUntil(PROBE, 'the first rows', () => firstRowsAt > 0);
    opens.push({ firstRowsMs: firstRowsAt - started, initPostedMs: (log.find((p) => p.message.type === 'init')?.at ?? Number.NaN) - started });
    posted = log;
  }
  if (!table) {
    throw new Error('benchTableProbe: the table did not open');
  }
  const init = posted.find((p) => p.message.type === 'init');
  // After the table's first open, so that the table is the first webview of the window (as it is for a user).
  const baseline = await emptyWebviewOpens();
  const floor = floorGridPanel();
  await new Promise<void>((resolve) => floor.webview.onDidReceiveMessage(() => resolve()));
  signal(signals, 'floorOpened');
  await awaitSignal(signals, 'floorScrolled');
  floor.dispose();
  table.reveal();

  // The host's own cost of all rows: building them from the index and posting them (the page redraws too).
  const buildStarted = performance.now();
  await table.receive({ type: 'ready' });
  const hostInitMs = performance.now() - buildStarted;
  signal(signals, 'opened');
  await awaitSignal(signals, 'scrolled');

  // One document changes (a line at its end): only its rows are sent.
  const file = [...api.index.files()].find((f) => api.index.get(f)?.kind === 'requirements');
  if (!file) {
    throw new Error('benchTableProbe: no requirements document');
  }
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(file));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.lineAt(document.lineCount - 1).range.end, '\n# bench: one changed line\n');
  let changedAt = 0;
  const subscription = api.changes.onDidChange((change) => {
    if (changedAt === 0 && change.files.has(file)) {
      changedAt = performance.now();
    }
  });
  const before = posted.length;
  await vscode.workspace.applyEdit(edit);
  await waitUntil(PROBE, 'a patch', () => posted.slice(before).some((p) => p.message.type === 'patch'));
  subscription.dispose();
  const patch = posted.slice(before).find((p) => p.message.type === 'patch');

  // The settings change (a comment typed into reqdesk.yaml): every row may differ, so all rows again, as one reset.
  const settings = [...api.index.files()].find((f) => api.index.get(f)?.kind === 'settings');
  if (!settings) {
    throw new Error('benchTableProbe: no reqdesk.yaml');
  }
  const settingsEdit = new vscode.WorkspaceEdit();
  settingsEdit.insert(vscode.Uri.parse(settings), new vscode.Position(0, 0), '# bench: settings touched\n');
  const beforeReset = posted.length;
  await vscode.workspace.applyEdit(settingsEdit);
  await waitUntil(PROBE, 'a reset', () => posted.slice(beforeReset).some((p) => p.message.type === 'reset'));
  const reset = posted.slice(beforeReset).find((p) => p.message.type === 'reset');
  signal(signals, 'updated');
  await awaitSignal(signals, 'done');
  await vscode.commands.executeCommand('workbench.action.files.revertAll').then(undefined, () => undefined);

  const result = {
    requirements,
    /** The first open in the window, then the median of the others (each after closing the table). */
    coldFirstRowsMs: opens[0].firstRowsMs,
    coldInitPostedMs: opens[0].initPostedMs,
    openToFirstRowsMs: median(opens.slice(1).map((o) => o.firstRowsMs)),
    openToInitPostedMs: median(opens.slice(1).map((o) => o.initPostedMs)),
    opens: opens.map((o) => Math.round(o.firstRowsMs)),
    /** The same for a webview whose page only says hello: what any webview costs here. */
    emptyWebviewOpens: baseline.map((ms) => Math.round(ms)),
    initBytes: bytes(init),
    hostInitMs,
    patchRows: patch?.message.type === 'patch' ? patch.message.documents.reduce((n, d) => n + decodeRows(d.rows).length, 0) : undefined,
    patchBytes: bytes(patch),
    /** Index change → patch posted: the table's 100 ms debounce plus building one document's rows. */
    indexToPatchMs: patch && changedAt > 0 ? patch.at - changedAt : undefined,
    resetBytes: bytes(reset),
  };
  console.log(`${TABLE_BENCH_MARK}${JSON.stringify(result)}`);
}
