import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { toDiagnostic } from '../support/rangeConversion';

/** Publishing computes problems and ships them to the workbench; past this, yield so the shared host stays responsive. */
const SLICE_MS = 8;
/**
 * Files are shipped to the workbench several per message rather than one message each. Converting and sending
 * costs about 50 µs per diagnostic on the host's thread, so a batch stays small enough to fit a slice (and far
 * under the 1,100 diagnostics past which VS Code drops the rest of a batch).
 */
const BATCH_DIAGNOSTICS = 150;

/**
 * Mirrors the index's problems into the Problems panel; the index is the only source. It publishes each batch of
 * the change stream as it comes, so it shows nothing while a full load is deferred (see IndexChanges).
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('reqdesk');
  private readonly pending = new Set<string>();
  private disposed = false;
  private draining: Promise<void> | undefined;
  private readonly subscription: { dispose(): void };

  constructor(private readonly index: IndexView, changes: IndexChanges) {
    this.subscription = changes.onDidChange((change) => {
      for (const file of change.files) {
        this.pending.add(file);
      }
      void this.flush();
    });
  }

  /**
   * Publishes what is pending, in slices that yield to the event loop; resolves when it is all shown, including
   * files that arrive while a drain is finishing.
   */
  async flush(): Promise<void> {
    while (this.draining || (this.pending.size > 0 && !this.disposed)) {
      this.draining ??= this.drain().finally(() => {
        this.draining = undefined;
      });
      await this.draining;
    }
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
    while (this.pending.size > 0 && !this.disposed) {
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

  dispose(): void {
    this.disposed = true;
    this.subscription.dispose();
    this.collection.dispose();
  }
}
