// @ts-check
// UI end-to-end: the reports a user reads in the real workbench (headless Chromium), ReqDesk linked from this
// repository, a copy of the fixture workspace plus one request whose title is markup and ends in ` #`.
// What a user does: run Change Log, answer its filter steps and the save dialog, read the report in VS Code's
// Markdown preview (a table whose IDs are links) and follow a link to the request's file; open a request's
// details, read them rendered (headings, the proposed values as a table, the title as text), edit the request's
// title and see the details follow. Screenshots go to test-artifacts/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openFixtureWorkbench } from '../lib/fixtureWorkbench.js';
import { runCommand, screenshot, treeRows } from '../lib/workbench.js';

const HOSTILE_TITLE = '<img src=x onerror=alert(1)> by **SMS** | now #';
const HOSTILE = `# A request whose title is markup: every report must show these characters as written.
id: CR-0060
title: "${HOSTILE_TITLE}"
status: assessed
requested_by: Bob Li (Acme)
requested_on: 2026-11-20
channel: email
affects: [PORTAL-002]
proposed:
  PORTAL-002:
    priority: high # was medium
impact: { schedule_days: 2, cost: 1500, effort_hours: 16, resources: the team, risk: low }
history:
  - { on: 2026-11-20T09:12:00Z, by: alice, action: submitted }
  - { on: 2026-11-21T10:00:00Z, by: carol, action: assessed }
`;

/** @type {import('../lib/fixtureWorkbench.js').FixtureWorkbench | undefined} */
let session;
/** @type {import('playwright-core').Page} */
let page;
/** Dialogs the page opened (an executed alert(1) would be one). @type {string[]} */
const dialogs = [];

/** @param {string} relative */
function file(relative) {
  return path.join(session?.workspace.folder ?? '', relative);
}

/**
 * Polls `read` (a save or an input's value has no event the test can see) until `done` holds or 15 s pass.
 * @template T @param {() => Promise<T>} read @param {(value: T) => boolean} done @returns {Promise<T>}
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

const quickInput = () => page.locator('.quick-input-widget');

/** Waits for the quick input whose title contains `title` and presses Enter (the default answer). @param {string} title */
async function accept(title) {
  await quickInput().locator('.quick-input-title', { hasText: title }).waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** The page of the visible webview (the Markdown preview): its outer iframe, then its content frame. */
function preview() {
  return page.frameLocator('iframe.webview.ready:visible').frameLocator('iframe#active-frame');
}

before(async () => {
  session = await openFixtureWorkbench({ files: { 'changes/CR-0060.cr.yaml': HOSTILE }, ready: 'CR-0060', dialogs });
  page = session.page;
}, { timeout: 120_000 });

after(() => session?.close());

test('Change Log: saved where the dialog says, shown in the Markdown preview as a table whose IDs open the requests', { timeout: 90_000 }, async () => {
  await runCommand(page, 'ReqDesk: Change Log');
  await accept('Change Log (1/4)'); // no status picked: all
  await accept('Change Log (2/4)'); // All customers
  await accept('Change Log (3/4)'); // from the first
  await accept('Change Log (4/4)'); // up to the last
  // The save dialog: in the browser workbench VS Code's own, a quick input holding the proposed path.
  const pathInput = quickInput().locator('input').first();
  await quickInput().locator('.quick-input-title', { hasText: 'Save the Change Log' }).waitFor({ timeout: 10_000 });
  // The dialog shows the folder first and then fills in the proposed name.
  assert.match(await until(() => pathInput.inputValue(), (value) => value.endsWith('/change-log.md')), /\/change-log\.md$/);
  await page.keyboard.press('Enter');

  const report = file('change-log.md');
  const markdown = await until(async () => (fs.existsSync(report) ? fs.readFileSync(report, 'utf8') : ''), (text) => text !== '');
  assert.ok(markdown.includes('| [CR-0001](changes/CR-0001.cr.yaml) |'), markdown);
  assert.ok(markdown.includes('| [CR-0060](changes/CR-0060.cr.yaml) |'), markdown);

  await page.locator('.tabs-container .tab.active', { hasText: 'Preview change-log.md' }).waitFor({ timeout: 15_000 });
  const rows = preview().locator('table tbody tr');
  await rows.first().waitFor({ timeout: 15_000 });
  assert.equal(await preview().locator('h1').first().textContent(), 'Change log');
  assert.deepEqual((await preview().locator('table thead th').allInnerTexts()).slice(0, 3), ['ID', 'Title', 'Status']);
  assert.deepEqual(await rows.locator('td:first-child').allInnerTexts(), ['CR-0001', 'CR-0060']);
  const hostileRow = rows.filter({ hasText: 'CR-0060' });
  assert.equal(await hostileRow.locator('td').nth(1).textContent(), HOSTILE_TITLE, 'the title as written, in one cell');
  assert.equal(await preview().locator('img').count(), 0);
  assert.equal(await rows.locator('td:first-child a').count(), 2, 'each ID is a link');
  await screenshot(page, 'e2e-change-log-preview');

  await rows.filter({ hasText: 'CR-0001' }).locator('td:first-child a').click();
  await page.locator('.tabs-container .tab.active', { hasText: 'CR-0001.cr.yaml' }).waitFor({ timeout: 15_000 });
  assert.match(await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText(), /id:\sCR-0001/);
  assert.deepEqual(dialogs, []);
});

test('Show Change Request Details: rendered in the preview, markup in the title shown as text; it follows an edit of the request', { timeout: 90_000 }, async () => {
  await runCommand(page, 'View: Close All Editors');
  await treeRows(page, 'CR-0060').first().click();
  await page.locator('.tabs-container .tab.active', { hasText: 'CR-0060.cr.yaml' }).waitFor({ timeout: 15_000 });
  await runCommand(page, 'ReqDesk: Show Change Request Details');

  const heading = preview().locator('h1').first();
  await heading.waitFor({ timeout: 15_000 });
  assert.equal(await heading.textContent(), `CR-0060 · ${HOSTILE_TITLE}`, 'the title as written, its closing # kept');
  assert.equal(await heading.evaluate((h) => h.childElementCount), 0, 'no element made of the title');
  const h2 = await preview().locator('h2').allInnerTexts();
  for (const section of ['Request', 'Affected requirements', 'Impact', 'Decision', 'Customer sign-off', 'History']) {
    assert.ok(h2.includes(section), `${section} in ${h2.join(', ')}`);
  }
  const proposed = preview().locator('table', { has: preview().locator('th', { hasText: 'Proposed' }) });
  assert.deepEqual(await proposed.locator('thead th').allInnerTexts(), ['Field', 'Current', 'Proposed', 'Same']);
  assert.deepEqual(await proposed.locator('tbody tr').first().locator('td').allInnerTexts(), ['priority', 'medium', 'high', '']);
  // What the page shows but the title (which is made of markup characters, shown as written).
  const text = (await preview().locator('body').innerText()).replaceAll(HOSTILE_TITLE, '');
  assert.ok(!text.includes('**'), `no emphasis markup shown raw: ${text}`);
  assert.ok(await preview().locator('strong', { hasText: 'Status' }).count() > 0, 'the labels are bold');
  assert.ok(!/^\|/m.test(text), 'no table markup shown raw');
  assert.equal(await preview().locator('img').count(), 0);
  await screenshot(page, 'e2e-change-request-details');

  // The user edits the title in the request's editor and saves; the details follow.
  await page.locator('.tabs-container .tab', { hasText: 'CR-0060.cr.yaml' }).first().click();
  const editor = page.locator('.editor-instance .monaco-editor .view-lines').first();
  await editor.click();
  await page.keyboard.press('Control+g');
  await page.locator('.quick-input-widget input').fill(':3');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('title: Reset passwords by SMS');
  await page.keyboard.press('Control+s');
  await page.locator('.tabs-container .tab.dirty', { hasText: 'CR-0060.cr.yaml' }).waitFor({ state: 'detached', timeout: 10_000 });
  await page.locator('.tabs-container .tab', { hasText: 'CR-0060' }).filter({ hasText: /Preview/ }).first().click();
  await preview().locator('h1', { hasText: 'CR-0060 · Reset passwords by SMS' }).waitFor({ timeout: 15_000 });
  await screenshot(page, 'e2e-change-request-details-updated');
  assert.deepEqual(dialogs, []);
});
