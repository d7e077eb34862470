// @ts-check
// UI end-to-end in English: ReqDesk as a user gets it. `npm run package` builds the .vsix, code-server installs it
// with --install-extension into an empty extensions dir (so a bundle that only works from the source tree fails
// here), and the workbench opens a copy of the fixture workspace in headless Chromium.
// Checks what a user sees: the Requirements container, its tree, the Problems panel. Screenshots: test-artifacts/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT, TEST_DIR, launchBrowser, log, startCodeServer, workbenchUrl } from '../lib/codeServer.js';
import { activityBarItem, openWorkbench, problemRows, runCommand, screenshot, treeRows } from '../lib/workbench.js';
import { copyWorkspace } from '../lib/workspaceCopy.js';

const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const VSIX = path.join(TEST_DIR, 'vsix', `${name}-${version}.vsix`);
const FIXTURE_IDS = ['BAD-001', 'BAD-002', 'BAD-003', 'BAD-004', 'BAD-005', 'PORTAL-001', 'PORTAL-002', 'PORTAL-003'];

/** @type {import('../lib/codeServer.js').CodeServer | undefined} */
let server;
/** @type {Awaited<ReturnType<typeof launchBrowser>> | undefined} */
let browser;
/** @type {ReturnType<typeof copyWorkspace> | undefined} */
let workspace;
/** @type {import('playwright-core').Page} */
let page;

before(async () => {
  const started = Date.now();
  fs.rmSync(VSIX, { force: true });
  fs.mkdirSync(path.dirname(VSIX), { recursive: true });
  try {
    execFileSync('npm', ['run', '--silent', 'package', '--', '--out', VSIX], { cwd: REPO_ROOT, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const output = /** @type {{ stdout?: string, stderr?: string }} */ (error);
    throw new Error(`npm run package failed:\n${output.stdout ?? ''}${output.stderr ?? ''}`, { cause: error });
  }
  log(`npm run package: ${path.relative(REPO_ROOT, VSIX)} in ${Date.now() - started} ms`);
  workspace = copyWorkspace(path.join(REPO_ROOT, 'test/fixtures/workspace'));
  server = await startCodeServer({ vsix: [VSIX] });
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await openWorkbench(page, workbenchUrl(server, { folder: workspace.folder }));
}, { timeout: 180_000 });

after(async () => {
  await browser?.browser.close().catch(() => {});
  await server?.stop();
  workspace?.dispose();
});

test('the installed .vsix holds the bundle and its resources, and no sources', () => {
  assert.ok(server);
  const root = path.join(server.extensionsDir, `${publisher}.${name}-${version}`);
  const files = fs.readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  for (const needed of ['package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'dist/extension.js', 'dist/indexWorker.js', 'dist/workbook.js', 'l10n/bundle.l10n.zh-cn.json',
    'media/icon.png', 'media/reqdesk.svg', 'media/table.js', 'media/table.css', 'media/common.css', 'media/overview.js', 'media/overview.css', 'schemas/requirements.schema.json', 'schemas/change-request.schema.json', 'schemas/settings.schema.json', 'schemas/record.schema.json', 'schemas/risks.schema.json']) {
    assert.ok(files.includes(needed), `${needed} in the .vsix: ${files.join(', ')}`);
  }
  const allowed = /^(package\.json|package\.nls(\.[a-z-]+)?\.json|dist\/(extension|indexWorker|workbook)\.js|l10n\/bundle\.l10n\.[a-z-]+\.json|media\/([^/]+\.(png|svg)|(table|overview)\.(js|css)|common\.css)|schemas\/[^/]+\.schema\.json|readme\.md|changelog\.md|LICENSE\.txt|\.vsixmanifest)$/i;
  assert.deepEqual(files.filter((f) => !allowed.test(f)), [], 'files the extension does not need');
  const size = fs.statSync(VSIX).size;
  assert.ok(size < 1024 * 1024, `the .vsix is ${size} bytes`);
});

test('the activity bar shows the Requirements container', { timeout: 60_000 }, async () => {
  const container = activityBarItem(page, 'Requirements');
  await container.waitFor({ timeout: 45_000 });
  await container.click();
});

test("the Requirements tree lists the fixture's requirements", { timeout: 60_000 }, async () => {
  const portal = treeRows(page, 'PORTAL-001').first();
  await portal.waitFor({ timeout: 45_000 }); // needs the extension activated and the workspace indexed
  assert.match(await portal.innerText(), /PORTAL-001\s+Login goes to the home page/);
  const texts = await treeRows(page, '-00').allInnerTexts();
  for (const id of FIXTURE_IDS) {
    assert.ok(texts.some((t) => t.includes(id)), `a row for ${id} in:\n${texts.join('\n')}`);
  }
  assert.ok(await treeRows(page, 'Customer portal').count() > 0, 'the document row of portal.req.yaml');
  await screenshot(page, 'e2e-requirements-tree');
});

test('the Problems panel lists ReqDesk problems of the fixture', { timeout: 60_000 }, async () => {
  await runCommand(page, 'View: Focus Problems');
  const rows = problemRows(page);
  // The message of a known problem in bad.req.yaml, published once the extension has indexed the workspace.
  await rows.filter({ hasText: 'BAD-001 has no owner' }).first().waitFor({ timeout: 45_000 });
  await runCommand(page, 'View: Toggle Maximized Panel'); // room for every row: the list only renders what is visible
  const texts = await rows.allInnerTexts();
  await screenshot(page, 'e2e-problems-panel');

  const reqdesk = texts.filter((t) => t.includes('ReqDesk'));
  for (const code of ['missing-owner', 'missing-priority', 'unknown-link', 'unknown-owner', 'invalid-priority', 'cr-inconsistent-status', 'record-action-overdue']) {
    assert.ok(reqdesk.some((t) => t.includes(code)), `a ReqDesk(${code}) row in:\n${texts.join('\n')}`);
  }
  assert.equal(reqdesk.length, 7, texts.join('\n'));
  assert.ok(texts.some((t) => t.includes('bad.req.yaml')), 'a file row for bad.req.yaml');
  assert.ok(!texts.some((t) => t.includes('portal.req.yaml')), 'no row for the clean file');
});
