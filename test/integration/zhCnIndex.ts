// Entry point (extensionTestsPath) of the zh-cn run: scripts/vscodeTest/runExtensionTests.js starts VS Code with
// --locale zh-cn on the single-folder fixture and runs only zhCnRefusals.test.ts and zhCnLabels.test.ts there; the other suites assert
// English text.
import * as path from 'node:path';
import { runSuite } from './suiteRunner';

export function run(): Promise<void> {
  return runSuite([path.join(__dirname, 'zhCnRefusals.test.js'), path.join(__dirname, 'zhCnLabels.test.js')], 'integration-zh-cn');
}
