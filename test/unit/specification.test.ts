import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { ENGLISH_SPECIFICATION_LABELS, specificationHtml, specificationMarkdown, type SpecificationDocument } from '../../src/core/specification';

/** Set up as VS Code's preview is (raw HTML on, URLs linked), so that whatever could turn into markup would. */
const md = new MarkdownIt({ html: true, linkify: true });
md.linkify.set({ fuzzyLink: false });

const PORTAL: SpecificationDocument = {
  header: { prefix: 'PORTAL', title: 'Customer portal', customer: 'Acme Corp', version: '1.2', description: 'What the portal does.\n\nFor buyers.\n' },
  path: 'requirements/portal.req.yaml',
  requirements: [
    {
      id: 'PORTAL-001', title: 'Login goes to the home page', status: 'in-progress', priority: 'high', owner: 'li.na', source: 'Kick-off 2026-11-02',
      milestone: 'M1', due: '2026-12-01', tags: ['auth', 'ux'], links: ['PORTAL-002'], changes: ['CR-0001'],
      description: 'After login the user lands on\nthe home page.\n\nNo detour.\n', acceptance: ['Login with a valid password opens the home page', 'A wrong password shows an error'],
    },
    { id: 'PORTAL-002', title: 'Password reset' },
  ],
};

const HOSTILE = ['a | b', '`code`', '<script>alert(1)</script>', '[click](command:workbench.action.quit)', '# heading', '- item', '1. first',
  '> quote', '*em* _u_', 'https://evil.example', '&amp;', 'Issue #', '<img src=x onerror=alert(1)>', '$math$', 'li.na@acme.example'];

describe('specification', () => {
  it('renders per document, each requirement with every field under its label', () => {
    const html = md.render(specificationMarkdown([PORTAL]));
    assert.equal(html, [
      '<h1>Requirements specification</h1>',
      '<h2>Customer portal</h2>',
      '<ul>', '<li><strong>Customer:</strong> Acme Corp</li>', '<li><strong>Version:</strong> 1.2</li>', '<li><strong>File:</strong> requirements/portal.req.yaml</li>', '</ul>',
      '<p>What the portal does.</p>', '<p>For buyers.</p>',
      '<h3>PORTAL-001 · Login goes to the home page</h3>',
      '<ul>',
      '<li><strong>Status:</strong> in-progress</li>', '<li><strong>Priority:</strong> high</li>', '<li><strong>Owner:</strong> li.na</li>',
      '<li><strong>Milestone:</strong> M1</li>', '<li><strong>Due:</strong> 2026-12-01</li>', '<li><strong>Source:</strong> Kick-off 2026-11-02</li>',
      '<li><strong>Tags:</strong> auth, ux</li>', '<li><strong>Links:</strong> PORTAL-002</li>', '<li><strong>Change requests:</strong> CR-0001</li>',
      '</ul>',
      '<p><strong>Description</strong></p>', '<p>After login the user lands on the home page.</p>', '<p>No detour.</p>',
      '<p><strong>Acceptance criteria</strong></p>',
      '<ol>', '<li>Login with a valid password opens the home page</li>', '<li>A wrong password shows an error</li>', '</ol>',
      '<h3>PORTAL-002 · Password reset</h3>',
      '',
    ].join('\n'));
  });

  it('keeps hostile text inert and whole in every place, Markdown and HTML', () => {
    for (const text of HOSTILE) {
      const document: SpecificationDocument = {
        header: { title: text, customer: text, description: text },
        path: text,
        requirements: [{ id: 'X-1', title: text, owner: text, tags: [text, 'b'], description: `${text}\n\n${text}`, acceptance: [text] }],
      };
      const shown = md.utils.escapeHtml(text);
      const rendered = md.render(specificationMarkdown([document]));
      assert.ok(rendered.includes(`<h2>${shown}</h2>`), `document heading ${text}: ${rendered}`);
      assert.ok(rendered.includes(`<h3>X-1 · ${shown}</h3>`), `requirement heading ${text}: ${rendered}`);
      assert.ok(rendered.includes(`<li><strong>Owner:</strong> ${shown}</li>`), `fact ${text}: ${rendered}`);
      assert.ok(rendered.includes(`<li><strong>Tags:</strong> ${shown}, b</li>`), `list fact ${text}: ${rendered}`);
      assert.ok(rendered.includes(`<p>${shown}</p>\n<p>${shown}</p>`), `paragraphs ${text}: ${rendered}`);
      assert.ok(rendered.includes(`<ol>\n<li>${shown}</li>\n</ol>`), `acceptance ${text}: ${rendered}`);
      assert.doesNotMatch(rendered, /<(script|img|a|code|em|blockquote|h1>[^R])/, `no markup from ${text}`);

      const page = specificationHtml([document]);
      assert.doesNotMatch(page.split('</style>')[1], /<(script|img|a)\b/, `no markup from ${text} in HTML`);
      assert.ok(page.includes(`<h3>X-1 · ${text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</h3>`), `${text} in HTML`);
    }
  });

  it('writes a self-contained HTML page in the labels\' language that may run nothing', () => {
    const labels = { ...ENGLISH_SPECIFICATION_LABELS, language: 'zh-cn', title: '需求规格说明书', fields: { ...ENGLISH_SPECIFICATION_LABELS.fields, status: '状态' } };
    const page = specificationHtml([PORTAL], labels);
    assert.ok(page.startsWith('<!DOCTYPE html>\n<html lang="zh-cn">\n<head>\n<meta charset="utf-8">\n'));
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`));
    assert.ok(page.includes('<title>需求规格说明书</title>'));
    assert.ok(page.includes('<h3>PORTAL-001 · Login goes to the home page</h3>\n<dl>\n<dt>状态</dt><dd>in-progress</dd>\n'));
    assert.ok(page.includes('<h4>Acceptance criteria</h4>\n<ol>\n<li>Login with a valid password opens the home page</li>\n<li>A wrong password shows an error</li>\n</ol>'));
    assert.ok(page.includes('<h4>Description</h4>\n<p>After login the user lands on the home page.</p>\n<p>No detour.</p>'));
  });

  it('says so when there is nothing to list, and names untitled parts', () => {
    assert.equal(specificationMarkdown([]), '# Requirements specification\n\nNo requirements.\n');
    assert.ok(specificationMarkdown([{ header: {}, path: 'a.req.yaml', requirements: [{}] }]).includes('## (untitled)\n\n- **File:** a.req.yaml\n\n### (untitled)\n'));
  });
});
