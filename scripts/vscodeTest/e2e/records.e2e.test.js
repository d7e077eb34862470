// @ts-check
// UI end-to-end: communication records in the real workbench (headless Chromium), ReqDesk linked from this
// repository, as of 2026-12-07 (the reqdesk.today setting). The fixture's notes/ hold three records; what a
// project manager sees: the Communications view by month with each record's date, people and open actions, and
// the Actions view by person with the overdue action marked. A screenshot goes to test-artifacts/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openFixtureWorkbench } from '../lib/fixtureWorkbench.js';
import { runCommand, screenshot } from '../lib/workbench.js';

/** @type {import('../lib/fixtureWorkbench.js').FixtureWorkbench | undefined} */
let session;
/** @type {import('playwright-core').Page} */
let page;

/** A side-bar tree row whose text starts with `start` (requirement rows also name people, after their ID). @param {string} start */
function rowStartingWith(start) {
  const escaped = start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.locator('.sidebar .pane-body .monaco-list-row', { hasText: new RegExp(`^\\s*${escaped}`) }).first();
}

before(async () => {
  session = await openFixtureWorkbench({ settings: { 'workbench.colorTheme': 'Default Light Modern', 'reqdesk.today': '2026-12-07' } });
  page = session.page;
}, { timeout: 120_000 });

after(() => session?.close());

test('the Communications view lists the records by month with their people and open actions', { timeout: 60_000 }, async () => {
  await runCommand(page, 'Focus on Communications View');
  const november = rowStartingWith('November 2026');
  await november.waitFor({ timeout: 15_000 });
  assert.match(await november.innerText(), /November 2026\s*2/);
  assert.match(await rowStartingWith('December 2026').innerText(), /December 2026\s*1/);
  assert.match(await rowStartingWith('Weekly call').innerText(), /Weekly call\s*2026-11-20 · Alice Wang, Bob Li, Wang Wei \(Acme\) · 2 open actions/);
  assert.match(await rowStartingWith('Kick-off with Acme').innerText(), /Kick-off with Acme\s*2026-11-02 · Alice Wang, Carol Chen, Wang Wei \(Acme\)/);
});

test('the Actions view lists open actions by person, the overdue one with a clock and how late it is', { timeout: 60_000 }, async () => {
  await runCommand(page, 'Focus on Actions View');
  const late = rowStartingWith('Confirm the SSO provider');
  await late.waitFor({ timeout: 15_000 });
  assert.match(await late.innerText(), /Confirm the SSO provider\s*due 2026-12-01 · overdue by 6 days/);
  assert.equal(await late.locator('.codicon-clock').count(), 1, 'the clock icon');
  assert.match(await rowStartingWith('Alice Wang').innerText(), /Alice Wang\s*1 · 1 overdue/);
  assert.match(await rowStartingWith('Bob Li').innerText(), /Bob Li\s*1/);
  assert.match(await rowStartingWith('Draft the reset e-mail text').innerText(), /due 2026-12-20/);
  await screenshot(page, 'e2e-records-views');
});
