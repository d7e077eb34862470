// @ts-check
// UI end-to-end: overdue work in the real workbench (headless Chromium), ReqDesk linked from this repository, as
// of a day fixed by the reqdesk.today setting. What a project manager does: open the table, press the "Overdue"
// filter, see the overdue rows only (count, Overdue column in days, the chip), sort by how late they are, and
// find the overdue requirement marked in the Requirements tree. A screenshot goes to test-artifacts/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openFixtureWorkbench } from '../lib/fixtureWorkbench.js';
import { findCommand, screenshot, treeRows } from '../lib/workbench.js';

const LATE_FILE = `document:
  prefix: LATE
  title: Late work
requirements:
  - id: LATE-001
    title: Started, past due
    priority: high
    owner: alice
    status: in-progress
    due: 2026-11-20
  - id: LATE-002
    title: Done, past due
    priority: high
    owner: alice
    status: done
    due: 2026-11-20
  - id: LATE-003
    title: Not started, past due
    priority: low
    owner: bob
    status: new
    due: 2026-12-04
  - id: LATE-004
    title: Due today
    priority: low
    owner: bob
    status: new
    due: 2026-12-07
`;

/** @type {import('../lib/fixtureWorkbench.js').FixtureWorkbench | undefined} */
let session;
/** @type {import('playwright-core').Page} */
let page;

/** The table's page: the webview's outer iframe, then its content frame. */
function table() {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

function rows() {
  return table().locator('.row:not(.group)');
}

/** The drawn rows top to bottom, as `ID overdue-days`. */
async function shownRows() {
  return rows().evaluateAll((elements) => elements
    .map((e) => ({ top: e.getBoundingClientRect().top, text: `${e.querySelector('.col-id')?.textContent ?? ''} ${e.querySelector('.col-overdue')?.textContent ?? ''}` }))
    .sort((a, b) => a.top - b.top)
    .map((r) => r.text.trim()));
}

before(async () => {
  session = await openFixtureWorkbench({ files: { 'requirements/late.req.yaml': LATE_FILE }, settings: { 'workbench.colorTheme': 'Default Light Modern', 'reqdesk.today': '2026-12-07' } });
  page = session.page;
}, { timeout: 120_000 });

after(() => session?.close());

test('the tree says how late an overdue requirement is', { timeout: 30_000 }, async () => {
  const late = treeRows(page, 'LATE-001').first();
  await late.waitFor({ timeout: 15_000 }).finally(() => screenshot(page, 'e2e-overdue-tree'));
  assert.match(await late.innerText(), /LATE-001\s+Started, past due\s*high · Alice Wang · overdue by 17 days/);
  assert.equal(await late.locator('.codicon-clock').count(), 1, 'the clock icon instead of the status icon');
  assert.doesNotMatch(await treeRows(page, 'LATE-002').first().innerText(), /overdue/);
});

test('the table filtered to overdue rows shows just them, with the days in the Overdue column, longest first when sorted', { timeout: 60_000 }, async () => {
  await (await findCommand(page, 'ReqDesk: Open Requirements Table')).click();
  await table().locator('.count', { hasText: '12 of 12' }).waitFor({ timeout: 15_000 });
  await table().locator('button.toggle', { hasText: 'Overdue' }).click();
  await table().locator('.count', { hasText: '2 of 12' }).waitFor({ timeout: 15_000 });
  assert.equal(await table().locator('button.toggle', { hasText: 'Overdue' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await table().locator('.chip', { hasText: 'Overdue' }).locator('button').getAttribute('aria-label'), 'Remove filter: Overdue');
  assert.deepEqual((await shownRows()).sort(), ['LATE-001 17', 'LATE-003 3']);
  assert.equal(await rows().filter({ hasText: 'LATE-001' }).locator('.col-overdue').getAttribute('aria-label'), 'Overdue by 17 day(s)');

  const header = table().locator('.hcell', { hasText: /^Overdue/ });
  await header.locator('button').click();
  await header.locator('button').click();
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  assert.deepEqual(await shownRows(), ['LATE-001 17', 'LATE-003 3']);
  await screenshot(page, 'e2e-table-overdue');

  await table().locator('.chip', { hasText: 'Overdue' }).locator('button').click();
  await table().locator('.count', { hasText: '12 of 12' }).waitFor({ timeout: 15_000 });
  assert.deepEqual((await shownRows()).slice(0, 2), ['LATE-001 17', 'LATE-003 3'], 'sorted descending, rows that are not overdue after them');
});
