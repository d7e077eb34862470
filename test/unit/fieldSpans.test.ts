import * as assert from 'node:assert/strict';
import { itemRange, itemRanges, keyRange, valueRange } from '../../src/core/fieldSpans';
import { at, parse, yaml } from './workspaceBuilder';

describe('field spans', () => {
  const file = parse(yaml`
    document: { prefix: P }
    requirements:
      - id: P-001
        owner:
        links: [P-002, P-003]
        tags:
          - a
          - b
      - id: P-002
        links: []
  `);
  const [first, second] = file.requirements;

  it('gives the key and value ranges of a written field, and nothing for a field that is not written', () => {
    assert.equal(at(keyRange(first, 'id') ?? assert.fail()), '2:4-2:6');
    assert.equal(at(valueRange(first, 'id') ?? assert.fail()), '2:8-2:13');
    assert.equal(keyRange(first, 'priority'), undefined);
    assert.equal(valueRange(first, 'priority'), undefined);
  });

  it('puts an empty value just after the colon', () => {
    assert.equal(at(valueRange(first, 'owner') ?? assert.fail()), '3:10-3:10');
  });

  it('gives every list item its own range, in flow and block style', () => {
    assert.deepEqual(itemRanges(first, 'links').map(at), ['4:12-4:17', '4:19-4:24']);
    assert.deepEqual(itemRanges(first, 'tags').map(at), ['6:8-6:9', '7:8-7:9']);
    assert.equal(at(itemRange(first, 'links', 1) ?? assert.fail()), '4:19-4:24');
  });

  it('has no item range past the end of a list, before its start, or for a value that is not a list', () => {
    assert.equal(itemRange(first, 'links', 2), undefined);
    assert.equal(itemRange(first, 'links', -1), undefined);
    assert.equal(itemRange(first, 'id', 0), undefined);
    assert.deepEqual(itemRanges(second, 'links'), []);
    assert.deepEqual(itemRanges(second, 'tags'), []);
  });

  it('locates nested change-request fields by dotted path', () => {
    const cr = parse(yaml`
      id: CR-1
      decision:
        by: [alice, bob]
      history:
        - { on: 2026-11-20, by: alice, action: submitted }
    `, 'change-request').changeRequest ?? assert.fail();
    assert.equal(at(itemRange(cr, 'decision.by', 1) ?? assert.fail()), '2:14-2:17');
    assert.equal(at(valueRange(cr, 'history.0.on') ?? assert.fail()), '4:10-4:20');
  });

  it('shares one table of line starts between all requirements of a file', () => {
    assert.equal(first.lines, second.lines);
  });
});
