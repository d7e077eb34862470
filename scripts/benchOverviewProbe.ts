/**
 * Loaded INTO the extension host by scripts/vscodeTest/benchOverview.js (as the "tests" of a ?payload= run): opens
 * the Project Overview on the bench workspace and measures the command → the page has painted the project state,
 * the first time in the window (the state computed from the index, the webview machinery started) and again after
 * closing it, and what computing the state costs alone.
 */
import { computeProjectState } from '../src/core/project/computeProjectState';
import { settingsScopes } from '../src/core/project/projectScope';
import * as vscode from 'vscode';
import type { OverviewHostMessage } from '../src/shared/overviewProtocol';
import { median, readyExtension, waitUntil } from './workbenchProbeSupport';

const PROBE = 'benchOverviewProbe';
export const OVERVIEW_BENCH_MARK = 'REQDESK_OVERVIEW_BENCH ';
/** Opens measured: one cold, the rest warm. */
const OPENS = 6;

export async function run(): Promise<void> {
  const api = await readyExtension(PROBE);
  const opens: number[] = [];
  let posted: OverviewHostMessage | undefined;
  for (let run = 0; run < OPENS; run++) {
    api.project.overview?.dispose();
    let paintedAt = 0;
    const started = performance.now();
    await vscode.commands.executeCommand('reqdesk.openOverview');
    const panel = api.project.overview;
    if (!panel) {
      throw new Error(`${PROBE}: the overview did not open`);
    }
    panel.onDidPost((message) => (posted = message));
    panel.onDidRender(() => (paintedAt ||= performance.now()));
    await waitUntil(PROBE, 'the first painted state', () => paintedAt > 0);
    opens.push(paintedAt - started);
  }
  const computes: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    computeProjectState(api.index, settingsScopes(api.index)[0], api.index.today);
    computes.push(performance.now() - started);
  }
  const result = {
    requirements: api.index.requirements().length,
    coldPaintedMs: opens[0],
    warmPaintedMs: median(opens.slice(1)),
    opens: opens.map((ms) => Math.round(ms)),
    computeMs: median(computes),
    stateBytes: posted ? JSON.stringify(posted).length : undefined,
    overdueRequirements: posted?.state.overdueRequirements.length,
  };
  console.log(`${OVERVIEW_BENCH_MARK}${JSON.stringify(result)}`);
}
