import * as vscode from 'vscode';

const SCHEME = 'reqdesk-compare';

/**
 * The compare reports as read-only Markdown documents, shown in VS Code's preview: nothing is written to the
 * workspace, and closing a report asks nothing. A report of the same workbook replaces the one before.
 */
export class CompareReportDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly reports = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);

  /** Keeps the report of the workbook `name` and returns its document's URI. */
  show(name: string, markdown: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${name}.md` });
    this.reports.set(uri.toString(), markdown);
    this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
