import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, escapeMarkdownParagraphs } from '../../src/core/markdownText';

/**
 * A real renderer, set up as VS Code's Markdown preview is: raw HTML allowed, URLs and e-mail addresses linked
 * (not bare domains: `fuzzyLink` is off there, or every `README.md` would link to Moldova), GFM tables and
 * strikethrough on.
 */
const md = new MarkdownIt({ html: true, linkify: true });
md.linkify.set({ fuzzyLink: false });

/** What the text must render as: one paragraph holding exactly its characters (whitespace collapsed). */
function plainParagraph(text: string): string {
  return `<p>${md.utils.escapeHtml(text.replace(/\s+/g, ' ').trim())}</p>\n`;
}

const HOSTILE = [
  'a | b | c', '| leading pipe |', '`code` and ``double``', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '[click](command:workbench.action.terminal.new)', '![x](https://evil.example/p.png)', '[ref]: https://evil.example',
  '# heading', '## two', '#hashtag stays', '- item', '+ item', '-5 degrees', '---', '--- x', '===', '1. first', '1) first',
  '12. twelve', '> quoted', '*emphasis* **strong** ***both***', '_under_ __dunder__ snake_case __init__ _x',
  'a*b*c', '~~struck~~ ~one~', 'see https://evil.example/x?y=1 and http://a.b', 'www.evil.example', '//evil.example/x',
  'mail li.na@acme.example now', '<https://evil.example>', '<li.na@acme.example>', '&amp; &#60; &copy; AT&T',
  'back\\slash \\* \\_ \\', 'trailing backslash \\', '$(alert) costs $8000 and $5', '{curly} (paren) "quote" \'single\'',
  'tabs\tand\n\nnewlines\n# not a heading', '    indented code?', 'CR-0006 on 2026-12-07 by Bob Li (Acme)',
  '登录后进入首页：用户名 li.na（客户）', 'emoji :tada: stays text', '<!-- comment -->', 'x <b>bold</b> y',
];

describe('escapeMarkdown', () => {
  it('renders hostile text as exactly its own characters in a real renderer', () => {
    for (const text of HOSTILE) {
      assert.equal(md.render(escapeMarkdown(text)), plainParagraph(text), `for ${JSON.stringify(text)}`);
    }
  });

  it('stays plain inside a list item, a table cell and after a heading line', () => {
    for (const text of HOSTILE) {
      const item = md.render(`- ${escapeMarkdown(text)}`);
      assert.equal(item, `<ul>\n<li>${plainParagraph(text).slice(3, -5)}</li>\n</ul>\n`, `list item ${JSON.stringify(text)}`);
      const table = md.render(`| a |\n| --- |\n| ${escapeMarkdown(text)} |`);
      assert.match(table, /<td>/, `table cell ${JSON.stringify(text)}`);
      assert.equal(table.split('<td>')[1].split('</td>')[0], md.utils.escapeHtml(text.replace(/\s+/g, ' ').trim()), `table cell ${JSON.stringify(text)}`);
      assert.equal(md.render(`**Label**\n${escapeMarkdown(text)}`).includes('<h'), false, `setext ${JSON.stringify(text)}`);
    }
  });

  it('leaves ordinary text readable: no escapes where Markdown would read nothing', () => {
    for (const text of ['CR-0006', '2026-12-07', 'Bob Li (Acme)', 'li.na', 'e-mail', 'snake_case', 'v1.2.3!', 'Q&A', '50% off', '登录后进入首页 PORTAL-001']) {
      assert.equal(escapeMarkdown(text), text);
    }
  });

  it('escapes only the characters that would be markup', () => {
    assert.equal(escapeMarkdown('[click](command:x) *b* <img src=x>'), '\\[click\\]\\(command:x) \\*b\\* \\<img src=x>');
    assert.equal(escapeMarkdown('see https://evil.example and www.x.io'), 'see https:\\//evil.example and www\\.x.io');
    assert.equal(escapeMarkdown('&amp; $(alert) `code` \\'), '\\&amp; \\$(alert) \\`code\\` \\\\');
    assert.equal(escapeMarkdown('# heading'), '\\# heading');
    assert.equal(escapeMarkdown('1. first'), '1\\. first');
  });

  it('collapses whitespace, so text cannot start a code block or a new block', () => {
    assert.equal(escapeMarkdown('    code?\n# heading\n- item'), 'code? # heading - item');
  });

  it('keeps paragraphs as paragraphs', () => {
    assert.equal(escapeMarkdownParagraphs('one\nline\n\n  two_\n\n\n'), 'one line\n\ntwo\\_');
    assert.equal(md.render(escapeMarkdownParagraphs('- a\n\n# b')), '<p>- a</p>\n<p># b</p>\n');
  });
});
