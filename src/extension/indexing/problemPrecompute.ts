import type { WorkspaceIndex } from '../../core/workspaceIndex';
import type { TimeSlicer } from './timeSlicer';

/**
 * The trees, the status bar and the diagnostics ask for the problems of every changed file on their next
 * refresh, all in one callback (hundreds of files when a load adds them fast). Computing them here instead, each
 * file in a slice of its own, keeps each piece short; the views then find them cached.
 */
export class ProblemPrecompute {
  /** Files whose problems an index change made stale and that wait for their slice to compute them again. */
  private readonly stale = new Set<string>();
  /** While a full load runs: ends the index's hold on its changes. */
  private endHold: (() => void) | undefined;

  constructor(private readonly index: WorkspaceIndex, private readonly slicer: TimeSlicer) {}

  /**
   * Outside a full load, at once. During one, every new ID touches the files that mention it again, so files wait
   * for the end of the load and are computed once each.
   */
  warm(files: Iterable<string>): void {
    for (const file of files) {
      if (!this.stale.has(file)) {
        this.stale.add(file);
        if (!this.endHold) {
          void this.slicer.run(() => this.compute(file));
        }
      }
    }
  }

  /**
   * A full load starts: the index holds its changes until it ends, so that no view redraws (or flashes problems
   * that the next files resolve) while files still arrive.
   */
  hold(): void {
    this.endHold ??= this.index.deferChanges();
  }

  /** The load ended: computes the problems of the files changed meanwhile, in slices, then lets the index announce them. */
  async release(): Promise<void> {
    await Promise.all([...this.stale].map((file) => this.slicer.run(() => this.compute(file))));
    const endHold = this.endHold;
    this.endHold = undefined;
    endHold?.();
  }

  private compute(file: string): void {
    if (this.stale.delete(file)) {
      this.index.findings(file);
    }
  }
}
