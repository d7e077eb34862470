// Runs the unit suite with mocha's API so the run ends with a plain `N passed, N failed` line
// and leaves its counts for scripts/test.sh to add up.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

const root = path.join(__dirname, '..');
const mocha = new Mocha({ reporter: process.env.MOCHA_REPORTER || 'dot', timeout: 20000 });
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name.endsWith('.test.js') ? [path.join(dir, entry.name)] : []);
for (const file of walk(path.join(root, 'out/test/unit')).sort()) {
  mocha.addFile(file);
}
const runner = mocha.run((failures) => {
  const passed = runner.stats.passes;
  console.log(`unit: ${passed} passed, ${failures} failed`);
  const results = path.join(root, 'out/test-results');
  fs.mkdirSync(results, { recursive: true });
  fs.writeFileSync(path.join(results, 'unit.json'), JSON.stringify({ passed, failed: failures }));
  process.exitCode = failures > 0 ? 1 : 0;
});
