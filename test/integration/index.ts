// Entry point of the integration suite (extensionTestsPath). The extension host require()s this file and
// awaits run(): under code-server (scripts/vscodeTest/runExtensionTests.js) and under @vscode/test-electron
// (scripts/vscodeTest/runElectron.js) alike. Mocha is loaded from the project's node_modules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runSuite } from './suiteRunner';

/** Every compiled *.test.js below this folder, in a stable order. */
function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.js'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export function run(): Promise<void> {
  return runSuite(testFiles(__dirname), 'integration');
}
