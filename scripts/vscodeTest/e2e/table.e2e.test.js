// @ts-check
// UI end-to-end: the requirements table in the real workbench (headless Chromium), ReqDesk linked from this
// repository, a copy of the fixture workspace plus one requirement whose title is an HTML injection attempt.
// What a user does: open the table from the command palette, read the rows, sort (click, shift-click), filter
// (a dropdown that adds a chip, the chip's ×, the search box), move with the keyboard, edit a status through its
// dropdown, save from the table and find the YAML on disk changed in one line with its comments. Screenshots in
// light, dark and high-contrast themes go to test-artifacts/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openFixtureWorkbench } from '../lib/fixtureWorkbench.js';
import { findCommand, runCommand, screenshot, useTheme } from '../lib/workbench.js';

const XSS_TITLE = '<img src=x onerror=alert(1)>';
const XSS_FILE = `# A title that is markup: the table must show these characters, never an image.
document:
  prefix: XSS
  title: Injection
requirements:
  - id: XSS-001
    title: "${XSS_TITLE}"
    priority: low
    owner: alice
    status: accepted
    milestone: M1
`;

/** @type {import('../lib/fixtureWorkbench.js').FixtureWorkbench | undefined} */
let session;
/** @type {import('playwright-core').Page} */
let page;
/** Dialogs the page opened (an executed alert(1) would be one). @type {string[]} */
const dialogs = [];

/** The table's page: the webview's outer iframe, then its content frame. */
function table() {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

function rows() {
  return table().locator('.row:not(.group)');
}

/** The IDs of the drawn rows, top to bottom (rows are absolutely placed, so DOM order is not screen order). */
async function shownIds() {
  return rows().evaluateAll((elements) => elements
    .map((e) => ({ top: e.getBoundingClientRect().top, id: e.querySelector('.col-id')?.textContent ?? '' }))
    .sort((a, b) => a.top - b.top)
    .map((r) => r.id));
}

/** @param {string} text */
async function waitForCount(text) {
  await table().locator('.count', { hasText: text }).waitFor({ timeout: 15_000 });
}

before(async () => {
  session = await openFixtureWorkbench({ files: { 'requirements/xss.req.yaml': XSS_FILE }, settings: { 'workbench.colorTheme': 'Default Light Modern' }, dialogs });
  page = session.page;
}, { timeout: 120_000 });

after(() => session?.close());

test('the command palette lists ReqDesk: Open Requirements Table; it opens the table with every row', { timeout: 60_000 }, async () => {
  const row = await findCommand(page, 'ReqDesk: Open Requirements Table');
  assert.match(await row.innerText(), /ReqDesk: Open Requirements Table/);
  await page.keyboard.press('Enter');
  await waitForCount('9 of 9');
  // Unsorted, rows come in the workspace's order, which depends on which file was read first.
  assert.deepEqual((await shownIds()).sort(), ['BAD-001', 'BAD-002', 'BAD-003', 'BAD-004', 'BAD-005', 'PORTAL-001', 'PORTAL-002', 'PORTAL-003', 'XSS-001']);
  const portal = rows().filter({ hasText: 'PORTAL-001' });
  assert.deepEqual(await portal.locator('.cell').allInnerTexts(),
    ['PORTAL-001', 'Login goes to the home page', 'in-progress', 'high', 'Alice Wang', 'Customer portal', '', '', '', '3', '']);
  // The owner reads by the roster's name; the id is in the cell's tooltip.
  assert.equal(await portal.locator('.col-owner').getAttribute('title'), 'alice');
  assert.deepEqual(await table().locator('.hcell').allInnerTexts(), ['ID', 'Title', 'Status', 'Priority', 'Owner', 'Document', 'Milestone', 'Due', 'Overdue', 'Records', 'Problems']);
  assert.equal(await table().locator('[role="grid"]').getAttribute('aria-rowcount'), '10');
  // The summary: progress by status overall and per milestone (the fixture's other rows have none).
  assert.deepEqual(await table().locator('.summary .milestone').allInnerTexts(), ['M1 (1)', 'No milestone (8)']);
  assert.equal(await table().locator('.summary .milestone .progress').first().getAttribute('aria-label'), 'M1: 1 of 1 done. Progress by status: accepted: 1');
  // A row with problems shows them on hover.
  assert.equal(await rows().filter({ hasText: 'BAD-004' }).getAttribute('title'), "Owner 'mallory' is not in the roster (reqdesk.yaml). Known: alice, bob, carol.");
});

test('a title that is markup shows as text: no element is created and no script runs', { timeout: 30_000 }, async () => {
  const title = rows().filter({ hasText: 'XSS-001' }).locator('.col-title');
  assert.equal(await title.textContent(), XSS_TITLE);
  assert.equal(await title.evaluate((cell) => cell.childElementCount), 0);
  assert.equal(await table().locator('img').count(), 0);
  assert.deepEqual(dialogs, []);
});

test('clicking a header sorts by it, again reverses it; shift-click adds a second sort column', { timeout: 30_000 }, async () => {
  const header = (/** @type {string} */ name) => table().locator('.hcell', { hasText: name });
  await header('Priority').locator('button').click();
  assert.equal(await header('Priority').getAttribute('aria-sort'), 'ascending');
  // Vocabulary order (critical, high, medium, low), an unknown value (urgent) after them, none last.
  const priorities = await rows().evaluateAll((elements) => elements
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((e) => e.querySelector('.col-priority')?.textContent));
  assert.deepEqual(priorities, ['high', 'high', 'medium', 'medium', 'low', 'low', 'low', 'urgent', '']);
  // Ties of the first sort column are ordered by the second (IDs numerically).
  await header('ID').locator('button').click({ modifiers: ['Shift'] });
  assert.equal(await header('ID').innerText(), 'ID ▲2');
  assert.equal(await header('Priority').innerText(), 'Priority ▲1');
  assert.deepEqual(await shownIds(), ['BAD-001', 'PORTAL-001', 'BAD-004', 'PORTAL-002', 'BAD-003', 'PORTAL-003', 'XSS-001', 'BAD-005', 'BAD-002']);
  await header('ID').locator('button').click(); // a plain click: ID alone, ascending
  await header('ID').locator('button').click(); // and again: descending
  assert.equal(await header('ID').getAttribute('aria-sort'), 'descending');
  assert.equal(await header('Priority').getAttribute('aria-sort'), 'none');
  assert.deepEqual(await shownIds(), ['XSS-001', 'PORTAL-003', 'PORTAL-002', 'PORTAL-001', 'BAD-005', 'BAD-004', 'BAD-003', 'BAD-002', 'BAD-001']);
});

test('filters add removable chips and the count follows; the search box matches any text', { timeout: 30_000 }, async () => {
  await table().locator('select.filter-statuses').selectOption('done');
  await waitForCount('1 of 9');
  assert.deepEqual(await shownIds(), ['PORTAL-003']);
  const chip = table().locator('.chip', { hasText: 'Status: done' });
  assert.equal(await chip.locator('button').getAttribute('aria-label'), 'Remove filter: Status: done');
  await table().locator('button.toggle', { hasText: 'Has problems' }).click();
  await waitForCount('0 of 9');
  assert.equal(await table().locator('.grid-message').innerText(), 'No requirements match the search and filters.');
  await table().locator('.clear-filters').click();
  await waitForCount('9 of 9');
  await table().locator('input.search').fill('password');
  await waitForCount('1 of 9');
  assert.deepEqual(await shownIds(), ['PORTAL-002']);
  await table().locator('input.search').fill('');
  await waitForCount('9 of 9');
});

test('group by status shows collapsible groups with counts', { timeout: 30_000 }, async () => {
  await table().locator('select.group-by').selectOption('status');
  const groups = table().locator('.row.group');
  await groups.first().waitFor();
  const labels = await groups.evaluateAll((elements) => elements
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((e) => e.textContent));
  assert.deepEqual(labels, ['▾Status: new (1)', '▾Status: in-progress (1)', '▾Status: done (1)', '▾Status: accepted (1)', '▾Status: (none) (5)']);
  await groups.filter({ hasText: '(none)' }).click();
  assert.equal(await groups.filter({ hasText: '(none)' }).getAttribute('aria-expanded'), 'false');
  assert.equal(await rows().count(), 4);
  await groups.filter({ hasText: '(none)' }).click();
  assert.equal(await rows().count(), 9);
  await table().locator('select.group-by').selectOption('');
  await waitForCount('9 of 9');
  assert.equal(await groups.count(), 0);
});

test('arrow keys move the active cell; Enter opens the status dropdown; picking a value edits the YAML; Save writes it', { timeout: 60_000 }, async () => {
  const file = path.join(session?.workspace.folder ?? '', 'requirements/portal.req.yaml');
  const original = fs.readFileSync(file, 'utf8');
  // Sorted by ID descending (from the sort test): XSS-001, PORTAL-003, PORTAL-002, …
  const grid = table().locator('[role="grid"]');
  await rows().filter({ hasText: 'XSS-001' }).locator('.col-id').click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const active = await grid.getAttribute('aria-activedescendant');
  assert.equal(await table().locator(`[id="${active}"]`).textContent(), 'new', 'the status cell of PORTAL-002');
  await page.keyboard.press('Enter');
  const dropdown = table().locator('.cell-editor select');
  await dropdown.waitFor();
  assert.equal(await dropdown.getAttribute('aria-label'), 'Edit Status of PORTAL-002');
  assert.deepEqual(await dropdown.locator('option').allInnerTexts(), ['new', 'in-progress', 'done', 'accepted', 'rejected', 'deferred']);
  await dropdown.selectOption('done');
  await table().locator('.cell-editor').waitFor({ state: 'detached' });
  const status = rows().filter({ hasText: 'PORTAL-002' }).locator('.col-status');
  await status.filter({ hasText: 'done' }).waitFor();
  // The edit is in the buffer, unsaved: the table says so and offers Save.
  const save = table().locator('button.save');
  await save.filter({ hasText: 'Save (1)' }).waitFor({ timeout: 10_000 });
  assert.equal(fs.readFileSync(file, 'utf8'), original, 'nothing on disk before saving');
  await save.click();
  const expected = original.replace('    status: new\n', '    status: done\n');
  assert.notEqual(expected, original);
  const deadline = Date.now() + 10_000;
  while (fs.readFileSync(file, 'utf8') !== expected && Date.now() < deadline) {
    await page.waitForTimeout(100); // polling the disk: the save has no event the test can see
  }
  assert.equal(fs.readFileSync(file, 'utf8'), expected);
  assert.ok(expected.startsWith('# Clean: the integration tests expect no diagnostics in this file.\n'), 'the comment is kept');
  await save.waitFor({ state: 'hidden', timeout: 10_000 });
});

test('Escape cancels an edit: the title editor closes and nothing changes', { timeout: 30_000 }, async () => {
  const title = rows().filter({ hasText: 'PORTAL-001' }).locator('.col-title');
  const grid = table().locator('[role="grid"]');
  // The save of the previous test still sends row updates, and pooled row elements are reused as they arrive:
  // click until the active cell is really this title (a click on a row that was just reused lands elsewhere).
  for (let attempt = 0; attempt < 10; attempt++) {
    await title.click();
    const active = await grid.getAttribute('aria-activedescendant');
    if (active && (await table().locator(`[id="${active}"]`).textContent()) === 'Login goes to the home page') {
      break;
    }
  }
  await page.keyboard.press('F2');
  const input = table().locator('.cell-editor input');
  await input.waitFor();
  assert.equal(await input.inputValue(), 'Login goes to the home page');
  await input.fill('Something else');
  await page.keyboard.press('Escape');
  await input.waitFor({ state: 'detached' });
  assert.equal(await title.textContent(), 'Login goes to the home page');
  assert.equal(await table().locator('button.save').isVisible(), false, 'no unsaved change');
});

test('the column chooser hides a column; the choice is kept when the table is opened again', { timeout: 60_000 }, async () => {
  await table().locator('button', { hasText: 'Columns' }).click();
  await table().locator('.columns-panel input#column-due').uncheck();
  await table().locator('.columns-panel button[aria-label="Move Problems up"]').click();
  const headers = () => table().locator('.hcell').allInnerTexts();
  assert.deepEqual((await headers()).map((h) => h.replace(/ [▲▼]\d*$/, '')), ['ID', 'Title', 'Status', 'Priority', 'Owner', 'Document', 'Milestone', 'Overdue', 'Problems', 'Records']);
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Close Editor'); // the table, active and focused
  await table().locator('.row').first().waitFor({ state: 'detached' });
  await runCommand(page, 'ReqDesk: Open Requirements Table');
  await waitForCount('9 of 9');
  assert.deepEqual((await headers()).map((h) => h.replace(/ [▲▼]\d*$/, '')), ['ID', 'Title', 'Status', 'Priority', 'Owner', 'Document', 'Milestone', 'Overdue', 'Problems', 'Records']);
});

test('double-clicking a row opens the requirement beside the table, which stays in view', { timeout: 30_000 }, async () => {
  await rows().filter({ hasText: 'BAD-003' }).locator('.col-id').dblclick();
  await page.locator('.tabs-container .tab.active', { hasText: 'bad.req.yaml' }).waitFor({ timeout: 15_000 });
  assert.equal(await page.locator('.editor-group-container').count(), 2, 'the file in a second editor group');
  assert.equal(await page.locator('.tabs-container .tab.active', { hasText: 'Requirements Table' }).count(), 1, "the table is still its group's shown tab");
  assert.equal(await rows().filter({ hasText: 'BAD-003' }).isVisible(), true);
  await page.locator('.tabs-container .tab', { hasText: 'Requirements Table' }).click();
  await waitForCount('9 of 9');
});

test('the table in light, dark and high-contrast themes (screenshots)', { timeout: 90_000 }, async () => {
  const body = table().locator('body');
  const background = () => body.evaluate((b) => b.ownerDocument.defaultView?.getComputedStyle(b).backgroundColor);
  await table().locator('body.vscode-light').waitFor({ timeout: 15_000 });
  const light = await background();
  await screenshot(page, 'e2e-table-light');
  await useTheme(page, 'Dark Modern');
  await table().locator('body.vscode-dark').waitFor({ timeout: 15_000 });
  const dark = await background();
  await screenshot(page, 'e2e-table-dark');
  await useTheme(page, 'Dark High Contrast');
  await table().locator('body.vscode-high-contrast').waitFor({ timeout: 15_000 });
  await screenshot(page, 'e2e-table-high-contrast');
  // The table has no colours of its own: the theme's reach it through the --vscode-* variables.
  assert.notEqual(light, dark);
  // The header may be redrawn as the theme's variables arrive: read its colour until it settles.
  const headerColor = () => table().locator('.hcell').first().evaluate((h) => h.ownerDocument.defaultView?.getComputedStyle(h).color ?? '');
  let color = await headerColor();
  for (let i = 0; i < 50 && color !== 'rgb(255, 255, 255)'; i++) {
    await page.waitForTimeout(100);
    color = await headerColor();
  }
  assert.equal(color, 'rgb(255, 255, 255)');
});

test('after a window reload the table comes back with its sort, filter and active cell', { timeout: 120_000 }, async () => {
  await page.locator('.tabs-container .tab', { hasText: 'Requirements Table' }).click();
  const header = (/** @type {string} */ name) => table().locator('.hcell', { hasText: name });
  await header('Priority').locator('button').click();
  await header('Priority').locator('button').click();
  assert.equal(await header('Priority').getAttribute('aria-sort'), 'descending');
  const hasProblems = table().locator('button.toggle', { hasText: 'Has problems' });
  await hasProblems.click();
  await table().locator('.count', { hasNotText: '9 of 9' }).waitFor();
  const count = await table().locator('.count').innerText();
  const ids = await shownIds();
  assert.ok(ids.length > 2, `a few rows with problems: ${ids}`);
  // The active cell: the title of the second row shown. Only the page's own state (not the workspace's) keeps it.
  await rows().filter({ hasText: ids[1] }).locator('.col-title').click();
  const grid = table().locator('[role="grid"]');
  const activeText = async () => table().locator(`[id="${await grid.getAttribute('aria-activedescendant')}"]`).textContent();
  const active = await activeText();
  assert.ok(active);
  // The page saves its state at most every 200 ms, and nothing outside it shows when it did.
  await page.waitForTimeout(600);

  // The old page still shows the same count until the reload replaces it: wait for the new page first.
  const reloaded = page.waitForEvent('load', { timeout: 90_000 });
  await runCommand(page, 'Developer: Reload Window');
  await reloaded;
  await table().locator('.count', { hasText: count }).waitFor({ timeout: 90_000 });
  assert.deepEqual(await shownIds(), ids, 'the same rows in the same order');
  assert.equal(await header('Priority').getAttribute('aria-sort'), 'descending');
  assert.equal(await hasProblems.getAttribute('aria-pressed'), 'true');
  assert.equal(await activeText(), active, 'the same active cell');
  await screenshot(page, 'e2e-table-after-reload');
});
