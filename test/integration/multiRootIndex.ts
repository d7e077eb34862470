// Entry point (extensionTestsPath) of the multi-root run: scripts/vscodeTest/runExtensionTests.js opens
// test/fixtures/multi-root/multi-root.code-workspace and runs only multiRoot.test.ts there, because every other
// suite expects the single-folder fixture. Writes its counts next to index.ts's for scripts/test.sh.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const grep = process.env.MOCHA_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec', grep });
  mocha.addFile(path.join(__dirname, 'multiRoot.test.js'));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      console.log(`${passed} passed, ${failures} failed`);
      const results = path.join(__dirname, '../../test-results');
      fs.mkdirSync(results, { recursive: true });
      fs.writeFileSync(path.join(results, 'integration-multi-root.json'), JSON.stringify({ passed, failed: failures }));
      if (failures > 0) {
        reject(new Error(`${failures} multi-root integration test(s) failed`));
      } else if (passed === 0 && !grep) {
        // A grep that matches none of these tests is a filter, not a failure.
        reject(new Error('no multi-root integration tests ran'));
      } else {
        resolve();
      }
    });
  });
}
