import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { IndexChange, WorkspaceIndex } from '../core/workspaceIndex';
import { toDiagnostic } from './rangeConversion';

/** How long index changes are gathered before diagnostics are published, so a burst publishes each file once. */
const FLUSH_DELAY_MS = 30;
/** Publishing computes problems and ships them to the workbench; past this, yield so the shared host stays responsive. */
const SLICE_MS = 8;
/**
 * Files are shipped to the workbench several per message rather than one message each. Converting and sending
 * costs about 50 µs per diagnostic on the host's thread, so a batch stays small enough to fit a slice (and far
 * under the 1,100 diagnostics past which VS Code drops the rest of a batch).
 */
const BATCH_DIAGNOSTICS = 150;

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
    let batch: [vscode.Uri, vscode.Diagnostic[]][] = [];
    let batchSize = 0;
    const ship = (): void => {
      if (batch.length > 0) {
        this.collection.set(batch);
        batch = [];
        batchSize = 0;
      }
    };
    while (this.pending.size > 0 && !this.disposed && !this.held) {
      const [file] = this.pending;
      this.pending.delete(file);
      const uri = vscode.Uri.parse(file);
      if (this.index.has(file)) {
        const diagnostics = this.index.findings(file).map(toDiagnostic);
        if (batchSize + diagnostics.length > BATCH_DIAGNOSTICS) {
          ship();
        }
        batch.push([uri, diagnostics]);
        batchSize += diagnostics.length;
      } else {
        this.collection.delete(uri);
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        ship();
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    if (!this.disposed) {
      ship();
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
