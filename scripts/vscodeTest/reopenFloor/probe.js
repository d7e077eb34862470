// @ts-check
// The "tests" of a reopen-floor start: waits for the floor extension and prints what it measured, one line.
const vscode = require('vscode');

async function run() {
  const extension = vscode.extensions.getExtension('reqdesk-bench.reopen-floor');
  if (!extension) {
    throw new Error('reqdesk-bench.reopen-floor is not loaded');
  }
  const deadline = Date.now() + 240_000;
  while (!extension.isActive) {
    if (Date.now() > deadline) throw new Error('reopen-floor did not activate');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const result = await /** @type {{ done: Promise<unknown> }} */ (extension.exports).done;
  console.log(`REQDESK_BENCH ${JSON.stringify(result)}`);
}

module.exports = { run };
