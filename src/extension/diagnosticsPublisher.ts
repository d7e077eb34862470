import * as vscode from 'vscode';
import type { IndexChange, WorkspaceIndex } from '../core/workspaceIndex';
import { toDiagnostic } from './rangeConversion';

/** How long index changes are gathered before diagnostics are published, so a burst publishes each file once. */
const FLUSH_DELAY_MS = 30;

/** Mirrors the index's problems into the Problems panel; the index is the only source. */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('reqdesk');
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private readonly subscription: { dispose(): void };

  constructor(private readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange((change: IndexChange) => this.schedule(change.files));
  }

  private schedule(files: ReadonlySet<string>): void {
    for (const file of files) {
      this.pending.add(file);
    }
    this.timer ??= setTimeout(() => this.flush(), FLUSH_DELAY_MS);
  }

  /** Publishes what is pending now; also called when the first index is complete. */
  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    for (const file of this.pending) {
      const uri = vscode.Uri.parse(file);
      if (this.index.has(file)) {
        this.collection.set(uri, this.index.findings(file).map(toDiagnostic));
      } else {
        this.collection.delete(uri);
      }
    }
    this.pending.clear();
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.subscription.dispose();
    this.collection.dispose();
  }
}
