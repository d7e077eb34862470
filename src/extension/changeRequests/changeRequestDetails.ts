import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { escapeMarkdown, escapeMarkdownHeading } from '../../core/markdownText';
import type { Command } from '../support/commandRegistry';
import { showMarkdownPreview } from '../support/markdownPreview';
import { changeRequestDetailsMarkdown } from './changeRequestDetailsMarkdown';
import { changeRequestTarget } from './changeRequestTarget';
import { DETAILS_SCHEME, detailsSource, detailsUri } from './detailsUri';
import { SHOW_DETAILS_COMMAND } from './transitionCommandIds';

/**
 * The read-only Markdown documents (`reqdesk-cr:` URIs) that show change requests, rendered from the index.
 * They follow the index: when what a page shows changes (its request, or a requirement it affects), VS Code is
 * told, and the Markdown preview showing it refreshes.
 */
export class ChangeRequestDetailsProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** What each open page showed last, so that only pages whose text changes are re-rendered. */
  private readonly rendered = new Map<string, string>();
  private readonly subscription: { dispose(): void };

  constructor(private readonly index: IndexView, changes: IndexChanges) {
    // A page shows its request, the requirements it affects and the project's sign-off setting, not problems.
    this.subscription = changes.onDidChange((change) => {
      if (change.changeRequests || change.requirements || change.settings || change.records) {
        this.refresh();
      }
    });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const text = this.render(uri);
    this.rendered.set(uri.toString(), text);
    return text;
  }

  private render(uri: vscode.Uri): string {
    const file = detailsSource(uri);
    const cr = this.index.get(file)?.changeRequest;
    if (!cr) {
      return `# ${escapeMarkdownHeading(vscode.l10n.t('Change request not found'))}\n\n${escapeMarkdown(vscode.l10n.t('{0} is no longer a change request in the workspace.', vscode.workspace.asRelativePath(vscode.Uri.parse(file))))}\n`;
    }
    return changeRequestDetailsMarkdown(cr, this.index);
  }

  private refresh(): void {
    const open = new Set<string>();
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme !== DETAILS_SCHEME) {
        continue;
      }
      const key = document.uri.toString();
      open.add(key);
      if (this.render(document.uri) !== this.rendered.get(key)) {
        this.changed.fire(document.uri);
      }
    }
    for (const key of [...this.rendered.keys()].filter((k) => !open.has(k))) {
      this.rendered.delete(key);
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/**
 * Show Change Request Details: the request's page in the Markdown preview (as text where no preview is
 * available). Resolves to the page's URI.
 */
export function showDetailsCommand(index: IndexView): Command {
  return {
    id: SHOW_DETAILS_COMMAND,
    execute: async (arg) => {
      const target = changeRequestTarget(index, arg);
      if (typeof target === 'string') {
        void vscode.window.showWarningMessage(target);
        return undefined;
      }
      const uri = detailsUri(target.file, index.get(target.file)?.changeRequest?.id ?? '');
      // Opened first, so that the page is among the text documents the provider refreshes.
      await vscode.workspace.openTextDocument(uri);
      await showMarkdownPreview(uri);
      return uri;
    },
  };
}
