#!/usr/bin/env node
// @ts-check
// The same integration suite (out/test/integration/index.js) under @vscode/test-electron: desktop VS Code,
// downloaded on first use from update.code.visualstudio.com. For machines with internet (it fails offline
// with ENOTFOUND); offline, use runExtensionTests.js. On Linux without a display, run it under xvfb-run.
// env: VSCODE_VERSION (default 1.100.3, the version the offline harness runs; 'stable' or 'insiders' work too)
import path from 'node:path';
import process from 'node:process';
import { runTests } from '@vscode/test-electron';
import { copyWorkspace } from './lib/workspaceCopy.js';

const root = path.resolve(import.meta.dirname, '../..');
const workspace = copyWorkspace(path.join(root, 'test/fixtures/workspace'));
let code = 1;
try {
  code = await runTests({
    version: process.env.VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/integration/index.js'),
    // The folder first; then keep other installed extensions and first-run UI out of the way.
    launchArgs: [workspace.folder, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  process.stderr.write(`[vscodeTest] @vscode/test-electron: ${error instanceof Error ? error.message : error}\n`);
} finally {
  workspace.dispose();
}
process.exit(code);
