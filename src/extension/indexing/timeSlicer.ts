/**
 * Runs tasks on this thread in slices of about `budgetMs`, yielding to the event loop between slices, so that
 * indexing thousands of files never holds up the extension host (which every extension shares) for long.
 * A single task is never split: keep tasks small (one file).
 */
export class TimeSlicer {
  private queue: (() => void)[] = [];
  private next = 0;
  private scheduled = false;

  constructor(private readonly budgetMs = 8) {}

  run<T>(task: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push(() => {
        try {
          resolve(task());
        } catch (error) {
          reject(error);
        }
      });
      this.schedule();
    });
  }

  private schedule(): void {
    if (!this.scheduled) {
      this.scheduled = true;
      // setImmediate, not a microtask: timers and I/O of every other extension run in between.
      setImmediate(() => this.drain());
    }
  }

  private drain(): void {
    this.scheduled = false;
    const start = performance.now();
    while (this.next < this.queue.length) {
      this.queue[this.next++]();
      if (performance.now() - start >= this.budgetMs) {
        break;
      }
    }
    if (this.next < this.queue.length) {
      this.schedule();
    } else {
      this.queue = [];
      this.next = 0;
    }
  }
}
