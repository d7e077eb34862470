import * as assert from 'node:assert/strict';
import { applyTextEdits, type EditResult } from '../../../src/core/edit/textEdit';
import { addChangeToRecord, markActionDone } from '../../../src/core/records/recordEdits';

function applied(text: string, result: EditResult): string {
  assert.ok(result.ok, result.ok ? '' : result.refusal.message);
  return applyTextEdits(text, result.edits);
}

const FLOW = [
  '---',
  'kind: call   # weekly',
  'on: 2026-12-01',
  'subject: S',
  'actions:',
  '  # the first one matters',
  '  - { who: alice, what: One, due: 2026-12-05, done: false }  # asked twice',
  '  - { who: bob, what: Two }',
  '---',
  'Body with --- and actions: [not front matter]',
  '',
].join('\n');

describe('communication records: Mark Action Done', () => {
  it('sets done: true in a flow mapping, in place or added, every comment kept and the body untouched', () => {
    assert.equal(applied(FLOW, markActionDone(FLOW, { index: 0, who: 'alice', what: 'One' })),
      FLOW.replace('done: false }  # asked twice', 'done: true }  # asked twice'));
    assert.equal(applied(FLOW, markActionDone(FLOW, { index: 1, who: 'bob', what: 'Two' })),
      FLOW.replace('{ who: bob, what: Two }', '{ who: bob, what: Two, done: true }'));
  });

  it('sets done: true in a block mapping, with CRLF line ends kept', () => {
    const text = '---\r\nkind: call\r\non: 2026-12-01\r\nsubject: S\r\nactions:\r\n  - who: alice   # lead\r\n    what: One\r\n  - who: bob\r\n    what: Two\r\n    done: false # not yet\r\n---\r\nBody\r\n';
    assert.equal(applied(text, markActionDone(text, { index: 0, who: 'alice', what: 'One' })),
      text.replace('    what: One\r\n', '    what: One\r\n    done: true\r\n'));
    assert.equal(applied(text, markActionDone(text, { index: 1, who: 'bob', what: 'Two' })),
      text.replace('done: false # not yet', 'done: true # not yet'));
  });

  it('edits a file with a byte order mark at the offsets of the text as given', () => {
    const text = `\uFEFF${FLOW}`;
    assert.equal(applied(text, markActionDone(text, { index: 1, who: 'bob', what: 'Two' })),
      text.replace('{ who: bob, what: Two }', '{ who: bob, what: Two, done: true }'));
  });

  it('refuses when the action is not the one shown any more, is done already, or there is no front matter', () => {
    const refusal = (text: string, action: Parameters<typeof markActionDone>[1]): string => {
      const result = markActionDone(text, action);
      assert.ok(!result.ok);
      return result.refusal.message;
    };
    assert.equal(refusal(FLOW, { index: 0, who: 'alice', what: 'Changed' }), 'Action 1 of the record has changed since it was shown: look at the file again, then mark it done.');
    assert.equal(refusal(FLOW, { index: 2, who: 'carol', what: 'Three' }), 'Action 3 of the record has changed since it was shown: look at the file again, then mark it done.');
    const done = FLOW.replace('done: false', 'done: true');
    assert.equal(refusal(done, { index: 0, who: 'alice', what: 'One' }), 'Action 1 of the record is done already.');
    assert.equal(refusal('# Notes\n', { index: 0, who: 'alice', what: 'One' }), 'The record has no front matter to edit (a first line ---, closed by another).');
    const broken = markActionDone(FLOW.replace('subject: S', 'subject: [S'), { index: 0, who: 'alice', what: 'One' });
    assert.ok(!broken.ok);
  });
});

describe('communication records: linking a change request back', () => {
  it("adds the ID to changes:, creating it in the schema's order, and leaves a listed ID alone", () => {
    assert.equal(applied(FLOW, addChangeToRecord(FLOW, 'CR-0007')), FLOW.replace('---\nBody', 'changes: [CR-0007]\n---\nBody'));
    const listed = FLOW.replace('subject: S\n', 'subject: S\nchanges: [CR-0001]  # filed\n');
    assert.equal(applied(listed, addChangeToRecord(listed, 'CR-0007')), listed.replace('[CR-0001]  # filed', '[CR-0001, CR-0007]  # filed'));
    assert.deepEqual(addChangeToRecord(listed, 'CR-0001'), { ok: true, edits: [] });
  });
});
