// @ts-check
// UI end-to-end in Simplified Chinese: code-server --locale zh-cn with the minimal language pack of
// languagePackZhCn/ (see lib/extensionsDir.js for why --locale alone is not enough), ReqDesk installed from
// this repository (symlinked, as `npm start` does), a copy of the fixture workspace open.
// VS Code's own UI stays English (the pack translates nothing); ReqDesk's strings must be Chinese:
// package.nls.zh-cn.json for the manifest, l10n/bundle.l10n.zh-cn.json for vscode.l10n.t.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT, launchBrowser, startCodeServer, workbenchUrl } from '../lib/codeServer.js';
import { activityBarItem, findCommand, openWorkbench, problemRows, runCommand, screenshot } from '../lib/workbench.js';
import { copyWorkspace } from '../lib/workspaceCopy.js';

const NLS = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.nls.zh-cn.json'), 'utf8'));
const BUNDLE = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'));

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
  server = await startCodeServer({ locale: 'zh-cn', linkExtensions: [REPO_ROOT] });
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await openWorkbench(page, workbenchUrl(server, { folder: workspace.folder }));
}, { timeout: 120_000 });

after(async () => {
  await browser?.browser.close().catch(() => {});
  await server?.stop();
  workspace?.dispose();
});

test('the activity bar shows the container title 需求', { timeout: 60_000 }, async () => {
  assert.equal(NLS['container.title'], '需求');
  const container = activityBarItem(page, '需求');
  await container.waitFor({ timeout: 45_000 });
  await container.click();
  await page.locator('.sidebar .composite.title', { hasText: '需求' }).first().waitFor();
});

test('the command palette lists ReqDesk: 新建需求', { timeout: 30_000 }, async () => {
  const title = `ReqDesk: ${NLS['command.newRequirement']}`;
  assert.equal(title, 'ReqDesk: 新建需求');
  const row = await findCommand(page, title);
  assert.match(await row.innerText(), /ReqDesk: 新建需求/);
  await screenshot(page, 'e2e-zh-cn-command-palette');
  await page.keyboard.press('Escape');
});

test("ReqDesk's vscode.l10n strings come from the zh-cn bundle (status bar item)", { timeout: 60_000 }, async () => {
  // The status bar item's accessible label is vscode.l10n.t('ReqDesk: {0} errors, {1} warnings, …'), shown
  // once the fixture is indexed.
  const item = page.locator('.statusbar-item[aria-label^="ReqDesk："]').first();
  await item.waitFor({ timeout: 45_000 });
  assert.match(await item.getAttribute('aria-label') ?? '', /^ReqDesk：\d+ 个错误，\d+ 个警告/);
  await screenshot(page, 'e2e-zh-cn-workbench');
});

test('the requirements table reads in Chinese: headers, status and priority labels, owners by name', { timeout: 60_000 }, async () => {
  const row = await findCommand(page, `ReqDesk: ${NLS['command.openTable']}`);
  await row.click();
  const table = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const portal = table.locator('.row:not(.group)').filter({ hasText: 'PORTAL-001' });
  await portal.waitFor({ timeout: 30_000 });
  await screenshot(page, 'e2e-zh-cn-table');
  const headers = await table.locator('.hcell').allInnerTexts();
  assert.deepEqual(headers.slice(0, 5), [BUNDLE.ID ?? 'ID', BUNDLE.Title, BUNDLE.Status, BUNDLE.Priority, BUNDLE.Owner]);
  assert.deepEqual((await portal.locator('.cell').allInnerTexts()).slice(0, 5), ['PORTAL-001', 'Login goes to the home page', '进行中', '高', 'Alice Wang']);
  // The progress bar names the statuses in Chinese too (its accessible name).
  assert.match(await table.locator('.progress.full').first().getAttribute('aria-label') ?? '', /进行中/);
});

test("the core's problem messages show in Chinese in the Problems panel", { timeout: 60_000 }, async () => {
  // bad.req.yaml: BAD-001 has no owner. The core writes English with its template; the diagnostics adapter
  // renders vscode.l10n.t(template, …args) from the zh-cn bundle.
  const template = BUNDLE['{0} has no owner: assign someone responsible.'];
  assert.equal(typeof template, 'string', 'the missing-owner template is translated');
  const expected = template.replace('{0}', 'BAD-001');
  assert.equal(expected, 'BAD-001 没有负责人：请指定一名负责人。');
  await runCommand(page, 'View: Focus Problems');
  const rows = problemRows(page);
  await rows.filter({ hasText: expected }).first().waitFor({ timeout: 45_000 });
  const texts = await rows.allInnerTexts();
  await screenshot(page, 'e2e-zh-cn-problems-panel');
  assert.ok(!texts.some((t) => t.includes('has no owner')), `no English missing-owner message in:\n${texts.join('\n')}`);
  // A message with a phrase argument ("roster" words inside, the suggestion as its own part) reads in Chinese too.
  assert.ok(texts.some((t) => t.includes('负责人“mallory”不在人员名单（reqdesk.yaml）中')), texts.join('\n'));
});
