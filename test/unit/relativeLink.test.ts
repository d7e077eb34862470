import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { relativeLink } from '../../src/core/relativeLink';

describe('relativeLink', () => {
  it('links from the report\'s folder: beside it, below it, above it', () => {
    assert.equal(relativeLink('file:///w/change-log.md', 'file:///w/changes/CR-0001.cr.yaml'), 'changes/CR-0001.cr.yaml');
    assert.equal(relativeLink('file:///w/reports/change-log.md', 'file:///w/changes/CR-0001.cr.yaml'), '../changes/CR-0001.cr.yaml');
    assert.equal(relativeLink('file:///w/a/b/log.md', 'file:///w/CR-0001.cr.yaml'), '../../CR-0001.cr.yaml');
    assert.equal(relativeLink('file:///w/changes/log.md', 'file:///w/changes/CR-0001.cr.yaml'), 'CR-0001.cr.yaml');
    assert.equal(relativeLink('file:///home/a/log.md', 'file:///tmp/x.yaml'), '../../tmp/x.yaml');
  });

  it('takes the CLI\'s paths, Windows drives included', () => {
    assert.equal(relativeLink('/w/out/log.md', '/w/changes/CR-0001.cr.yaml'), '../changes/CR-0001.cr.yaml');
    assert.equal(relativeLink('C:/w/log.md', 'c:/w/changes/CR-0001.cr.yaml'), 'changes/CR-0001.cr.yaml');
    assert.equal(relativeLink('C:/w/log.md', 'D:/w/CR-0001.cr.yaml'), undefined, 'another drive');
    assert.equal(relativeLink('file:///c%3A/w/log.md', 'file:///d%3A/w/CR-0001.cr.yaml'), undefined);
  });

  it('percent-encodes what a Markdown link or a URL would misread, decoding the URI first', () => {
    assert.equal(relativeLink('file:///w/log.md', 'file:///w/my%20changes/CR%20(1).cr.yaml'), 'my%20changes/CR%20%281%29.cr.yaml');
    assert.equal(relativeLink('file:///w/log.md', 'file:///w/%E5%8F%98%E6%9B%B4/CR-1.cr.yaml'), '%E5%8F%98%E6%9B%B4/CR-1.cr.yaml');
    assert.equal(relativeLink('/w/log.md', '/w/a<b>[c]#d?e.cr.yaml'), 'a%3Cb%3E%5Bc%5D%23d%3Fe.cr.yaml');
    const md = new MarkdownIt();
    const link = relativeLink('/w/r/log.md', '/w/x y/(CR) [1].cr.yaml') ?? assert.fail();
    assert.equal(md.renderInline(`[CR](${link})`), `<a href="../x%20y/%28CR%29%20%5B1%5D.cr.yaml">CR</a>`);
  });

  it('gives no link across schemes, authorities, or between a URI and a path', () => {
    assert.equal(relativeLink('file:///w/log.md', 'vscode-remote://ssh/w/CR-1.cr.yaml'), undefined);
    assert.equal(relativeLink('vscode-remote://ssh-a/w/log.md', 'vscode-remote://ssh-b/w/CR-1.cr.yaml'), undefined);
    assert.equal(relativeLink('vscode-remote://ssh-a/w/log.md', 'vscode-remote://ssh-a/w/c/CR-1.cr.yaml'), 'c/CR-1.cr.yaml');
    assert.equal(relativeLink('file:///w/log.md', '/w/CR-1.cr.yaml'), undefined);
    assert.equal(relativeLink('untitled:Untitled-1', 'file:///w/CR-1.cr.yaml'), undefined);
    assert.equal(relativeLink('file:///w/log.md', 'file:///w/%E0%A4%A.cr.yaml'), undefined, 'malformed encoding');
    assert.equal(relativeLink('relative/log.md', 'relative/CR-1.cr.yaml'), undefined);
  });
});
