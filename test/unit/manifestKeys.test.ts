import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';

// JSON.parse keeps the last of two equal keys without a word: two branches that each added a menu section left
// one of them silently dropped. JSON is YAML, and yaml's parser names every duplicate.
const ROOT = path.join(__dirname, '../../..');
const FILES = ['package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json'];

describe('manifest and translation files', () => {
  for (const file of FILES) {
    it(`${file} has no key twice in an object`, () => {
      const document = parseDocument(fs.readFileSync(path.join(ROOT, file), 'utf8'), { uniqueKeys: true });
      assert.deepEqual(document.errors.map((e) => e.message.split('\n')[0]), []);
    });
  }
});
