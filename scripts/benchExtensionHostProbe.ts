/**
 * Loaded INTO the extension host by scripts/vscodeTest/benchExtensionHost.js (as the "tests" of a ?payload= run):
 * waits until ReqDesk has built its first index and persisted it, then prints the extension's indexing stats as
 * one line, which the runner picks up from the forwarded console.
 * REQDESK_BENCH_PROFILE=<path prefix> also writes a CPU profile of the extension host until then
 * (<prefix>-<time>.cpuprofile, for Chrome DevTools or VS Code), to see what blocked its event loop.
 * REQDESK_BENCH_KEYSTROKES=1 then types into a requirements file of the workspace, as a user would, and measures
 * each keystroke → diagnostics, less the typing debounce; the buffer is reverted afterwards, so the next start
 * of the same profile reopens the workspace as it was on disk.
 */
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../src/extension/extension';

const EXTENSION_ID = 'reqdesk.reqdesk';
const DEADLINE_MS = 240_000;
export const BENCH_MARK = 'REQDESK_BENCH ';

async function waitUntil(what: string, condition: () => boolean): Promise<void> {
  const deadline = Date.now() + DEADLINE_MS;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`benchExtensionHostProbe: timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function post(session: inspector.Session, method: string): Promise<unknown> {
  return new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<ReqDeskApi>(EXTENSION_ID);
  if (!extension) {
    throw new Error(`${EXTENSION_ID} is not loaded`);
  }
  const profile = process.env.REQDESK_BENCH_PROFILE;
  const session = new inspector.Session();
  if (profile) {
    // Starting the profiler blocks this thread for ~100 ms itself: do not read maxBlockMs from profiled runs.
    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.start');
  }
  if (process.env.REQDESK_BENCH_VIEW === '1') {
    // The harder case for the extension host: the Requirements view is open and redraws while the index fills.
    await vscode.commands.executeCommand('workbench.view.extension.reqdesk');
  }
  await waitUntil('activation', () => extension.isActive);
  const api = extension.exports;
  await api.ready;
  await waitUntil('the persisted index to be written', () => api.stats.cacheWrites > 0);
  if (profile) {
    const { profile: cpuProfile } = (await post(session, 'Profiler.stop')) as { profile: unknown };
    fs.writeFileSync(`${profile}-${Date.now()}.cpuprofile`, JSON.stringify(cpuProfile));
    session.disconnect();
  }
  const keystrokes = process.env.REQDESK_BENCH_KEYSTROKES === '1' ? await measureKeystrokes(api) : undefined;
  const line = { ...api.stats, requirements: api.index.requirements().length, changeRequests: api.index.changeRequests().length, keystrokes };
  console.log(`${BENCH_MARK}${JSON.stringify(line)}`);
}

/** ReqDesk's pause before it re-reads a buffer being typed into (src/extension/indexing/documentSync.ts). */
const TYPING_DEBOUNCE_MS = 200;
const KEYSTROKES = 11;

/**
 * Types into the first requirements file (100 requirements at the bench's sizes): each keystroke breaks or mends a
 * priority (`high` ⇄ `hgh`), so each one changes the file's diagnostics. Measured from the edit to the file's new
 * diagnostics in the extension host (then sent on to the workbench), less the debounce; the first keystroke warms
 * up and is left out.
 */
async function measureKeystrokes(api: ReqDeskApi): Promise<{ readonly file: string; readonly requirements: number; readonly ms: readonly number[]; readonly streamMs: readonly number[] }> {
  const file = [...api.index.files()].filter((f) => api.index.get(f)?.kind === 'requirements').sort()[0];
  const uri = vscode.Uri.parse(file);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const ms: number[] = [];
  /** Up to the change stream's batch for the file: the rest is the diagnostics' own work. */
  const streamMs: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const text = document.getText();
    const broken = text.indexOf('priority: hgh');
    const at = broken !== -1 ? broken : text.indexOf('priority: high');
    if (at === -1) {
      throw new Error(`benchExtensionHostProbe: no priority to type into in ${file}`);
    }
    const edit = new vscode.WorkspaceEdit();
    const start = document.positionAt(at + 'priority: h'.length);
    if (broken !== -1) {
      edit.insert(uri, start, 'i');
    } else {
      edit.delete(uri, new vscode.Range(start, start.translate(0, 1)));
    }
    const before = vscode.languages.getDiagnostics(uri).length;
    // Polled, not awaited as onDidChangeDiagnostics: VS Code debounces that event by 50 ms in the extension host,
    // while the diagnostics themselves go to the workbench as soon as they are set.
    const shown = new Promise<number>((resolve, reject) => {
      const deadline = performance.now() + 10_000;
      const poll = (): void => {
        if (vscode.languages.getDiagnostics(uri).length !== before) {
          resolve(performance.now());
        } else if (performance.now() > deadline) {
          reject(new Error(`benchExtensionHostProbe: no diagnostics for keystroke ${i + 1} in ${file}`));
        } else {
          setImmediate(poll);
        }
      };
      setImmediate(poll);
    });
    let streamed = 0;
    const streaming = api.changes.onDidChange((change) => {
      if (streamed === 0 && change.files.has(file)) {
        streamed = performance.now();
      }
    });
    const typed = performance.now();
    await vscode.workspace.applyEdit(edit);
    const diagnosed = await shown;
    streaming.dispose();
    if (i > 0) {
      ms.push(diagnosed - typed - TYPING_DEBOUNCE_MS);
      streamMs.push(streamed - typed - TYPING_DEBOUNCE_MS);
    }
  }
  await vscode.commands.executeCommand('workbench.action.files.revert');
  return { file, requirements: api.index.get(file)?.requirements.length ?? 0, ms, streamMs };
}
