// @ts-check
// UI end-to-end: Export Excel from the requirements table in the real workbench (headless Chromium), ReqDesk
// linked from this repository, on a copy of the fixture workspace. What a user does: open the table, narrow it
// with the search box, click Export Excel, accept the save dialog's proposed file, and find a workbook there
// holding the rows shown, with the table's columns in its order (read back with the extension's own reader).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT } from '../lib/codeServer.js';
import { openFixtureWorkbench } from '../lib/fixtureWorkbench.js';
import { runCommand, screenshot } from '../lib/workbench.js';

/** The codec as compiled by `tsc -p .` (out/), the same code dist/workbook.js bundles. */
/** @typedef {{ name: string, hidden: boolean, rows: unknown[][] }} SheetCells */
const { readWorkbook } = /** @type {{ readWorkbook(bytes: Uint8Array): Promise<{ sheets: SheetCells[] }> }} */ (createRequire(import.meta.url)(path.join(REPO_ROOT, 'out/src/workbook/workbookCodec.js')));

/** @type {import('../lib/fixtureWorkbench.js').FixtureWorkbench | undefined} */
let session;
/** @type {import('playwright-core').Page} */
let page;

/** The table's page: the webview's outer iframe, then its content frame. */
function table() {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

const quickInput = () => page.locator('.quick-input-widget');

/**
 * Polls `read` (a file written has no event the test can see) until `done` holds or 15 s pass.
 * @template T @param {() => Promise<T> | T} read @param {(value: T) => boolean} done @returns {Promise<T>}
 */
async function until(read, done) {
  const deadline = Date.now() + 15_000;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    value = await read();
  }
  return value;
}

before(async () => {
  session = await openFixtureWorkbench();
  page = session.page;
}, { timeout: 120_000 });

after(() => session?.close());

test('Export Excel writes the rows the table shows, with its columns, as a workbook', { timeout: 90_000 }, async () => {
  await runCommand(page, 'ReqDesk: Open Requirements Table');
  await table().locator('.count', { hasText: '8 of 8' }).waitFor({ timeout: 15_000 });
  await table().locator('input.search').fill('Customer portal');
  await table().locator('.count', { hasText: '3 of 8' }).waitFor({ timeout: 15_000 });

  await table().locator('button', { hasText: 'Export Excel' }).click();
  // The save dialog: in the browser workbench VS Code's own, a quick input holding the proposed path.
  await quickInput().locator('.quick-input-title', { hasText: 'Export Requirements to Excel' }).waitFor({ timeout: 10_000 });
  const pathInput = quickInput().locator('input').first();
  assert.match(await until(() => pathInput.inputValue(), (value) => value.endsWith('/requirements.xlsx')), /\/requirements\.xlsx$/);
  await page.keyboard.press('Enter');

  const target = path.join(session?.workspace.folder ?? '', 'requirements.xlsx');
  await table().locator('.export-status', { hasText: 'Exported 3 requirements to requirements.xlsx.' }).waitFor({ timeout: 15_000 });
  const workbook = await readWorkbook(fs.readFileSync(target));
  assert.deepEqual(workbook.sheets.map((s) => [s.name, s.hidden]), [['Requirements', false], ['Change Requests', false], ['Progress', false], ['reqdesk', true]]);
  const [header, ...rows] = workbook.sheets[0].rows;
  assert.deepEqual(header, ['ID', 'Title', 'Status', 'Priority', 'Owner', 'Document', 'Milestone', 'Due', 'Overdue', 'Records', 'Problems']);
  assert.deepEqual(rows.map((row) => row.slice(0, 6)).sort((a, b) => String(a[0]).localeCompare(String(b[0]))), [
    ['PORTAL-001', 'Login goes to the home page', 'in-progress', 'high', 'alice', 'Customer portal'],
    ['PORTAL-002', 'Password reset by e-mail', 'new', 'medium', 'bob', 'Customer portal'],
    ['PORTAL-003', 'Log out from every page', 'done', 'low', 'carol', 'Customer portal'],
  ]);
  await screenshot(page, 'e2e-table-export-excel');
});
