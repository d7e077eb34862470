import * as assert from 'node:assert/strict';
import { applyTextEdits } from '../../../src/core/edit/textEdit';

describe('applyTextEdits', () => {
  it('applies replacements, insertions and deletions given in any order', () => {
    const text = 'status: new\nowner: bob\n';
    const edits = [
      { start: 19, end: 22, newText: 'alice' },
      { start: 8, end: 11, newText: 'done' },
      { start: 0, end: 0, newText: '# top\n' },
    ];
    assert.equal(applyTextEdits(text, edits), '# top\nstatus: done\nowner: alice\n');
  });

  it('keeps insertions at one offset in their given order, before a replacement starting there', () => {
    const edits = [
      { start: 2, end: 3, newText: 'C' },
      { start: 2, end: 2, newText: '1' },
      { start: 2, end: 2, newText: '2' },
    ];
    assert.equal(applyTextEdits('abcd', edits), 'ab12Cd');
  });

  it('returns the text unchanged for no edits', () => {
    assert.equal(applyTextEdits('a: 1\n', []), 'a: 1\n');
  });

  it('throws on overlapping edits and on edits outside the text', () => {
    assert.throws(() => applyTextEdits('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]), RangeError);
    assert.throws(() => applyTextEdits('abc', [{ start: 2, end: 9, newText: '' }]), RangeError);
  });
});
