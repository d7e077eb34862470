// @ts-check
// UI end-to-end: the Project Overview in the real workbench (headless Chromium), ReqDesk linked from this
// repository, on a copy of examples/ plus one risk whose title is markup, bidirectional and zero-width text, as of
// a day fixed by the reqdesk.today setting. What the page must show is what the core's own project state says: the
// test computes it from the built core (out/) on the same folder and the same day, and compares.
// What a project manager does: open the overview from the command palette, read the heat map and the milestones'
// progress, choose a heat-map cell with the keyboard, click a risk, a milestone and the project's name to open
// their files at their lines, reload the window and find the overview back, pick the workspace's other project.
// Screenshots in light and dark themes go to test-artifacts/.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { REPO_ROOT } from '../lib/codeServer.js';
import { openFixtureWorkbench } from '../lib/fixtureWorkbench.js';
import { findCommand, runCommand, screenshot, useTheme } from '../lib/workbench.js';

const require = createRequire(import.meta.url);
/** @type {typeof import('../../../src/cli/workspaceLoader.js')} */
const { loadWorkspace } = require(`${REPO_ROOT}/out/src/cli/workspaceLoader.js`);
/** @type {typeof import('../../../src/core/project/computeProjectState.js')} */
const { computeProjectState } = require(`${REPO_ROOT}/out/src/core/project/computeProjectState.js`);
/** @type {typeof import('../../../src/core/project/projectScope.js')} */
const { settingsScopes } = require(`${REPO_ROOT}/out/src/core/project/projectScope.js`);

/** The day the examples' dates are written against (their overdue review, their paid and unpaid invoices). */
const TODAY = '2026-12-07';
/** Markup, a script end tag, a right-to-left override and a zero-width space: all shown as the characters they are. */
const HOSTILE_TITLE = '<img src=x onerror=alert(1)></script>\u202Egnitset\u200B risk';
const HOSTILE_FILE = `# A risk whose title is markup: the overview must show these characters, never an element.
risks:
  - id: RISK-099
    title: "<img src=x onerror=alert(1)></script>\\u202Egnitset\\u200B risk"
    probability: 5
    impact: 5
    owner: alice
    status: open
`;

/** A second project in the workspace, a folder with its own reqdesk.yaml: the overview offers a choice. */
const SUPPLIER_NAME = 'Payment gateway (supplier)';
const SUPPLIER_SETTINGS = `project:\n  name: ${SUPPLIER_NAME}\n  customer: Acme Corp\n`;
const SUPPLIER_FILE = 'document:\n  prefix: GATE\n  title: Gateway\nrequirements:\n  - id: GATE-001\n    title: Card payments by the gateway\n    status: new\n';

/** @type {import('../lib/fixtureWorkbench.js').FixtureWorkbench | undefined} */
let session;
/** @type {import('playwright-core').Page} */
let page;
/** Dialogs the page opened (an executed alert(1) would be one). @type {string[]} */
const dialogs = [];
/** What the core says of the same folder on the same day. @type {import('../../../src/core/project/projectState.js').ProjectState} */
let state;

/** The overview's page: the webview's outer iframe, then its content frame. */
function overview() {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/**
 * Waits until the active editor is the tab `tab` with the cursor at the start of `line` (1-based), as the tab bar
 * and the status bar show them. @param {string} tab @param {number} line
 */
async function assertOpenedAt(tab, line) {
  await page.locator('.tabs-container .tab.active', { hasText: tab }).waitFor({ timeout: 15_000 });
  const expected = `Ln ${line}, Col 1`;
  await page.locator('.statusbar-item', { hasText: new RegExp(`^${expected}$`) }).waitFor({ timeout: 10_000 }).catch(() => {});
  assert.equal(await page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+$/ }).first().innerText(), expected, `${tab} at line ${line}`);
}

before(async () => {
  session = await openFixtureWorkbench({
    source: 'examples', ready: 'PORTAL', dialogs,
    files: { 'risks/hostile.risks.yaml': HOSTILE_FILE, 'supplier/reqdesk.yaml': SUPPLIER_SETTINGS, 'supplier/gateway.req.yaml': SUPPLIER_FILE },
    settings: { 'workbench.colorTheme': 'Default Light Modern', 'reqdesk.today': TODAY },
  });
  page = session.page;
  const { index } = await loadWorkspace([], session.workspace.folder, TODAY);
  const scopes = settingsScopes(index);
  assert.equal(scopes.length, 2, 'examples/ and supplier/ are projects');
  state = computeProjectState(index, scopes[0], TODAY);
}, { timeout: 120_000 });

after(() => session?.close());

test('Open Project Overview shows the heat map counts and the milestone progress of the project state', { timeout: 60_000 }, async () => {
  await findCommand(page, 'ReqDesk: Open Project Overview');
  await page.keyboard.press('Enter');
  const cells = overview().locator('.heat-map button.heat');
  await cells.first().waitFor({ timeout: 20_000 });
  assert.equal(state.header.name, 'Acme customer portal, billing and mobile app', 'the first project, examples/');
  assert.equal(await overview().locator('h1').textContent(), state.header.name);
  const shown = await cells.evaluateAll((buttons) => buttons.map((b) => `${b.dataset.probability}×${b.dataset.impact}:${b.textContent}`));
  const expected = [];
  for (let probability = 5; probability >= 1; probability--) {
    for (let impact = 1; impact <= 5; impact++) {
      const count = state.risks.heatMap[probability - 1][impact - 1];
      expected.push(`${probability}×${impact}:${count === 0 ? '' : count}`);
    }
  }
  assert.deepEqual(shown, expected);
  assert.ok(state.risks.heatMap.flat().filter((n) => n > 0).length > 2, 'the examples fill several cells');
  const milestones = await overview().locator('.milestones .milestone').evaluateAll((items) => items
    .map((m) => `${m.querySelector('.id')?.textContent} ${m.querySelector('.done')?.textContent}`));
  assert.deepEqual(milestones, state.milestones.map((m) => `${m.id} ${m.done} of ${m.total} done`));
  assert.ok(state.milestones.some((m) => m.done > 0 && m.done < m.total), 'a milestone part done');
});

test('Enter on a heat-map cell lists its risks', { timeout: 30_000 }, async () => {
  const [probability, impact] = [4, 4];
  const risks = state.risks.all.filter((r) => r.status !== 'closed' && r.probability === probability && r.impact === impact);
  assert.ok(risks.length > 0, 'the examples have a risk in the cell');
  const cell = overview().locator(`button.heat[data-probability="${probability}"][data-impact="${impact}"]`);
  assert.equal(await cell.getAttribute('aria-label'), `Probability ${probability}, impact ${impact}: ${risks.length} risk(s)`);
  await cell.focus();
  await page.keyboard.press('Enter');
  const listed = overview().locator('.cell-risks');
  await listed.locator('h3').waitFor({ timeout: 10_000 });
  assert.equal(await listed.locator('h3').textContent(), `Probability ${probability}, impact ${impact}: ${risks.length} risk(s)`);
  assert.deepEqual(await listed.locator('.item .id').allTextContents(), risks.map((r) => r.id));
  assert.equal(await cell.getAttribute('aria-pressed'), 'true');
});

test('a risk title of markup, RTL and zero-width text shows as written: no element is created and no script runs', { timeout: 30_000 }, async () => {
  const hostile = overview().locator('.risks > ol.items .item', { hasText: 'RISK-099' }).locator('.title');
  assert.equal(await hostile.textContent(), HOSTILE_TITLE);
  assert.equal(await hostile.evaluate((title) => title.childElementCount), 0);
  await overview().locator('button.heat[data-probability="5"][data-impact="5"]').click();
  const inCell = overview().locator('.cell-risks .item .title');
  assert.deepEqual(await inCell.allTextContents(), [HOSTILE_TITLE]);
  assert.equal(await overview().locator('img').count(), 0);
  assert.deepEqual(dialogs, []);
});

test('clicking a risk opens the risk register at the risk; clicking a milestone opens reqdesk.yaml at its entry', { timeout: 60_000 }, async () => {
  const risk = state.risks.top.find((r) => r.id === 'RISK-001');
  assert.ok(risk);
  await overview().locator('.risks > ol.items .item', { hasText: 'RISK-001' }).click();
  await assertOpenedAt('project.risks.yaml', risk.place.line + 1);
  assert.equal(await page.locator('.editor-group-container').count(), 2, 'the file beside the overview');
  const milestone = state.milestones.find((m) => m.id === 'M2');
  assert.ok(milestone?.place);
  await overview().locator('.milestones .milestone-head', { hasText: 'M2' }).click();
  await assertOpenedAt('reqdesk.yaml', milestone.place.line + 1);
  assert.equal(await page.locator('.editor-group-container').count(), 2, 'in the same group as the risk register');
  await page.locator('.tabs-container .tab', { hasText: 'Project Overview' }).click();
});

test('the overview in light and dark themes (screenshots)', { timeout: 60_000 }, async () => {
  const body = overview().locator('body');
  const background = () => body.evaluate((b) => b.ownerDocument.defaultView?.getComputedStyle(b).backgroundColor);
  await overview().locator('body.vscode-light').waitFor({ timeout: 15_000 });
  const light = await background();
  await screenshot(page, 'e2e-overview-light');
  await useTheme(page, 'Dark Modern');
  await overview().locator('body.vscode-dark').waitFor({ timeout: 15_000 });
  await screenshot(page, 'e2e-overview-dark');
  // The overview has no colours of its own: the theme's reach it through the --vscode-* variables.
  assert.notEqual(await background(), light);
});

test('after a window reload the overview comes back live: its project name opens reqdesk.yaml at project:', { timeout: 120_000 }, async () => {
  const place = state.header.place;
  assert.ok(place, 'the examples have a project section');
  const reloaded = page.waitForEvent('load', { timeout: 90_000 });
  await runCommand(page, 'Developer: Reload Window');
  await reloaded;
  const name = overview().locator('h1 button.project-name');
  await name.waitFor({ timeout: 90_000 });
  assert.equal(await name.textContent(), state.header.name);
  assert.equal(await overview().locator('.milestones .milestone').count(), state.milestones.length);
  await name.click();
  await assertOpenedAt('reqdesk.yaml', place.line + 1);
  await screenshot(page, 'e2e-overview-after-reload');
});

test('with two projects in the workspace, the header\'s picker shows the other one', { timeout: 30_000 }, async () => {
  const picker = overview().locator('select.project-picker');
  assert.equal(await picker.getAttribute('aria-label'), 'Project');
  assert.deepEqual(await picker.locator('option').allTextContents(), [state.header.name, SUPPLIER_NAME]);
  await picker.selectOption({ label: SUPPLIER_NAME });
  await overview().locator('h1', { hasText: SUPPLIER_NAME }).waitFor({ timeout: 10_000 });
  assert.equal(await overview().locator('.milestones .milestone').count(), 0);
  assert.equal(await overview().locator('.facts dd').filter({ hasText: /^1$/ }).count(), 1, 'its one requirement');
  await screenshot(page, 'e2e-overview-other-project');
  await overview().locator('select.project-picker').selectOption({ label: state.header.name });
  await overview().locator('h1', { hasText: state.header.name }).waitFor({ timeout: 10_000 });
});
