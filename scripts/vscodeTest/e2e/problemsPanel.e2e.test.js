// @ts-check
// UI end-to-end: the real workbench (code-server) in headless Chromium, on a copy of the fixture workspace,
// with ReqDesk loaded as the extension under development. Checks what a user sees in the Problems panel.
// Run: npm run test:e2e  (node --test; needs `npm run build` for dist/extension.js). Screenshot: test-artifacts/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS_DIR, REPO_ROOT, launchBrowser, startCodeServer, workbenchUrl } from '../lib/codeServer.js';
import { copyWorkspace } from '../lib/workspaceCopy.js';

/** @type {import('../lib/codeServer.js').CodeServer | undefined} */
let server;
/** @type {Awaited<ReturnType<typeof launchBrowser>> | undefined} */
let browser;
/** @type {ReturnType<typeof copyWorkspace> | undefined} */
let workspace;
/** @type {import('playwright-core').Page} */
let page;

before(async () => {
  workspace = copyWorkspace(path.join(REPO_ROOT, 'test/fixtures/workspace'));
  // smokeTestDriver: newer workbenches only honour the extensionDevelopmentPath payload with it (no-op on 1.100).
  server = await startCodeServer({ smokeTestDriver: true });
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.goto(workbenchUrl(server, { folder: workspace.folder, extensionDevelopmentPath: REPO_ROOT }));
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
}, { timeout: 120_000 });

after(async () => {
  await browser?.browser.close().catch(() => {});
  await server?.stop();
  workspace?.dispose();
});

/** @param {string} title a command palette title */
async function runCommand(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

test('the Problems panel lists ReqDesk problems of the fixture', { timeout: 60_000 }, async () => {
  await runCommand('View: Focus Problems');
  const rows = page.locator('.markers-panel .monaco-list-row');
  // The message of a known problem in bad.req.yaml, published once the extension has indexed the workspace.
  await rows.filter({ hasText: 'BAD-001 has no owner' }).first().waitFor({ timeout: 45_000 });
  await runCommand('View: Toggle Maximized Panel'); // room for every row: the list only renders what is visible
  const texts = await rows.allInnerTexts();
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'e2e-problems-panel.png') });

  const reqdesk = texts.filter((t) => t.includes('ReqDesk'));
  for (const code of ['missing-owner', 'missing-priority', 'unknown-link', 'unknown-owner', 'invalid-priority', 'cr-inconsistent-status']) {
    assert.ok(reqdesk.some((t) => t.includes(code)), `a ReqDesk(${code}) row in:\n${texts.join('\n')}`);
  }
  assert.equal(reqdesk.length, 6, texts.join('\n'));
  assert.ok(texts.some((t) => t.includes('bad.req.yaml')), 'a file row for bad.req.yaml');
  assert.ok(!texts.some((t) => t.includes('portal.req.yaml')), 'no row for the clean file');
});
