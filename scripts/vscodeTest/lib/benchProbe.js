// @ts-check
// What the workbench benches share: the bench workspace, and a probe (compiled into out/scripts/) that runs inside
// the extension host as the "tests" of a ?payload= run and logs its results as one JSON line after a mark.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { format } from 'node:util';
import { REPO_ROOT, log } from './codeServer.js';

export const BENCH_DIR = path.join(REPO_ROOT, 'bench-workspace');

/**
 * @typedef {object} BenchWorkspace
 * @property {string} root the generated folder (benches that edit files work on a copy)
 * @property {string} asOf the day the corpus's dates are written against (REQDESK_TODAY for the extension host)
 */

/**
 * The workspace of `npm run bench` (scripts/benchWorkspace.ts, compiled by `npm run compile`), generated once.
 * @param {number} size @param {string} probe the compiled probe, checked to be there too @returns {BenchWorkspace}
 */
export function benchWorkspace(size, probe) {
  const compiled = path.join(REPO_ROOT, 'out/scripts/benchWorkspace.js');
  if (!fs.existsSync(compiled) || !fs.existsSync(probe)) throw new Error(`${compiled} or ${probe} is missing: run \`npm run compile\``);
  const generator = /** @type {{ ensureWorkspace: (dir: string, size: number) => { root: string }, CORPUS_AS_OF: string }} */ (createRequire(import.meta.url)(compiled));
  return { root: generator.ensureWorkspace(BENCH_DIR, size).root, asOf: generator.CORPUS_AS_OF };
}

/**
 * Listens to the probe in `page` (before it goes to the workbench): its results line after `mark`, its own log lines
 * and errors (shown), and its exit code.
 * @param {import('playwright-core').Page} page @param {string} mark @param {string} probeName
 * @returns {Promise<{ results: () => Record<string, unknown> | undefined, exited: Promise<unknown> }>}
 */
export async function listenToProbe(page, mark, probeName) {
  /** @type {Record<string, unknown> | undefined} */
  let results;
  /** @type {(code: unknown) => void} */
  let exit = () => {};
  const exited = new Promise((resolve) => (exit = resolve));
  await page.exposeFunction('codeAutomationLog', (/** @type {string} */ _type, /** @type {unknown} */ logged) => {
    const line = format(...(Array.isArray(logged) ? logged : [logged]));
    const at = line.indexOf(mark);
    if (at !== -1) results = JSON.parse(line.slice(at + mark.length));
    else if (line.includes(probeName) || line.includes('Error')) log(line);
  });
  await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => exit(code));
  return { results: () => results, exited };
}
