#!/usr/bin/env node
// @ts-check
// `npm start` on a machine without desktop VS Code: VS Code in the browser (code-server, installed by install.sh)
// on 127.0.0.1, with ReqDesk installed (this repository symlinked into the extensions dir, so a rebuild plus
// "Developer: Reload Window" shows changes) and the example project open. Prints the address and stays in the
// foreground until Ctrl+C. Settings, extensions and state are kept in .vscode-test/start/.
//
// --check: the same start on a fresh profile (.vscode-test/start-check/) and a free port; then checks that the
// address answers HTTP 200 and that headless Chromium sees ReqDesk at work: its container in the activity bar
// ("Requirements", or 需求 with --locale zh-cn) and the example's PORTAL-001 in its tree (which needs the extension
// activated). Exit 0 when it all works, 1 when not (screenshot in test-artifacts/start-check.png either way).
//
// usage: node scripts/vscodeTest/startWorkbench.js [--check] [--port N] [--folder DIR] [--locale zh-cn]
//        (--locale zh-cn: ReqDesk's strings in Simplified Chinese; VS Code's own stay English, see lib/extensionsDir.js)
// env:   REQDESK_PORT (default 8080, or a free port when 8080 is taken), VSCODE_TEST_VERBOSE=1 (server log)
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { REPO_ROOT, TEST_DIR, launchBrowser, log, startCodeServer, workbenchUrl } from './lib/codeServer.js';
import { activityBarItem, openWorkbench, screenshot, treeRows } from './lib/workbench.js';

const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: process.env.REQDESK_START_CHECK === '1' },
    port: { type: 'string', default: process.env.REQDESK_PORT ?? '8080' },
    folder: { type: 'string', default: path.join(REPO_ROOT, 'examples') },
    locale: { type: 'string' },
  },
});
/** The activity-bar title of ReqDesk's container in the display language. */
const CONTAINER = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, args.locale ? `package.nls.${args.locale}.json` : 'package.nls.json'), 'utf8'))['container.title'];
const EXAMPLE_ID = 'PORTAL-001';

/** @param {number} port @returns {Promise<boolean>} */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** @param {string} dir @returns {import('./lib/codeServer.js').StartOptions} */
function startOptions(dir) {
  return { profileDir: path.join(TEST_DIR, dir), linkExtensions: [REPO_ROOT], ...(args.locale ? { locale: args.locale } : {}) };
}

/** Opens the address like a user would and looks for ReqDesk. @param {string} url @returns {Promise<void>} */
async function check(url) {
  const response = await globalThis.fetch(url);
  if (response.status !== 200) throw new Error(`${url} answered HTTP ${response.status}`);
  log(`HTTP ${response.status} from ${url}`);
  const { browser, context } = await launchBrowser();
  const page = await context.newPage();
  try {
    await openWorkbench(page, url);
    const container = activityBarItem(page, CONTAINER);
    await container.waitFor({ timeout: 60_000 });
    log(`the activity bar shows "${CONTAINER}"`);
    await container.click();
    await treeRows(page, EXAMPLE_ID).first().waitFor({ timeout: 60_000 });
    log(`the "${CONTAINER}" tree lists ${EXAMPLE_ID}: ReqDesk is active`);
  } finally {
    const shot = await screenshot(page, 'start-check').catch(() => undefined);
    if (shot) log(`screenshot: ${shot}`);
    await browser.close().catch(() => {});
  }
}

async function main() {
  const started = Date.now();
  const folder = path.resolve(args.folder);
  if (!fs.existsSync(folder)) throw new Error(`no folder ${folder}`);
  if (args.check) fs.rmSync(path.join(TEST_DIR, 'start-check'), { recursive: true, force: true });
  const wanted = Number(args.port);
  const port = !args.check && (await isFree(wanted)) ? wanted : undefined; // undefined: any free port
  const server = await startCodeServer({ ...startOptions(args.check ? 'start-check' : 'start'), port });
  const url = workbenchUrl(server, { folder });

  if (args.check) {
    // Killed from outside (a test's timeout): still end code-server, which runs in its own process group.
    for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.once(signal, () => void server.stop().then(() => process.exit(130)));
    process.stdout.write(`ReqDesk in ${server.version}: ${url} (up in ${Date.now() - started} ms)\n`);
    try {
      await check(url);
      process.stdout.write(`start check passed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      return 0;
    } catch (error) {
      process.stderr.write(`start check FAILED: ${error instanceof Error ? error.message : error}\n`);
      if (process.env.VSCODE_TEST_VERBOSE !== '1') process.stderr.write(`--- code-server log (tail) ---\n${server.output().slice(-3000)}\n`);
      return 1;
    } finally {
      await server.stop();
    }
  }

  if (port === undefined) log(`port ${wanted} is taken: using ${server.authority}`);
  process.stdout.write(`\nReqDesk is running in VS Code in the browser (${server.version}), on the example project:\n\n` +
    `    ${url}\n\nOpen that address in your browser. Ctrl+C stops the server.\n`);
  /** @type {Promise<number>} */
  const done = new Promise((resolve) => {
    let stopping = false;
    const shutdown = () => {
      if (stopping) process.exit(130); // a second Ctrl+C: the 'exit' hook kills the server at once
      stopping = true;
      process.stdout.write('\nStopping VS Code…\n');
      void server.stop().then(() => resolve(0));
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
    void server.exited.then(() => {
      if (!stopping) {
        process.stderr.write(`code-server ended on its own:\n${server.output().slice(-3000)}\n`);
        void server.stop().then(() => resolve(1));
      }
    });
  });
  return done;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`could not start: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  },
);
