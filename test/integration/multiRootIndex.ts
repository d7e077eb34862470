// Entry point (extensionTestsPath) of the multi-root run: scripts/vscodeTest/runExtensionTests.js opens
// test/fixtures/multi-root/multi-root.code-workspace and runs only the suites written for it there, because every
// other suite expects the single-folder fixture.
import * as path from 'node:path';
import { runSuite } from './suiteRunner';

export function run(): Promise<void> {
  return runSuite(['multiRoot.test.js', 'discoveryParity.test.js', 'projectMultiRoot.test.js'].map((name) => path.join(__dirname, name)), 'integration-multi-root');
}
