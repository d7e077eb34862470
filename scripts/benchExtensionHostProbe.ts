/**
 * Loaded INTO the extension host by scripts/vscodeTest/benchExtensionHost.js (as the "tests" of a ?payload= run):
 * waits until ReqDesk has built its first index and persisted it, then prints the extension's indexing stats as
 * one line, which the runner picks up from the forwarded console.
 * REQDESK_BENCH_PROFILE=<path prefix> also writes a CPU profile of the extension host until then
 * (<prefix>-<time>.cpuprofile, for Chrome DevTools or VS Code), to see what blocked its event loop.
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
  const line = { ...api.stats, requirements: api.index.requirements().length, changeRequests: api.index.changeRequests().length };
  console.log(`${BENCH_MARK}${JSON.stringify(line)}`);
}
