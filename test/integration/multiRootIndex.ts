// Entry point (extensionTestsPath) of the multi-root run: scripts/vscodeTest/runExtensionTests.js opens
// test/fixtures/multi-root/multi-root.code-workspace and runs only multiRoot.test.ts there, because every other
// suite expects the single-folder fixture.
import * as path from 'node:path';
import { runSuite } from './suiteRunner';

export function run(): Promise<void> {
  return runSuite([path.join(__dirname, 'multiRoot.test.js'), path.join(__dirname, 'discoveryParity.test.js')], 'integration-multi-root');
}
