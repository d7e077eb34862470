// @ts-check
// The offline VS Code test harness: code-server (the real workbench and a Node extension host, installed by
// install.sh from npm) on 127.0.0.1, opened in headless Debian Chromium through playwright-core.
// Used by runExtensionTests.js (mocha inside the extension host) and by the UI tests in e2e/.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { installLanguagePack, linkExtension } from './extensionsDir.js';
import { removeQuietly } from './workspaceCopy.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const TEST_DIR = process.env.VSCODE_TEST_DIR ?? path.join(REPO_ROOT, '.vscode-test');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts');
export const VERBOSE = process.env.VSCODE_TEST_VERBOSE === '1';
const CODE_SERVER = process.env.CODE_SERVER ?? path.join(TEST_DIR, 'bin/code-server');
const BROWSER = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** User settings of the throwaway profile: nothing may pop up, phone home or change the buffers under test. */
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false, // the copied workspace is no repository; spare the scan
  'files.autoSave': 'off', // tests edit buffers without saving
};

/** @param {string} line */
export function log(line) {
  process.stderr.write(`[vscodeTest] ${line}\n`);
}


/** Fails early with the command that fixes it, instead of a blank workbench or a timeout. */
export function checkInstalled() {
  if (!fs.existsSync(CODE_SERVER)) {
    throw new Error(`code-server not found at ${CODE_SERVER}: run \`bash scripts/vscodeTest/install.sh\``);
  }
  if (!fs.existsSync(BROWSER)) {
    throw new Error(`no browser at ${BROWSER}: run \`bash scripts/vscodeTest/install.sh\` or set CHROMIUM_PATH`);
  }
}

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * @typedef {object} CodeServer
 * @property {string} url              http://127.0.0.1:PORT/
 * @property {string} authority        127.0.0.1:PORT, the remote authority in vscode-remote:// URIs
 * @property {string} version          the first line of `code-server --version`
 * @property {string} extensionsDir    installed extensions live here (copy a folder in before start to "install" it)
 * @property {() => string} output     everything the server printed so far
 * @property {Promise<void>} exited    resolves when the server process has ended (stopped or crashed)
 * @property {() => Promise<void>} stop ends the server and every child (extension host, pty host); idempotent
 */

/**
 * @typedef {object} StartOptions
 * @property {Record<string, string>} [env]       extra environment for the server and the extension host
 * @property {Record<string, unknown>} [settings] user settings on top of SETTINGS
 * @property {boolean} [smokeTestDriver]          needed for ?payload= on newer workbenches (a no-op on 1.100)
 * @property {(extensionsDir: string) => void} [beforeStart] e.g. copy an extension folder in
 * @property {string[]} [linkExtensions]          extension folders symlinked into the extensions dir (installed as is)
 * @property {string[]} [vsix]                    .vsix files installed with `--install-extension` before start
 * @property {string} [locale]                    display language, e.g. 'zh-cn' (see languagePack.js)
 * @property {string} [profileDir]                keep user data and extensions here across runs (default: a
 *                                                throwaway folder under .vscode-test/runs/, removed by stop())
 * @property {number} [port]                      default: a free port
 */

/**
 * Starts code-server on 127.0.0.1 with its own user-data-dir and extensions-dir, so nothing of the user's
 * ~/.config/code-server or ~/.local/share/code-server is read or written.
 * The extension host inherits this environment, so `env` (and the runner's own) is visible to tests.
 * @param {StartOptions} [options]
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer(options = {}) {
  checkInstalled();
  fs.mkdirSync(path.join(TEST_DIR, 'runs'), { recursive: true });
  const runDir = fs.mkdtempSync(path.join(TEST_DIR, 'runs', `${process.pid}-`));
  const profileDir = options.profileDir ?? runDir;
  const userData = path.join(profileDir, 'user-data');
  const extensionsDir = path.join(profileDir, 'extensions');
  const config = path.join(runDir, 'config.yaml'); // empty: ignore ~/.config/code-server/config.yaml (password auth)
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(config, '');
  const settingsFile = path.join(userData, 'User/settings.json');
  if (!options.profileDir || !fs.existsSync(settingsFile)) { // a kept profile keeps the user's own changes
    fs.writeFileSync(settingsFile, JSON.stringify({ ...SETTINGS, ...options.settings }, null, 2));
  }
  for (const extension of options.linkExtensions ?? []) linkExtension(extensionsDir, extension);
  if (options.locale) installLanguagePack(options.locale, userData, extensionsDir);
  options.beforeStart?.(extensionsDir);

  // EXTENSIONS_GALLERY='{}' turns the marketplace off: no open-vsx lookups that fail offline and clutter the log.
  const env = { ...process.env, EXTENSIONS_GALLERY: '{}', ...options.env };
  for (const vsix of options.vsix ?? []) {
    execFileSync(CODE_SERVER, ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensionsDir,
      '--install-extension', path.resolve(vsix), '--force'], { env, stdio: 'pipe' });
  }
  // One call for both: the first line is the version, the rest tells which flags this code-server has.
  const help = execFileSync(CODE_SERVER, ['--help', '--config', config], { env, encoding: 'utf8' });
  const version = help.trim().split('\n')[0] ?? '?';
  const port = options.port ?? (await freePort());
  const args = [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--config', config,
    '--user-data-dir', userData, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (options.locale) args.push('--locale', options.locale);
  // Newer workbenches (seen with VS Code 1.139, not 1.100) ignore ?payload= unless the smoke-test driver is on.
  if (options.smokeTestDriver && help.includes('--vscode-option')) {
    args.push('--vscode-option', 'enable-smoke-test-driver');
  }
  // detached: its own process group, so stop() can end the extension host and pty host with it.
  const child = spawn(CODE_SERVER, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const killGroup = (/** @type {NodeJS.Signals} */ signal) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const onExit = () => killGroup('SIGKILL'); // the runner may exit on any path: never leave a server behind
  process.on('exit', onExit);

  let output = '';
  let stopped = false;
  /** @type {Promise<void>} */
  const exited = new Promise((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    killGroup('SIGKILL'); // children that outlived the server
    process.off('exit', onExit);
    removeQuietly(runDir);
  };

  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('code-server did not start within 60 s')), 60_000);
      const onData = (/** @type {Buffer} */ data) => {
        output += data.toString();
        if (VERBOSE) process.stderr.write(`[code-server] ${data}`);
        if (output.includes('HTTP server listening')) {
          clearTimeout(timer);
          resolve(undefined);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited with ${code} before listening`));
      });
    });
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : error}\n${output.slice(-3000)}`, { cause: error });
  }
  return { url: `http://127.0.0.1:${port}/`, authority: `127.0.0.1:${port}`, version, extensionsDir, output: () => output, exited, stop };
}

/** Headless Chromium; playwright gives the context a fresh temporary profile and removes it on close. */
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: BROWSER,
    headless: true,
    timeout: 60_000,
    // no sandbox: CI containers run as root; the rest keeps Chromium from calling home.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  return { browser, context };
}

/**
 * The workbench URL. `payload` is the protocol @vscode/test-web uses: the extension under development and the
 * test entry point, as vscode-remote:// URIs on the server's machine.
 * @param {CodeServer} server
 * @param {{ folder?: string, extensionDevelopmentPath?: string, extensionTestsPath?: string }} open
 */
export function workbenchUrl(server, open) {
  const remote = (/** @type {string} */ p) => `vscode-remote://${server.authority}${pathToFileURL(path.resolve(p)).pathname}`;
  /** @type {[string, string][]} */
  const payload = [];
  if (open.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(open.extensionDevelopmentPath)]);
  if (open.extensionTestsPath) payload.push(['extensionTestsPath', remote(open.extensionTestsPath)]);
  const query = [];
  // The folder stays readable (slashes unescaped), as code-server itself writes it: the address is shown to users.
  if (open.folder) query.push(`folder=${encodeURIComponent(path.resolve(open.folder)).replaceAll('%2F', '/')}`);
  if (payload.length > 0) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return query.length > 0 ? `${server.url}?${query.join('&')}` : server.url;
}
