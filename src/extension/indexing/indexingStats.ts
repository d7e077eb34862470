import { EventLoopMonitor } from './eventLoopMonitor';
import type { ParserMode } from './fileParser';

/** What indexing did, for the benchmark and tests (through the extension's API). */
export interface IndexingStats {
  readonly parser: ParserMode;
  /** Files of the last full load, and how many of them were parsed or reused from the persisted index. */
  readonly files: number;
  readonly parsedFiles: number;
  readonly reusedFiles: number;
  readonly fullLoads: number;
  /** From the loader's creation (in activate) to the end of the first full load. */
  readonly firstLoadMs: number | undefined;
  /** The longest event-loop block of the extension host from activation until the first index was persisted. */
  readonly maxBlockMs: number | undefined;
  readonly cacheWrites: number;
  /** Files written by the last write of the persisted index (only changed chunks are written). */
  readonly persistedFiles: number;
}

/** The loader's counters, and the event-loop monitor that runs from its creation until the first index is persisted. */
export class IndexingCounters {
  private readonly created = performance.now();
  private monitor: EventLoopMonitor | undefined = new EventLoopMonitor();
  private counts = { files: 0, parsedFiles: 0, reusedFiles: 0, fullLoads: 0, cacheWrites: 0, persistedFiles: 0 };
  private firstLoadMs: number | undefined;
  private maxBlockMs: number | undefined;

  stats(parser: ParserMode): IndexingStats {
    return { ...this.counts, parser, firstLoadMs: this.firstLoadMs, maxBlockMs: this.maxBlockMs ?? this.monitor?.maxBlockMs };
  }

  fullLoadDone(files: number, parsedFiles: number, reusedFiles: number): void {
    this.counts = { ...this.counts, files, parsedFiles, reusedFiles, fullLoads: this.counts.fullLoads + 1 };
    this.firstLoadMs ??= performance.now() - this.created;
  }

  cacheWritten(persistedFiles: number): void {
    this.counts = { ...this.counts, cacheWrites: this.counts.cacheWrites + 1, persistedFiles };
    if (this.counts.fullLoads > 0) {
      this.stopMonitor();
    }
  }

  stopMonitor(): void {
    if (this.monitor) {
      this.maxBlockMs = this.monitor.maxBlockMs;
      this.monitor.stop();
      this.monitor = undefined;
    }
  }
}
