import * as assert from 'node:assert/strict';
import { EditComposer } from '../../../src/core/changeRequests/editComposer';
import { applyTextEdits, type EditResult, type TextEdit } from '../../../src/core/edit/textEdit';
import { localized } from '../../../src/core/messages';

describe('EditComposer', () => {
  const steps = (original: string, ...edits: TextEdit[][]): { composed: TextEdit[]; sequential: string } => {
    const composer = new EditComposer(original);
    let sequential = original;
    for (const step of edits) {
      assert.equal(composer.apply(() => ({ ok: true, edits: step })), undefined);
      sequential = applyTextEdits(sequential, step);
    }
    assert.equal(composer.text, sequential);
    const result = composer.result();
    assert.ok(result.ok);
    return { composed: result.edits, sequential };
  };
  const edit = (start: number, end: number, newText: string): TextEdit => ({ start, end, newText });

  it('maps disjoint steps back onto the original text', () => {
    const { composed, sequential } = steps('0123456789', [edit(8, 9, 'EIGHT')], [edit(1, 2, 'one')], [edit(16, 16, '!')]);
    assert.equal(sequential, '0one234567EIGHT9!');
    assert.deepEqual(composed, [edit(1, 2, 'one'), edit(8, 9, 'EIGHT'), edit(10, 10, '!')]);
  });

  it('merges a step that overlaps or touches earlier ones into one edit', () => {
    const { composed, sequential } = steps('abcdef', [edit(1, 2, 'BB')], [edit(4, 5, 'DD')], [edit(2, 5, '-')]);
    assert.equal(sequential, 'aB-Def');
    assert.deepEqual(composed, [edit(1, 4, 'B-D')]);
    assert.equal(applyTextEdits('abcdef', composed), sequential);
  });

  it('keeps insertions at one offset in their order, within a step and across steps', () => {
    const { composed, sequential } = steps('ab', [edit(1, 1, 'x'), edit(1, 1, 'y')], [edit(3, 3, 'z')]);
    assert.equal(sequential, 'axyzb');
    assert.equal(applyTextEdits('ab', composed), sequential);
  });

  it('agrees with applying the steps one after another, for many random steps', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let run = 0; run < 200; run++) {
      const original = 'the quick brown fox jumps over the lazy dog';
      let text = original;
      const all: TextEdit[][] = [];
      for (let s = 0; s < 1 + random(5); s++) {
        // One to three non-overlapping edits a step, given in any order, as the edit primitives return them.
        const step: TextEdit[] = [];
        let from = 0;
        for (let e = 0; e < 1 + random(3) && from <= text.length; e++) {
          const start = from + random(text.length - from + 1);
          const end = start + random(Math.min(4, text.length - start) + 1);
          step.push(edit(start, end, 'XYZ'.slice(0, random(4))));
          from = end + 1;
        }
        step.reverse();
        all.push(step);
        text = applyTextEdits(text, step);
      }
      const { composed, sequential } = steps(original, ...all);
      assert.equal(applyTextEdits(original, composed), sequential, `run ${run}`);
    }
  });

  it('stops at a refused step with its reason', () => {
    const composer = new EditComposer('abc');
    const refused: EditResult = { ok: false, refusal: localized('no') };
    assert.deepEqual(composer.apply(() => refused), localized('no'));
    assert.deepEqual(composer.result(), { ok: true, edits: [] });
  });
});
