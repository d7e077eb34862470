// @ts-check
// UI end-to-end: change-request control in the real workbench (headless Chromium), ReqDesk linked from this
// repository, a copy of the fixture workspace plus one assessed request. What a user does: file a request from a
// requirement's context menu through the guided input, see only the steps a request's status allows in its
// context menu, approve it from there, mark it implemented, and undo the implementation in both files at once
// (VS Code asks "Undo in 2 Files", which only a real workbench shows).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT, launchBrowser, startCodeServer, workbenchUrl } from '../lib/codeServer.js';
import { activityBarItem, openWorkbench, runCommand, screenshot, treeRows } from '../lib/workbench.js';
import { copyWorkspace } from '../lib/workspaceCopy.js';

const ASSESSED = `# An assessed request: the CCB decides on it in these tests.
id: CR-0060
title: Reset passwords by SMS
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

/** @type {import('../lib/codeServer.js').CodeServer | undefined} */
let server;
/** @type {Awaited<ReturnType<typeof launchBrowser>> | undefined} */
let browser;
/** @type {ReturnType<typeof copyWorkspace> | undefined} */
let workspace;
/** @type {import('playwright-core').Page} */
let page;

/** @param {string} relative */
function file(relative) {
  return path.join(workspace?.folder ?? '', relative);
}

/** Polls the disk (a save has no event the test can see) until `predicate` holds. @param {string} relative @param {(text: string) => boolean} predicate */
async function diskWhen(relative, predicate) {
  const deadline = Date.now() + 15_000;
  let text = fs.existsSync(file(relative)) ? fs.readFileSync(file(relative), 'utf8') : '';
  while (!predicate(text) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    text = fs.existsSync(file(relative)) ? fs.readFileSync(file(relative), 'utf8') : '';
  }
  return text;
}

/** Right-clicks a tree row and returns the labels of its context menu. @param {string} text */
async function contextMenu(text) {
  const labels = page.locator('.monaco-menu .action-item .action-label');
  // A tree refresh (an index event after a save) can swallow the right-click or close the menu: try again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Escape'); // a menu or quick input left open would take the click
    await treeRows(page, text).first().click({ button: 'right' });
    try {
      await labels.first().waitFor({ timeout: 8_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  return (await labels.allInnerTexts()).map((l) => l.trim()).filter((l) => l !== '');
}

/**
 * Runs a context-menu command of a tree row and waits for its first input titled `title`. VS Code's menus ignore
 * mouse-ups for their first 100 ms (so that the right-click that opened one cannot pick an item), and a test
 * clicks sooner than that: the item is chosen as a keyboard user does, pointed at (which focuses it) and Enter.
 * A tree refresh (an index event) closes an open context menu: then open it again.
 * @param {string} row @param {string} label @param {string} title
 */
async function runFromMenu(row, label, title) {
  for (let attempt = 1; ; attempt++) {
    const item = page.locator('.monaco-menu .action-item', { has: page.locator('.action-label', { hasText: label }) }).first();
    try {
      await item.hover({ timeout: 5_000 });
      await page.locator('.monaco-menu .action-item.focused', { hasText: label }).waitFor({ timeout: 5_000 });
      await page.keyboard.press('Enter');
      await quickInput().locator('.quick-input-title', { hasText: title }).waitFor({ timeout: 8_000 });
      return;
    } catch (error) {
      if (attempt === 3) {
        const shown = await page.locator('.quick-input-title:visible, .notification-list-item-message:visible').allInnerTexts();
        await screenshot(page, `e2e-failed-${label.replace(/\W+/g, '-')}`).catch(() => undefined);
        throw new Error(`"${label}" never showed "${title}"; the workbench showed: ${JSON.stringify(shown)}`, { cause: error });
      }
      await contextMenu(row);
    }
  }
}

/** Waits until an editor tab shows unsaved changes: the edit has landed. @param {string} name */
async function dirtyTab(name) {
  await page.locator('.tabs-container .tab.dirty', { hasText: name }).first().waitFor({ timeout: 10_000 });
}

const quickInput = () => page.locator('.quick-input-widget');

/** Waits for the quick input titled `title`, types `text` (replacing what is there) and presses Enter. @param {string} title @param {string} [text] */
async function answer(title, text) {
  await quickInput().locator('.quick-input-title', { hasText: title }).waitFor({ timeout: 10_000 });
  if (text !== undefined) {
    await quickInput().locator('input').first().fill(text);
  }
  await page.keyboard.press('Enter');
}

before(async () => {
  workspace = copyWorkspace(path.join(REPO_ROOT, 'test/fixtures/workspace'));
  fs.writeFileSync(file('changes/CR-0060.cr.yaml'), ASSESSED);
  // Who: reqdesk.user, so that no git configuration of the machine running the tests matters.
  server = await startCodeServer({ linkExtensions: [REPO_ROOT], settings: { 'reqdesk.user': 'carol' } });
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await openWorkbench(page, workbenchUrl(server, { folder: workspace.folder }));
  await activityBarItem(page, 'Requirements').click();
  await treeRows(page, 'CR-0060').first().waitFor({ timeout: 45_000 }); // activated and indexed
}, { timeout: 120_000 });

after(async () => {
  await browser?.browser.close().catch(() => {});
  await server?.stop();
  workspace?.dispose();
});

test('File Change Request from a requirement in the tree: the guided input, with the requirement picked, writes the next CR file', { timeout: 60_000 }, async () => {
  assert.ok((await contextMenu('PORTAL-002')).includes('File Change Request'));
  await runFromMenu('PORTAL-002', 'File Change Request', 'File Change Request (1/8)');
  // A step's title ends with its number: waiting for it keeps each answer on its own step.
  await answer('File Change Request (1/8)', 'Password hints');
  const step2 = quickInput().locator('.quick-input-list .monaco-list-row', { hasText: 'PORTAL-002' }).first();
  await quickInput().locator('.quick-input-title', { hasText: '(2/8)' }).waitFor();
  await step2.waitFor();
  assert.equal(await step2.getAttribute('aria-checked'), 'true', 'the requirement it was run on is picked');
  await page.keyboard.press('Enter');
  await answer('File Change Request (3/8)', 'Bob Li (Acme)');
  await answer('File Change Request (4/8)', 'meeting');
  await answer('File Change Request (5/8)', 'Users forget their passwords.');
  await answer('File Change Request (6/8)', 'Offer a password hint on the login page.');
  await answer('File Change Request (7/8)', '');
  await quickInput().locator('.quick-input-title', { hasText: '(8/8)' }).waitFor();
  await quickInput().locator('.quick-input-list .monaco-list-row', { hasText: 'File the change request' }).first().waitFor();
  await page.keyboard.press('Enter');
  const text = await diskWhen('changes/CR-0061.cr.yaml', (t) => t.includes('history:'));
  assert.match(text, /^id: CR-0061\ntitle: Password hints\nstatus: submitted\nrequested_by: Bob Li \(Acme\)\nrequested_on: \d{4}-\d{2}-\d{2}\nchannel: meeting\naffects: \[PORTAL-002\]\n/);
  assert.match(text, /\nhistory:\n {2}- \{ on: \S+Z, by: carol, action: submitted \}\n$/);
  await page.locator('.tabs-container .tab.active', { hasText: 'CR-0061.cr.yaml' }).waitFor({ timeout: 10_000 });
  await treeRows(page, 'CR-0061').first().waitFor({ timeout: 10_000 });
});

test("a request's context menu offers only the steps its status allows; Approve records the CCB's decision", { timeout: 60_000 }, async () => {
  const menu = await contextMenu('CR-0060');
  for (const offered of ['Assess Change Request', 'Approve Change Request', 'Reject Change Request', 'Withdraw Change Request', 'Show Change Request Details']) {
    assert.ok(menu.includes(offered), `${offered} in ${menu.join(', ')}`);
  }
  for (const hidden of ['Reopen Change Request', 'Mark Change Request Implemented', 'Verify Change Request', 'Record Customer Sign-off']) {
    assert.ok(!menu.includes(hidden), `${hidden} is not offered for an assessed request`);
  }
  await runFromMenu('CR-0060', 'Approve Change Request', 'Approve CR-0060 (1/3)');
  await quickInput().locator('.quick-input-list .monaco-list-row', { hasText: 'carol' }).first().click();
  await page.keyboard.press('Enter');
  await answer('Approve CR-0060 (2/3)', 'Customers asked for it.');
  await answer('Approve CR-0060 (3/3)', '2026-11-22');
  await dirtyTab('CR-0060.cr.yaml');
  await runCommand(page, 'File: Save All');
  const text = await diskWhen('changes/CR-0060.cr.yaml', (t) => t.includes('action: approved'));
  assert.ok(text.includes('status: approved\n'), text);
  assert.ok(text.includes('decision:\n  outcome: approved\n  by: [carol]\n  on: 2026-11-22\n  rationale: Customers asked for it.\n'), text);
  await treeRows(page, 'CR-0060').first().waitFor();
  await screenshot(page, 'e2e-change-request-approved');
});

test('Mark Implemented changes the request and the requirement; one undo reverts both files', { timeout: 90_000 }, async () => {
  const portal = fs.readFileSync(file('requirements/portal.req.yaml'), 'utf8');
  const approved = fs.readFileSync(file('changes/CR-0060.cr.yaml'), 'utf8');
  const menu = await contextMenu('CR-0060');
  assert.ok(menu.includes('Mark Change Request Implemented'), menu.join(', '));
  assert.ok(!menu.includes('Approve Change Request'), 'an approved request is not approved again');
  await page.keyboard.press('Escape');
  // From the palette, with the request's editor active (the menu path is the one the approval above takes).
  await page.locator('.tabs-container .tab', { hasText: 'CR-0060.cr.yaml' }).first().click();
  await runCommand(page, 'ReqDesk: Mark Change Request Implemented');
  await quickInput().locator('.quick-input-title', { hasText: 'Mark Implemented CR-0060 (1/1)' }).waitFor({ timeout: 15_000 });
  await answer('Mark Implemented CR-0060 (1/1)', 'Release 1.4');
  await page.locator('.notifications-toasts', { hasText: 'CR-0060 is implemented' }).waitFor({ timeout: 10_000 });
  await dirtyTab('portal.req.yaml');
  await dirtyTab('CR-0060.cr.yaml');
  await runCommand(page, 'File: Save All');
  const implemented = await diskWhen('requirements/portal.req.yaml', (t) => t.includes('changes: [CR-0060]'));
  assert.equal(implemented, portal.replace('    priority: medium\n', '    priority: high\n').replace('    links: [PORTAL-001]\n', '    links: [PORTAL-001]\n    changes: [CR-0060]\n'));
  assert.ok((await diskWhen('changes/CR-0060.cr.yaml', (t) => t.includes('action: implemented'))).includes('status: implemented\n'));

  // One undo, in the request's editor. VS Code may ask whether to undo in every file the edit touched; then the
  // user answers "Undo in 2 Files". Either way both files go back.
  await page.locator('.tabs-container .tab', { hasText: 'CR-0060.cr.yaml' }).first().click();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+z');
  const undoAll = page.locator('.monaco-dialog-box .dialog-buttons a, .monaco-dialog-box .dialog-buttons .monaco-button', { hasText: 'Undo in 2 Files' }).first();
  const bothDirty = page.locator('.tabs-container .tab.dirty').filter({ hasText: /CR-0060\.cr\.yaml|portal\.req\.yaml/ }).nth(1);
  await Promise.race([undoAll.waitFor({ timeout: 10_000 }), bothDirty.waitFor({ timeout: 10_000 })]);
  await screenshot(page, 'e2e-change-request-undo');
  if (await undoAll.isVisible()) {
    await undoAll.click();
  }
  await dirtyTab('portal.req.yaml');
  await runCommand(page, 'File: Save All');
  assert.equal(await diskWhen('requirements/portal.req.yaml', (t) => t === portal), portal, 'the requirement is as before');
  assert.equal(await diskWhen('changes/CR-0060.cr.yaml', (t) => t === approved), approved, 'the request is as before');
});
