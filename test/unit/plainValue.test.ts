import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { plainValue } from '../../src/core/plainValue';
import { parseYamlSource } from '../../src/core/yamlSource';

/** Every YAML file of the sample projects: what real files look like. */
function sampleTexts(): [string, string][] {
  const root = path.resolve(__dirname, '../../..');
  const found: [string, string][] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(file);
      } else if (/\.ya?ml$/.test(entry.name)) {
        found.push([path.relative(root, file), fs.readFileSync(file, 'utf8')]);
      }
    }
  };
  walk(path.join(root, 'examples'));
  walk(path.join(root, 'test/fixtures'));
  return found;
}

/** Documents the direct walk builds: every scalar type and spelling of the core schema, both styles, odd keys. */
const PLAIN = {
  'core scalars': 'a: 12\nb: -0\nc: 0x1F\nd: 0o17\ne: 1.5e3\nf: .inf\ng: -.Inf\nh: .nan\ni: true\nj: False\nk: ~\nl: null\nm:\nn: "12"\no: 2026-12-01\n',
  'block and flow collections': 'list:\n  - x\n  -\n  - [1, {a: b}]\nmap: { k: v, e: }\nempty: []\nnone: {}\n',
  'block scalars': 'folded: >\n  one\n  two\nliteral: |-\n  a\n  b\n',
  'non-string keys': '1: one\ntrue: yes\n~: nothing\n1.50: float\n',
  'keys the prototype also has': 'toString: a\nconstructor: b\nhasOwnProperty: c\n',
  'a duplicate key (the later value wins, as in toJS)': 'a: 1\na: 2\n',
  'explicit core tags': 'a: !!str 12\nb: !!int "7"\nc: !!float 1\n',
  'an unknown tag': 'a: !thing x\n',
  'a pair in a flow sequence (yaml makes it a one-key mapping)': 'a: [x: 1]\n',
  'a scalar at the root': 'just text\n',
  'an empty document': '# only a comment\n',
  'a document with errors': 'a: [1, 2\nb: c\n',
};

/** Documents it leaves to toJS, which knows what they mean. */
const NOT_PLAIN = {
  'an alias': 'a: &x 1\nb: *x\n',
  'a merge key': 'base: &b { x: 1 }\nitem:\n  <<: *b\n',
  'a __proto__ key': '__proto__: { polluted: true }\n',
  'a set': 'a: !!set { x, y }\n',
  'an ordered map': 'a: !!omap [ x: 1 ]\n',
  'a collection as a key': '? [a, b]\n: c\n',
  'a YAML 1.1 timestamp': '%YAML 1.1\n---\na: 2001-12-14t21:59:43.10-05:00\n',
};

describe('plainValue', () => {
  for (const [name, text] of [...Object.entries(PLAIN), ...sampleTexts()]) {
    it(`builds exactly what toJS builds: ${name}`, () => {
      const doc = parseDocument(text, { logLevel: 'error' });
      const plain = plainValue(doc);
      assert.ok(plain, 'walked directly');
      assert.deepStrictEqual(plain.value, doc.toJS());
    });
  }

  for (const [name, text] of Object.entries(NOT_PLAIN)) {
    it(`leaves ${name} to toJS, and the file still reads as toJS reads it`, () => {
      const doc = parseDocument(text, { logLevel: 'error' });
      assert.equal(plainValue(doc), undefined);
      assert.deepStrictEqual(parseYamlSource(text, { maxBytes: 1e6 }).value, doc.toJS());
    });
  }

  it('never lets a __proto__ key change the prototype of what the parser returns', () => {
    const value = parseYamlSource('__proto__: { polluted: true }\n', { maxBytes: 1e6 }).value as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.deepEqual(Object.keys(value), ['__proto__']);
  });
});
