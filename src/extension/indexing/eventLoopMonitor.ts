import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

const RESOLUTION_MS = 5;

/**
 * Measures how long the extension host's event loop was blocked, by anyone: a timer that should fire every
 * RESOLUTION_MS records how late it was. Accurate to about RESOLUTION_MS. Reports undefined where Node's
 * perf_hooks are missing.
 */
export class EventLoopMonitor {
  private histogram: IntervalHistogram | undefined;

  constructor() {
    try {
      this.histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
      this.histogram.enable();
    } catch {
      this.histogram = undefined;
    }
  }

  /** The longest block so far, in milliseconds (the longest interval between two ticks, less the interval). */
  get maxBlockMs(): number | undefined {
    return this.histogram ? Math.max(0, this.histogram.max / 1e6 - RESOLUTION_MS) : undefined;
  }

  /** Stops measuring; maxBlockMs keeps its last value. */
  stop(): void {
    this.histogram?.disable();
  }
}
