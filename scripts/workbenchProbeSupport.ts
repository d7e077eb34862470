/**
 * What the probes that benches load into the extension host share (scripts/benchTableProbe.ts,
 * scripts/benchOverviewProbe.ts): the extension they measure, once active and indexed, and waiting and summing up.
 */
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../src/extension/extension';

const EXTENSION_ID = 'reqdesk.reqdesk';
const DEADLINE_MS = 120_000;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Polls `condition` every 10 ms; `probe` names who waits in the error of a timeout. */
export async function waitUntil(probe: string, what: string, condition: () => boolean): Promise<void> {
  const deadline = Date.now() + DEADLINE_MS;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`${probe}: timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** ReqDesk's API once it has activated (by its own activation events) and indexed the workspace. */
export async function readyExtension(probe: string): Promise<ReqDeskApi> {
  const extension = vscode.extensions.getExtension<ReqDeskApi>(EXTENSION_ID);
  if (!extension) {
    throw new Error(`${probe}: ReqDesk is not installed in this workbench`);
  }
  await waitUntil(probe, 'activation', () => extension.isActive);
  const api = extension.exports;
  await api.ready;
  return api;
}
