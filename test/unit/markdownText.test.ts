import * as assert from 'node:assert/strict';
import { escapeMarkdown, escapeMarkdownParagraphs } from '../../src/core/markdownText';

describe('escapeMarkdown', () => {
  it('escapes every ASCII punctuation character, so nothing forms a link, emphasis, HTML or a command', () => {
    assert.equal(escapeMarkdown('[click](command:x) *b* <img src=x>'), '\\[click\\]\\(command\\:x\\) \\*b\\* \\<img src\\=x\\>');
    assert.equal(escapeMarkdown('see https://evil.example and www.x.io'), 'see https\\:\\/\\/evil\\.example and www\\.x\\.io');
    assert.equal(escapeMarkdown('&amp; $(alert) `code` \\'), '\\&amp\\; \\$\\(alert\\) \\`code\\` \\\\');
  });

  it('collapses whitespace, so text cannot start a heading, a list or a code block', () => {
    assert.equal(escapeMarkdown('    code?\n# heading\n- item'), 'code\\? \\# heading \\- item');
  });

  it('leaves letters, digits and CJK text alone', () => {
    assert.equal(escapeMarkdown('登录后进入首页 PORTAL 001'), '登录后进入首页 PORTAL 001');
  });

  it('keeps paragraphs as paragraphs', () => {
    assert.equal(escapeMarkdownParagraphs('one\nline\n\n  two_\n\n\n'), 'one line\n\ntwo\\_');
  });
});
