import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { IndexChange, WorkspaceIndex } from '../core/workspaceIndex';
import { toDiagnostic } from './rangeConversion';

/** How long index changes are gathered before diagnostics are published, so a burst publishes each file once. */
const FLUSH_DELAY_MS = 30;
/** Publishing computes problems and ships them to the workbench; past this, yield so the shared host stays responsive. */
const SLICE_MS = 8;

/** Mirrors the index's problems into the Problems panel; the index is the only source. */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('reqdesk');
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private held = false;
  private disposed = false;
  private draining: Promise<void> | undefined;
  private readonly subscription: { dispose(): void };

  constructor(private readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange((change: IndexChange) => this.schedule(change.files));
  }

  /**
   * Stops publishing while a full load runs: half-loaded, the workspace would show links to files not read yet
   * as unknown, and every file would be published again and again as its neighbours arrive.
   */
  hold(): void {
    this.held = true;
    this.cancelTimer();
  }

  /** Resumes publishing and publishes everything gathered meanwhile; resolves when it is all shown. */
  release(): Promise<void> {
    this.held = false;
    return this.flush();
  }

  private schedule(files: ReadonlySet<string>): void {
    for (const file of files) {
      this.pending.add(file);
    }
    if (!this.held) {
      this.timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
    }
  }

  /** Publishes what is pending, in slices that yield to the event loop. */
  flush(): Promise<void> {
    this.cancelTimer();
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    let sliceStart = performance.now();
    while (this.pending.size > 0 && !this.disposed && !this.held) {
      const [file] = this.pending;
      this.pending.delete(file);
      const uri = vscode.Uri.parse(file);
      if (this.index.has(file)) {
        this.collection.set(uri, this.index.findings(file).map(toDiagnostic));
      } else {
        this.collection.delete(uri);
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
  }

  private cancelTimer(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
    this.subscription.dispose();
    this.collection.dispose();
  }
}
