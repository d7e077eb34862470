import * as assert from 'node:assert/strict';
import { parseOverviewMessage } from '../../src/shared/overviewMessages';

describe('overview messages (host-side validation)', () => {
  it('accepts each protocol message exactly as typed, as a fresh object', () => {
    assert.deepEqual(parseOverviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseOverviewMessage({ type: 'open', file: 'file:///w/a.req.yaml', line: 3 }), { type: 'open', file: 'file:///w/a.req.yaml', line: 3 });
    assert.deepEqual(parseOverviewMessage({ type: 'rendered', asOf: '2026-12-07' }), { type: 'rendered', asOf: '2026-12-07' });
    assert.deepEqual(parseOverviewMessage({ type: 'chooseProject', key: 'file:///w/beta/reqdesk.yaml' }), { type: 'chooseProject', key: 'file:///w/beta/reqdesk.yaml' });
    const message = { type: 'open', file: 'file:///w/a.req.yaml', line: 0 };
    assert.notEqual(parseOverviewMessage(message), message);
  });

  it('drops anything else: unknown types, extra or missing fields, wrong types, negative or fractional lines, oversized paths', () => {
    const rejected: unknown[] = [
      undefined, null, 'ready', 1, [], { type: 'ready', x: 1 }, { type: 'unknown' }, { type: 'save' },
      { type: 'open', file: 'file:///w/a.req.yaml' }, { type: 'open', line: 1 }, { type: 'open', file: '', line: 1 },
      { type: 'open', file: 'file:///w/a.req.yaml', line: -1 }, { type: 'open', file: 'file:///w/a.req.yaml', line: 1.5 },
      { type: 'open', file: 'file:///w/a.req.yaml', line: '1' }, { type: 'open', file: 7, line: 1 },
      { type: 'open', file: 'x'.repeat(5_000), line: 1 }, { type: 'open', file: 'file:///w/a.req.yaml', line: 1, command: 'rm' },
      { type: 'rendered' }, { type: 'rendered', asOf: 20261207 }, { type: 'rendered', asOf: '2026-12-07T00:00' },
      { type: 'chooseProject' }, { type: 'chooseProject', key: '' }, { type: 'chooseProject', key: 1 }, { type: 'chooseProject', key: 'x'.repeat(5_000) },
      { type: 'chooseProject', key: 'file:///w/reqdesk.yaml', file: 'x' },
    ];
    for (const value of rejected) {
      assert.equal(parseOverviewMessage(value), undefined, JSON.stringify(value));
    }
  });
});
