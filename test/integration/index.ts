// Entry point of the integration suite (extensionTestsPath). The extension host require()s this file and
// awaits run(): under code-server (scripts/vscodeTest/runExtensionTests.js) and under @vscode/test-electron
// (scripts/vscodeTest/runElectron.js) alike. Mocha is loaded from the project's node_modules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Every compiled *.test.js below this folder, in a stable order. */
function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.js'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false, // the output goes through the workbench's console forwarding, not a terminal
    timeout: 30_000,
    reporter: 'spec',
    grep: process.env.MOCHA_GREP, // the extension host inherits the runner's environment
  });
  const files = testFiles(__dirname);
  for (const file of files) {
    mocha.addFile(file);
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      // The closing line CI reads; scripts/test.sh adds up the counts in out/test-results/.
      console.log(`${passed} passed, ${failures} failed`);
      const results = path.join(__dirname, '../../test-results');
      fs.mkdirSync(results, { recursive: true });
      fs.writeFileSync(path.join(results, 'integration.json'), JSON.stringify({ passed, failed: failures }));
      if (failures > 0) {
        reject(new Error(`${failures} integration test(s) failed`));
      } else if (passed === 0) {
        reject(new Error(`no integration tests ran (${files.length} files${process.env.MOCHA_GREP ? `, MOCHA_GREP=${process.env.MOCHA_GREP}` : ''})`));
      } else {
        resolve();
      }
    });
  });
}
