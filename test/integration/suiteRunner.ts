// Runs compiled mocha test files inside the extension host and records the counts for scripts/test.sh, which
// adds up every file in out/test-results/. Shared by the entry points (index.ts, multiRootIndex.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Runs `files`; writes `{ passed, failed }` to out/test-results/<resultName>.json; rejects on a failure or an empty run. */
export function runSuite(files: readonly string[], resultName: string): Promise<void> {
  const grep = process.env.MOCHA_GREP; // the extension host inherits the runner's environment
  const mocha = new Mocha({
    ui: 'tdd',
    color: false, // the output goes through the workbench's console forwarding, not a terminal
    timeout: 30_000,
    reporter: 'spec',
    grep,
  });
  for (const file of files) {
    mocha.addFile(file);
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      // The closing line CI reads.
      console.log(`${passed} passed, ${failures} failed`);
      const results = path.join(__dirname, '../../test-results');
      fs.mkdirSync(results, { recursive: true });
      fs.writeFileSync(path.join(results, `${resultName}.json`), JSON.stringify({ passed, failed: failures }));
      if (failures > 0) {
        reject(new Error(`${failures} test(s) failed in ${resultName}`));
      } else if (passed === 0 && !grep) {
        // A grep that matches none of these tests is a filter, not a failure.
        reject(new Error(`no tests ran in ${resultName} (${files.length} files)`));
      } else {
        resolve();
      }
    });
  });
}
