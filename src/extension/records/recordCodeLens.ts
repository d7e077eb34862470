import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';

/** At the top of an open communication record: File Change Request from this Record, passing the file's URI. */
export class RecordCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: IndexView, changes: IndexChanges) {
    // A Markdown file becomes a record (or stops being one) when the index reads it: only open files matter.
    this.subscription = changes.onDidChange((change) => {
      if (change.records && vscode.workspace.textDocuments.some((d) => change.files.has(d.uri.toString()))) {
        this.changed.fire();
      }
    });
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.index.get(document.uri.toString())?.record) {
      return [];
    }
    const command = { title: vscode.l10n.t('File Change Request from this Record'), command: 'reqdesk.fileChangeRequestFromRecord', arguments: [document.uri] };
    return [new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), command)];
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
