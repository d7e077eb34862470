// Runs the unit suite with mocha's API so the run ends with a plain `N passed, N failed` line
// and leaves its counts for scripts/test.sh to add up.
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Mocha = require('mocha');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.test.js') ? [join(dir, entry.name)] : []);

const mocha = new Mocha({ reporter: process.env.MOCHA_REPORTER || 'dot', timeout: 20000 });
for (const file of walk(join(root, 'out/test/unit')).sort()) {
  mocha.addFile(file);
}
const runner = mocha.run((failures) => {
  const passed = runner.stats.passes;
  globalThis.console.log(`unit: ${passed} passed, ${failures} failed`);
  const results = join(root, 'out/test-results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'unit.json'), JSON.stringify({ passed, failed: failures }));
  process.exitCode = failures > 0 ? 1 : 0;
});
