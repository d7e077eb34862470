import { CoreEvent } from './coreEvents';
import { GatheredChange } from './gatheredChange';
import type { IndexChange } from './workspaceIndex';

/**
 * The shortest time between two deliveries. A change after a quiet spell goes out on the next turn of the event
 * loop: typing already waits for a pause (DocumentSync) and a parse, and a keystroke's diagnostics should show at
 * once. Changes that follow within the window (a multi-file edit, a burst of file-watcher news) wait for its end
 * and go out as one batch. The other views need no longer: a full load, the one burst large enough to matter, is
 * merged by the index's deferral; trees rebuild only when VS Code asks for them, the table patches only the
 * documents a batch names, and the status bar recounts only those.
 */
export const CHANGE_DELAY_MS = 30;

/** Runs `run` once after `delayMs`; the function returned cancels it. */
export type Scheduler = (run: () => void, delayMs: number) => () => void;

/** The global timer, which the core may use: it is in every JavaScript host, not a `node:*` module. */
export const timerScheduler: Scheduler = (run, delayMs) => {
  const timer = setTimeout(run, delayMs);
  return () => clearTimeout(timer);
};

/** What the coalescer needs of the index. */
export interface ChangeSource {
  onDidChange(listener: (change: IndexChange) => void): { dispose(): void };
  /** While true, the index holds its announcements back, and the coalescer holds what it gathered before. */
  readonly deferring: boolean;
}

/**
 * The one stream of index changes every view follows: the index's per-update changes merged into batches at most
 * one per CHANGE_DELAY_MS. While the index defers its changes (a full load), nothing is delivered, not even what was
 * gathered before the deferral began: a half-loaded workspace would show links to files not read yet as unknown.
 * The scheduler and the clock are injected so that tests run batches by hand instead of waiting on time.
 */
export class IndexChanges {
  private readonly delivered = new CoreEvent<IndexChange>();
  private readonly subscription: { dispose(): void };
  private pending: GatheredChange | undefined;
  private cancel: (() => void) | undefined;
  private lastDelivery = Number.NEGATIVE_INFINITY;

  readonly onDidChange = this.delivered.subscribe.bind(this.delivered);

  constructor(
    private readonly source: ChangeSource,
    private readonly schedule: Scheduler = timerScheduler,
    private readonly delayMs = CHANGE_DELAY_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.subscription = source.onDidChange((change) => this.gather(change));
  }

  /** Delivers what was gathered now instead of at the end of the delay, unless the index is deferring. */
  flush(): void {
    this.cancel?.();
    this.cancel = undefined;
    const pending = this.pending;
    if (!pending || this.source.deferring) {
      return;
    }
    this.pending = undefined;
    this.lastDelivery = this.now();
    this.delivered.fire(pending.change());
  }

  dispose(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.pending = undefined;
    this.subscription.dispose();
  }

  private gather(change: IndexChange): void {
    this.pending ??= new GatheredChange();
    this.pending.add(change);
    if (this.pending.empty) {
      // The release of a deferral that held nothing, with nothing held here either.
      this.pending = undefined;
    } else if (!this.cancel && !this.source.deferring) {
      this.cancel = this.schedule(() => this.flush(), Math.max(0, this.lastDelivery + this.delayMs - this.now()));
    }
  }
}
