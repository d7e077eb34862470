import * as assert from 'node:assert/strict';
import { forEachLimited } from '../../src/extension/indexing/forEachLimited';
import { TimeSlicer } from '../../src/extension/indexing/timeSlicer';

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin: a synchronous task such as decoding one file
  }
}

describe('TimeSlicer', () => {
  it('runs tasks in order, returns their results, and lets timers run between slices', async () => {
    const slicer = new TimeSlicer(5);
    const gaps: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      gaps.push(performance.now() - last);
      last = performance.now();
    }, 1);
    const order: number[] = [];
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => slicer.run(() => {
      busy(2);
      order.push(i);
      return i * 2;
    })));
    clearInterval(timer);
    assert.deepEqual(order, Array.from({ length: 40 }, (_, i) => i));
    assert.deepEqual(results, Array.from({ length: 40 }, (_, i) => i * 2));
    assert.ok(gaps.length >= 5, `the timer ran ${gaps.length} times during 80 ms of tasks`);
  });

  it('rejects the promise of a task that throws, and goes on with the others', async () => {
    const slicer = new TimeSlicer();
    const failing = slicer.run(() => {
      throw new Error('boom');
    });
    const next = slicer.run(() => 'after');
    await assert.rejects(failing, /boom/);
    assert.equal(await next, 'after');
  });
});

describe('forEachLimited', () => {
  it('keeps at most `limit` actions in flight, runs every item, then throws the first error', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    const run = forEachLimited(Array.from({ length: 20 }, (_, i) => i), 4, async (i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      seen.push(i);
      inFlight--;
      if (i === 3 || i === 7) {
        throw new Error(`item ${i}`);
      }
    });
    await assert.rejects(run, /item 3/);
    assert.equal(most, 4);
    assert.deepEqual([...seen].sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i));
  });
});
