import * as assert from 'node:assert/strict';
import { CHANGE_DELAY_MS, IndexChanges, type Scheduler } from '../../src/core/indexChanges';
import type { IndexChange } from '../../src/core/workspaceIndex';
import { DocumentBuilder, indexOf } from './workspaceBuilder';

/** A clock the test moves by hand: what is scheduled runs only in run(). */
class ManualScheduler {
  private readonly waiting = new Set<{ readonly run: () => void; readonly delayMs: number }>();

  readonly schedule: Scheduler = (run, delayMs) => {
    const entry = { run, delayMs };
    this.waiting.add(entry);
    return () => this.waiting.delete(entry);
  };

  /** The time the stream reads, moved by hand. */
  now = 1_000;

  /** The delays of what waits. */
  get delays(): number[] {
    return [...this.waiting].map((w) => w.delayMs);
  }

  run(): void {
    const due = [...this.waiting];
    this.waiting.clear();
    for (const entry of due) {
      entry.run();
    }
  }
}

interface Seen {
  readonly files: string[];
  readonly requirements: boolean;
  readonly changeRequests: boolean;
  readonly settings: boolean;
}

function seen(change: IndexChange): Seen {
  return { files: [...change.files].sort(), requirements: change.requirements, changeRequests: change.changeRequests, settings: change.settings };
}

describe('IndexChanges: the one change stream from the index to the views', () => {
  const defining = (status: string): string => new DocumentBuilder('P', 'Defining').req('P-001', { status }).toYaml();
  const linking = new DocumentBuilder('P', 'Linking').req('P-002', { links: ['P-001'] }).toYaml();
  const request = 'id: CR-0001\ntitle: Change\nstatus: submitted\naffects: [P-002]\n';

  function setUp(files: Readonly<Record<string, string>> = {}): { index: ReturnType<typeof indexOf>; clock: ManualScheduler; changes: IndexChanges; batches: Seen[] } {
    const index = indexOf(files);
    const clock = new ManualScheduler();
    const changes = new IndexChanges(index, clock.schedule, CHANGE_DELAY_MS, () => clock.now);
    const batches: Seen[] = [];
    changes.onDidChange((change) => batches.push(seen(change)));
    return { index, clock, changes, batches };
  }

  it('delivers the updates of one turn as one batch, on the next turn after a quiet spell', () => {
    const { index, clock, batches } = setUp({ 'b.req.yaml': linking });
    index.update('a.req.yaml', defining('new'));
    index.update('c.cr.yaml', request);
    assert.deepEqual(clock.delays, [0], 'one delivery waits, however many updates, for no longer than the turn');
    assert.deepEqual(batches, [], 'nothing within the turn');
    clock.run();
    assert.deepEqual(batches, [{ files: ['a.req.yaml', 'b.req.yaml', 'c.cr.yaml'], requirements: true, changeRequests: true, settings: false }]);
    clock.run();
    assert.equal(batches.length, 1, 'a batch is delivered once');
  });

  it('holds what follows a delivery until the window ends, then delivers it as one batch', () => {
    const { index, clock, batches } = setUp({ 'b.req.yaml': linking });
    index.update('a.req.yaml', defining('new'));
    clock.run();
    clock.now += 10;
    index.update('a.req.yaml', defining('done'));
    index.update('c.cr.yaml', request);
    assert.deepEqual(clock.delays, [CHANGE_DELAY_MS - 10], 'the rest of the window');
    clock.run();
    assert.deepEqual(batches.map((b) => b.files), [['a.req.yaml', 'b.req.yaml'], ['a.req.yaml', 'c.cr.yaml']]);
    clock.now += CHANGE_DELAY_MS + 1;
    index.update('c.cr.yaml', request);
    assert.deepEqual(clock.delays, [0], 'after a quiet spell, at once again');
  });

  it('says which kinds of files were read, so that a view can skip a batch of problems alone', () => {
    const { index, clock, batches } = setUp({ 'a.req.yaml': defining('new'), 'b.req.yaml': linking });
    index.update('c.cr.yaml', request);
    clock.run();
    index.update('reqdesk.yaml', 'roster:\n  - { id: a }\n');
    clock.run();
    index.setUserSettings({ rules: { 'missing-owner': 'off' } });
    clock.run();
    index.remove('a.req.yaml');
    clock.run();
    assert.deepEqual(batches, [
      { files: ['c.cr.yaml'], requirements: false, changeRequests: true, settings: false },
      { files: ['a.req.yaml', 'b.req.yaml', 'c.cr.yaml', 'reqdesk.yaml'], requirements: false, changeRequests: false, settings: true },
      { files: ['a.req.yaml', 'b.req.yaml', 'c.cr.yaml', 'reqdesk.yaml'], requirements: false, changeRequests: false, settings: true },
      { files: ['a.req.yaml', 'b.req.yaml'], requirements: true, changeRequests: false, settings: false },
    ]);
  });

  it('delivers nothing while the index defers, not even what it gathered before, and all of it after the release', () => {
    const { index, clock, changes, batches } = setUp({ 'b.req.yaml': linking });
    index.update('c.cr.yaml', request);
    const release = index.deferChanges();
    clock.run();
    changes.flush();
    index.update('a.req.yaml', defining('new'));
    assert.deepEqual(batches, [], 'held while the index defers');
    assert.deepEqual(clock.delays, [], 'no delivery waits while held');
    release();
    changes.flush();
    assert.deepEqual(batches, [{ files: ['a.req.yaml', 'b.req.yaml', 'c.cr.yaml'], requirements: true, changeRequests: true, settings: false }]);
    assert.deepEqual(clock.delays, [], 'flushed: nothing waits');
  });

  it('delivers what it held when a deferral that changed nothing ends', () => {
    const { index, clock, batches } = setUp();
    index.update('c.cr.yaml', request);
    const release = index.deferChanges();
    clock.run();
    release();
    clock.run();
    assert.deepEqual(batches, [{ files: ['c.cr.yaml'], requirements: false, changeRequests: true, settings: false }]);
  });

  it('stays quiet when a deferral that changed nothing ends with nothing held', () => {
    const { index, clock, batches } = setUp();
    index.deferChanges()();
    assert.deepEqual(clock.delays, []);
    assert.deepEqual(batches, []);
  });

  it('delivers nothing more once disposed', () => {
    const { index, clock, changes, batches } = setUp();
    index.update('a.req.yaml', defining('new'));
    changes.dispose();
    assert.deepEqual(clock.delays, [], 'the waiting delivery is cancelled');
    index.update('c.cr.yaml', request);
    changes.flush();
    assert.deepEqual(clock.delays, []);
    assert.deepEqual(batches, []);
  });
});
