/**
 * The whole-process floor `npm run bench` holds `reqdesk check` to: a Node process that reads every file of the
 * bench workspace and runs `yaml`'s parseDocument on each, on one thread, and does nothing else.
 * usage: node out/scripts/benchFloorProcess.js <workspace root>
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';

const root = process.argv[2];
const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));
let errors = 0;
for (const file of files) {
  errors += parseDocument(fs.readFileSync(path.join(root, file), 'utf8')).errors.length;
}
// Printed so that the work cannot be optimised away.
console.log(`${files.length} files, ${errors} errors`);
