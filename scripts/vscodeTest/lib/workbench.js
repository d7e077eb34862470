// @ts-check
// What a user does and sees in the workbench, as playwright locators and actions. Selectors were checked
// against VS Code 1.100 and 1.139 (see /work/shared/vscode-offline/README.md, "UI selectors that worked").
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS_DIR } from './codeServer.js';

/** @typedef {import('playwright-core').Page} Page */

/** Opens the workbench and waits until its activity bar is drawn. @param {Page} page @param {string} url */
export async function openWorkbench(page, url) {
  await page.goto(url);
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
}

/** An activity-bar entry by its title (a view container such as "Requirements"). @param {Page} page @param {string} title */
export function activityBarItem(page, title) {
  return page.locator(`.activitybar .action-item a[aria-label^="${title}"], .activitybar li.action-item[aria-label^="${title}"]`).first();
}

/** Rows of the tree views in the side bar that contain `text`. @param {Page} page @param {string} text */
export function treeRows(page, text) {
  return page.locator('.sidebar .pane-body .monaco-list-row', { hasText: text });
}

/** Rows of the Problems panel. @param {Page} page */
export function problemRows(page) {
  return page.locator('.markers-panel .monaco-list-row');
}

/** Runs a command by its palette title, as a user would with F1. @param {Page} page @param {string} title */
export async function runCommand(page, title) {
  await findCommand(page, title);
  await page.keyboard.press('Enter');
}

/**
 * Opens the command palette with `>title` typed in and returns the matching rows (the palette stays open;
 * press Escape to close it). @param {Page} page @param {string} title
 */
export async function findCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor();
  return row;
}

/** Saves a screenshot to test-artifacts/<name>.png. @param {Page} page @param {string} name */
export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, timeout: 10_000 });
  return file;
}

/**
 * Picks a color theme as a user does: Preferences: Color Theme, then the theme. The palette's matching row is
 * clicked (Enter would run the first row, "Browse Color Themes in Marketplace").
 * @param {Page} page @param {string} name e.g. "Dark Modern"
 */
export async function useTheme(page, name) {
  await (await findCommand(page, 'Preferences: Color Theme')).click();
  const themes = page.locator('.quick-input-list .monaco-list-row');
  await themes.filter({ hasText: 'Light Modern' }).first().waitFor();
  await page.locator('.quick-input-widget input').fill(name);
  await themes.filter({ hasText: name }).first().click();
}
