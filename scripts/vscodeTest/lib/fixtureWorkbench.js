// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, launchBrowser, startCodeServer, workbenchUrl } from './codeServer.js';
import { activityBarItem, openWorkbench, treeRows } from './workbench.js';
import { copyWorkspace } from './workspaceCopy.js';

/**
 * @typedef {object} FixtureWorkbench
 * @property {import('playwright-core').Page} page
 * @property {ReturnType<typeof copyWorkspace>} workspace
 * @property {() => Promise<void>} close ends the browser and code-server, and removes the workspace copy
 */

/**
 * What most UI tests start from: a copy of the fixture workspace (or of `source`, a folder of this repository such
 * as examples/) with the test's own files added, code-server with ReqDesk linked from this repository, a browser
 * page on the workbench with the Requirements container open, and the workspace indexed (the tree shows `ready`).
 * Dialogs the page opens (an executed alert(1) would be one) are dismissed and their messages pushed to `dialogs`.
 * @param {{ source?: string, files?: Record<string, string>, settings?: Record<string, unknown>, ready?: string, dialogs?: string[] }} [options]
 * @returns {Promise<FixtureWorkbench>}
 */
export async function openFixtureWorkbench({ source = 'test/fixtures/workspace', files = {}, settings, ready = 'PORTAL-001', dialogs } = {}) {
  const workspace = copyWorkspace(path.join(REPO_ROOT, source));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace.folder, name)), { recursive: true });
    fs.writeFileSync(path.join(workspace.folder, name), text);
  }
  const server = await startCodeServer({ linkExtensions: [REPO_ROOT], ...(settings ? { settings } : {}) });
  const browser = await launchBrowser();
  const close = async () => {
    await browser.browser.close().catch(() => {});
    await server.stop();
    workspace.dispose();
  };
  const page = await browser.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs?.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    await openWorkbench(page, workbenchUrl(server, { folder: workspace.folder }));
    await activityBarItem(page, 'Requirements').click();
    await treeRows(page, ready).first().waitFor({ timeout: 45_000 }); // activated and indexed
  } catch (error) {
    await close();
    throw error;
  }
  return { page, workspace, close };
}
