// @ts-check
// README's main command works: `npm start -- --check` runs scripts/start.sh as a user's `npm start` would
// (dependencies, build, install, code-server on the examples), then checks that the printed address answers and
// that the workbench shows ReqDesk active on the example project (startWorkbench.js --check), and stops.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import process from 'node:process';
import { test } from 'node:test';
import { REPO_ROOT } from '../lib/codeServer.js';

/** @param {AbortSignal} signal @returns {Promise<{ code: number | null, output: string }>} */
function npmStartCheck(signal) {
  return new Promise((resolve, reject) => {
    // REQDESK_START_BROWSER: the check is about the browser VS Code even where a desktop `code` is installed.
    const child = spawn('npm', ['start', '--silent', '--', '--check'], {
      cwd: REPO_ROOT,
      env: { ...process.env, REQDESK_START_BROWSER: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal, // the test's timeout ends npm, which passes the signal on to the check
    });
    let output = '';
    child.stdout.on('data', (data) => (output += data));
    child.stderr.on('data', (data) => (output += data));
    child.once('error', (error) => (error.name === 'AbortError' ? undefined : reject(error)));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

test('npm start -- --check serves the examples with ReqDesk active', { timeout: 240_000 }, async (t) => {
  const { code, output } = await npmStartCheck(t.signal);
  assert.equal(code, 0, output);
  assert.match(output, /http:\/\/127\.0\.0\.1:\d+\/\?folder=\/\S*\/examples\b/, output);
  assert.match(output, /HTTP 200/, output);
  assert.match(output, /the "Requirements" tree lists PORTAL-001/, output);
  assert.match(output, /start check passed/, output);
});
