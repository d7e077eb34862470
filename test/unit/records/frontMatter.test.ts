import * as assert from 'node:assert/strict';
import { frontMatterYaml, splitFrontMatter } from '../../../src/core/records/frontMatter';

describe('splitFrontMatter', () => {
  it('finds the YAML between the first line --- and the next, and where the body starts', () => {
    const text = '---\nkind: call\n---\n# Body\n';
    assert.deepEqual(splitFrontMatter(text), { found: true, yamlStart: 4, yamlEnd: 15, bodyStart: 19 });
    assert.equal(text.slice(4, 15), 'kind: call\n');
    assert.equal(text.slice(19), '# Body\n');
  });

  it('keeps CRLF line ends and spaces after the fences', () => {
    const text = '---  \r\nkind: call\r\n--- \r\nBody\r\n';
    const split = splitFrontMatter(text);
    assert.ok(split.found);
    assert.equal(text.slice(split.yamlStart, split.yamlEnd), 'kind: call\r\n');
    assert.equal(text.slice(split.bodyStart), 'Body\r\n');
  });

  it('skips a byte order mark, and counts offsets in the text as given', () => {
    const text = '\uFEFF---\nkind: call\n---\n';
    const split = splitFrontMatter(text);
    assert.ok(split.found);
    assert.equal(text.slice(split.yamlStart, split.yamlEnd), 'kind: call\n');
    assert.equal(split.bodyStart, text.length);
  });

  it('ends at the first closing fence: a --- further down is the body\'s, and ... closes too', () => {
    const text = '---\na: 1\n---\nText\n---\nMore\n';
    const split = splitFrontMatter(text);
    assert.ok(split.found);
    assert.equal(text.slice(split.bodyStart), 'Text\n---\nMore\n');
    const dots = splitFrontMatter('---\na: 1\n...\n');
    assert.ok(dots.found);
    assert.equal(dots.yamlEnd, 9);
  });

  it('closes at the end of a text without a final line break, and reads an empty front matter', () => {
    assert.deepEqual(splitFrontMatter('---\na: 1\n---'), { found: true, yamlStart: 4, yamlEnd: 9, bodyStart: 12 });
    assert.deepEqual(splitFrontMatter('---\n---\n'), { found: true, yamlStart: 4, yamlEnd: 4, bodyStart: 8 });
  });

  it('finds none when the first line is not --- or nothing closes it', () => {
    assert.deepEqual(splitFrontMatter('# Notes\n---\na: 1\n---\n'), { found: false, reason: 'missing', yamlStart: 0 });
    assert.deepEqual(splitFrontMatter(''), { found: false, reason: 'missing', yamlStart: 0 });
    assert.deepEqual(splitFrontMatter('----\na: 1\n---\n'), { found: false, reason: 'missing', yamlStart: 0 });
    assert.deepEqual(splitFrontMatter('---\na: 1\n-- -\n'), { found: false, reason: 'unclosed', yamlStart: 4 });
    assert.deepEqual(splitFrontMatter('---'), { found: false, reason: 'unclosed', yamlStart: 3 });
  });

  it('gives the YAML at the Markdown file\'s offsets, the opening fence blanked', () => {
    const text = '---\r\nkind: call\r\n---\r\nBody\r\n';
    const split = splitFrontMatter(text);
    assert.ok(split.found);
    assert.equal(frontMatterYaml(text, split), '   \r\nkind: call\r\n');
  });
});
