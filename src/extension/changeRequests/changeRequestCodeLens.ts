import * as vscode from 'vscode';
import { availableTransitions } from '../../core/changeRequests/workflow';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { SHOW_DETAILS_COMMAND, TRANSITION_COMMANDS, transitionLabel } from './transitionCommandIds';

/**
 * At the top of an open change request: one lens per transition its status allows (as the index read the
 * buffer last), then Show Details. The lenses pass the file's URI, so the commands act on this file.
 */
export class ChangeRequestCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: { dispose(): void };

  constructor(private readonly index: IndexView, changes: IndexChanges) {
    // A lens shows its own request's state, so only an open request's change matters: each event is a message to
    // the workbench, and a workspace load changes every request.
    this.subscription = changes.onDidChange((change) => {
      if (!change.changeRequests) {
        return;
      }
      const open = vscode.workspace.textDocuments.filter((d) => change.files.has(d.uri.toString()));
      if (open.some((d) => index.get(d.uri.toString())?.kind === 'change-request')) {
        this.changed.fire();
      }
    });
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const cr = this.index.get(document.uri.toString())?.changeRequest;
    if (!cr) {
      return [];
    }
    const top = new vscode.Range(0, 0, 0, 0);
    const lens = (title: string, command: string): vscode.CodeLens => new vscode.CodeLens(top, { title, command, arguments: [document.uri] });
    return [
      ...availableTransitions(cr.data).map((t) => lens(transitionLabel(t), TRANSITION_COMMANDS[t])),
      lens(vscode.l10n.t('Show Details'), SHOW_DETAILS_COMMAND),
    ];
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
