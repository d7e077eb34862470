import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_NESTING_DEPTH, screenYaml } from '../../src/core/yamlScreen';
import { parseYamlSource } from '../../src/core/yamlSource';
import { brief } from './workspaceBuilder';

const ROOT = path.join(__dirname, '../../..');

/** The depth the screen counts for a text: the smallest limit it passes. */
function depthOf(text: string): number {
  let limit = 0;
  while (screenYaml(text, limit)) {
    limit++;
  }
  return limit;
}

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return ['node_modules', '.git', '.vscode-test', 'out', 'dist'].includes(entry.name) ? [] : yamlFiles(full);
    }
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

describe('yamlScreen: nesting depth before any parser sees the text', () => {
  it('counts flow brackets and refuses at the first bracket past the limit', () => {
    assert.equal(depthOf('a: [[1], {b: [2]}]\n'), 4);
    const text = `a: ${'['.repeat(MAX_NESTING_DEPTH + 5)}${']'.repeat(MAX_NESTING_DEPTH + 5)}\n`;
    // One level is the mapping; the bracket that makes it 101 is the 100th.
    assert.deepEqual(screenYaml(text), { offset: 3 + MAX_NESTING_DEPTH - 1, limit: MAX_NESTING_DEPTH });
    assert.equal(screenYaml(`a: ${'['.repeat(MAX_NESTING_DEPTH - 1)}${']'.repeat(MAX_NESTING_DEPTH - 1)}\n`), undefined);
  });

  it('counts block levels by indentation, compact entries on one line included', () => {
    assert.equal(depthOf('a:\n  b:\n    c: 1\n  d: 2\ne: 3\n'), 3);
    assert.equal(depthOf('- - - x\n'), 3);
    assert.equal(depthOf('- a: 1\n  b:\n    - c\n'), 3);
    assert.equal(depthOf(Array.from({ length: 150 }, (_, i) => `${' '.repeat(i)}-\n`).join('')), 150);
    assert.equal(depthOf(Array.from({ length: 150 }, (_, i) => `${' '.repeat(2 * i)}k${i}:\n`).join('')), 150);
  });

  it('does not count brackets in quotes, comments, block scalars or plain text', () => {
    const brackets = '['.repeat(500);
    assert.equal(depthOf(`a: "${brackets}"\nb: '${brackets}'\nc: x ${brackets}\n# ${brackets}\nd: |\n  ${brackets}\n  {{{{\ne: 1 # ${brackets}\n`), 1);
    assert.equal(depthOf(`a: "line one ${brackets}\n  line two ${brackets}"\nb: [x, "${brackets}", '${brackets}', y # ${brackets}\n  ]\n`), 2);
  });

  it('does not count the growing indentation of a long plain or block text', () => {
    const plain = `description: first\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 2)}more words\n`).join('')}next: 1\n`;
    assert.equal(depthOf(plain), 1);
    const block = `description: >\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 2)}- not: [a list\n`).join('')}next: 1\n`;
    assert.equal(depthOf(block), 1);
  });

  it('reads lone CR and CRLF line breaks as line breaks', () => {
    assert.equal(depthOf('a:\r  b:\r    c: 1\r'), 3);
    assert.equal(depthOf('a:\r\n  b:\r\n    c: 1\r\n'), 3);
  });

  it('finds every file in this repository (examples, fixtures, schemas) far below the limit', () => {
    const files = yamlFiles(ROOT);
    assert.ok(files.length > 10, `${files.length} YAML files`);
    const deepest = Math.max(...files.map((file) => depthOf(fs.readFileSync(file, 'utf8'))));
    assert.ok(deepest <= 8, `deepest real file: ${deepest} levels`);
  });

  it('makes the file one clear problem at the place the limit is crossed, and no parse', () => {
    const text = `document:\n  prefix: P\n  title: T\nrequirements:\n  - id: P-001\n    links: ${'['.repeat(300)}\n`;
    const source = parseYamlSource(text, { maxBytes: 1e6 });
    assert.equal(source.doc, undefined);
    assert.equal(source.hasSyntaxErrors, true);
    assert.deepEqual(source.findings.map(brief), [{
      ruleId: 'yaml-too-deep',
      severity: 'error',
      message: 'The YAML nests more than 100 levels deep here, so ReqDesk does not read the file: a structure this deep is no requirements data, and it could exhaust the YAML reader.',
      range: '5:108-5:109',
    }]);
  });

  it('lets one process read deep flow and deep block nesting one after the other (this aborted Node inside yaml)', () => {
    const flow = `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const block = Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}-\n`).join('');
    for (const text of [flow, block, flow, block]) {
      assert.equal(parseYamlSource(text, { maxBytes: 1e8 }).findings[0].ruleId, 'yaml-too-deep');
    }
  });
});
