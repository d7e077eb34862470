#!/usr/bin/env node
// @ts-check
// Runs the integration suite inside the Node extension host of a real VS Code (code-server), offline.
// The workbench is opened with ?payload=[extensionDevelopmentPath, extensionTestsPath]; the extension host
// require()s the tests' index.js and awaits run(); the workbench then calls window.codeAutomationExit(code)
// and streams extension-host console output through window.codeAutomationLog. Both are exposed below.
//
// With no --extensionTestsPath / --workspace it makes three runs, each in its own code-server: the suite
// (out/test/integration/index.js) on test/fixtures/workspace, then multiRootIndex.js on the multi-root fixture
// (a .code-workspace of two folders), which only multiRoot.test.ts needs, then zhCnIndex.js on the fixture with the
// display language zh-cn (zhCnRefusals.test.ts: what a Chinese UI shows).
//
// usage: node scripts/vscodeTest/runExtensionTests.js [--extensionDevelopmentPath <dir>] [--extensionTestsPath <file>]
//          [--workspace <dir>] [--workspaceFile <.code-workspace inside it>] [--locale zh-cn] [--timeout <ms>]
// env:   VSCODE_TEST_TIMEOUT (ms, default 300000), VSCODE_TEST_VERBOSE=1 (server log, unfiltered host output),
//        VSCODE_TEST_KEEP=1 (keep temp dirs), MOCHA_GREP (reaches the extension host), CODE_SERVER, CHROMIUM_PATH
// exit:  the extension host's code (0 = all passed), 124 on timeout, 2 when the harness itself failed.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { format, parseArgs } from 'node:util';
import { ARTIFACTS_DIR, REPO_ROOT, VERBOSE, launchBrowser, log, startCodeServer, workbenchUrl } from './lib/codeServer.js';
import { copyWorkspace } from './lib/workspaceCopy.js';

/** The day the suites judge due dates as of (REQDESK_TODAY for the extension host), so no run depends on the calendar. */
const FIXTURE_TODAY = '2026-12-07';

const { values: args } = parseArgs({
  options: {
    extensionDevelopmentPath: { type: 'string', default: REPO_ROOT },
    extensionTestsPath: { type: 'string' },
    workspace: { type: 'string' },
    workspaceFile: { type: 'string' },
    locale: { type: 'string' },
    timeout: { type: 'string', default: process.env.VSCODE_TEST_TIMEOUT ?? '300000' },
  },
});
const extensionPath = path.resolve(args.extensionDevelopmentPath);
const timeoutMs = Number(args.timeout);
const RESULTS_DIR = path.join(REPO_ROOT, 'out/test-results');

/**
 * @typedef {object} Run
 * @property {string} testsPath  the entry point the extension host runs
 * @property {string} workspace  the fixture folder, copied to a temp dir
 * @property {string} [workspaceFile] a .code-workspace inside it to open instead of the folder
 * @property {string} [locale]   the display language (see lib/extensionsDir.js), e.g. zh-cn
 * @property {string} resultFile the entry point writes its counts here for scripts/test.sh; a run that never finishes must still count
 */

/** @returns {Run[]} */
function runs() {
  if (args.extensionTestsPath || args.workspace) {
    return [{
      testsPath: path.resolve(args.extensionTestsPath ?? path.join(REPO_ROOT, 'out/test/integration/index.js')),
      workspace: path.resolve(args.workspace ?? path.join(REPO_ROOT, 'test/fixtures/workspace')),
      workspaceFile: args.workspaceFile,
      locale: args.locale,
      resultFile: path.join(RESULTS_DIR, 'integration.json'),
    }];
  }
  return [
    {
      testsPath: path.join(REPO_ROOT, 'out/test/integration/index.js'),
      workspace: path.join(REPO_ROOT, 'test/fixtures/workspace'),
      resultFile: path.join(RESULTS_DIR, 'integration.json'),
    },
    {
      testsPath: path.join(REPO_ROOT, 'out/test/integration/multiRootIndex.js'),
      workspace: path.join(REPO_ROOT, 'test/fixtures/multi-root'),
      workspaceFile: 'multi-root.code-workspace',
      resultFile: path.join(RESULTS_DIR, 'integration-multi-root.json'),
    },
    {
      testsPath: path.join(REPO_ROOT, 'out/test/integration/zhCnIndex.js'),
      workspace: path.join(REPO_ROOT, 'test/fixtures/workspace'),
      locale: 'zh-cn',
      resultFile: path.join(RESULTS_DIR, 'integration-zh-cn.json'),
    },
  ];
}
/** The mocha runner's closing line; repeated as the very last line so CI finds it after the cleanup messages. */
const SUMMARY = /^\d+ passed, \d+ failed$/;
/** Known-harmless workbench and extension-host noise when offline (shown with VSCODE_TEST_VERBOSE=1). */
const NOISE = /ENOTFOUND|No signed-in session|ChatModelSelection|ChatSessionStore|AgentHost|Ignoring fetching additional builtin|Updating additional builtin extensions cache|\[Service Worker\]|Creating a socket|connection token|vsda/;

/** @typedef {{ code: number, why?: string }} Outcome */

/** @param {Run} run */
function preflight(run) {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  const main = path.join(extensionPath, manifest.main ?? 'extension.js');
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\``);
  if (!fs.existsSync(run.testsPath)) throw new Error(`${run.testsPath} is missing: run \`npm run compile\``);
}

async function main() {
  let code = 0;
  for (const run of runs()) {
    const runCode = await runOnce(run);
    code ||= runCode;
    if (runCode === 130) break; // interrupted: do not start the next run
  }
  return code;
}

/** One code-server + Chromium with `run`'s workspace and entry point; resolves with the extension host's exit code. */
async function runOnce(/** @type {Run} */ run) {
  const { testsPath, resultFile } = run;
  const started = Date.now();
  preflight(run);
  fs.rmSync(resultFile, { force: true });
  /** @type {(outcome: Outcome) => void} */
  let finish = () => {};
  /** @type {Promise<Outcome>} */
  const outcome = new Promise((resolve) => (finish = resolve));
  const timer = setTimeout(() => finish({ code: 124, why: `timed out after ${timeoutMs} ms` }), timeoutMs);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => finish({ code: 130, why: `interrupted (${signal})` }));
  }

  const workspace = copyWorkspace(run.workspace);
  /** @type {import('./lib/codeServer.js').CodeServer | undefined} */
  let server;
  /** @type {Awaited<ReturnType<typeof launchBrowser>> | undefined} */
  let browser;
  /** @type {import('playwright-core').Page | undefined} */
  let page;
  let summary = '';
  const pageErrors = /** @type {string[]} */ ([]);
  /** @type {Outcome} */
  let result;
  try {
    // Starting is raced against the outcome too, so a hang anywhere ends at the overall timeout.
    const startup = (async () => {
      server = await startCodeServer({ smokeTestDriver: true, env: { REQDESK_TODAY: FIXTURE_TODAY }, ...(run.locale ? { locale: run.locale } : {}) });
      log(`${server.version} on ${server.url} (up in ${Date.now() - started} ms)`);
      browser = await launchBrowser();
      page = await browser.context.newPage();
      await page.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown} */ logged) => {
        const line = format(...(Array.isArray(logged) ? logged : [logged]));
        if (SUMMARY.test(line.trim())) {
          summary = line.trim(); // printed last, after the cleanup messages
          return;
        }
        if (!VERBOSE && NOISE.test(line)) return;
        (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
      });
      await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => finish({ code }));
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('crash', () => finish({ code: 3, why: 'the workbench page crashed' }));
      if (VERBOSE) log(`browser up at ${Date.now() - started} ms`);
      await page.goto(run.workspaceFile
        // code-server opens a .code-workspace given as ?workspace=, spelt like ?folder=.
        ? `${workbenchUrl(server, { extensionDevelopmentPath: extensionPath, extensionTestsPath: testsPath })}&workspace=${encodeURIComponent(path.join(workspace.folder, run.workspaceFile)).replaceAll('%2F', '/')}`
        : workbenchUrl(server, { folder: workspace.folder, extensionDevelopmentPath: extensionPath, extensionTestsPath: testsPath }));
    })();
    result = (await Promise.race([startup.then(() => undefined), outcome])) ?? (await outcome);
  } catch (error) {
    result = { code: 2, why: `harness error: ${error instanceof Error ? error.message : error}` };
  }
  try {
    if (result.why) {
      log(`${result.why}\n--- code-server log (tail) ---\n${server?.output().slice(-3000) ?? ''}`);
      if (pageErrors.length > 0) log(`workbench errors:\n  ${pageErrors.slice(-10).join('\n  ')}`);
      if (page) {
        fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
        const shot = path.join(ARTIFACTS_DIR, 'integration-failure.png');
        if (await page.screenshot({ path: shot, timeout: 10_000 }).then(() => true, () => false)) log(`screenshot: ${shot}`);
      }
    }
  } finally {
    clearTimeout(timer);
    if (VERBOSE) log(`tests done at ${Date.now() - started} ms; cleaning up`);
    await browser?.browser.close().catch(() => {});
    await server?.stop().catch(() => {});
    workspace.dispose();
  }
  if (!fs.existsSync(resultFile)) {
    fs.mkdirSync(path.dirname(resultFile), { recursive: true });
    fs.writeFileSync(resultFile, JSON.stringify({ passed: 0, failed: 1, error: result.why ?? `exit code ${result.code}` }));
  }
  log(`extension host exit code ${result.code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (summary) process.stdout.write(`${summary}\n`);
  return result.code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`harness error: ${error instanceof Error ? error.stack : error}`);
    process.exit(2);
  },
);
