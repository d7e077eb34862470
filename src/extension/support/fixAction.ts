import * as vscode from 'vscode';
import type { EditResult } from '../../core/edit/textEdit';
import type { Requirement } from '../../core/model';
import type { IndexView } from '../../core/indexView';
import { toWorkspaceEdit } from './coreEdits';
import { localizedMessage } from './rangeConversion';

/** Shows why a quick fix could not be applied (the file changed, or the core refused the edit). */
export const SHOW_REFUSED_FIX_COMMAND = 'reqdesk.showRefusedFix';

/** What a fix builder gets: one ReqDesk diagnostic and the requirement it is on. */
export interface FixContext {
  readonly index: IndexView;
  readonly document: vscode.TextDocument;
  readonly diagnostic: vscode.Diagnostic;
  readonly requirement: Requirement;
}

/** Builds the quick fixes for one rule's diagnostic. */
export type FixBuilder = (context: FixContext) => vscode.CodeAction[];

/**
 * A quick fix whose edit the core computes when it is chosen (resolveCodeAction), not when the light bulb
 * asks: each core edit parses the whole file, and a menu offers several fixes.
 */
export class CoreEditFix extends vscode.CodeAction {
  constructor(title: string, readonly document: vscode.TextDocument, diagnostic: vscode.Diagnostic, private readonly compute: (text: string) => EditResult, isPreferred = false) {
    super(title, vscode.CodeActionKind.QuickFix);
    this.diagnostics = [diagnostic];
    this.isPreferred = isPreferred;
  }

  /** Computes the edit on the live text: its offsets are what `positionAt` converts. */
  resolve(): void {
    const result = this.compute(this.document.getText());
    if (result.ok) {
      this.edit = toWorkspaceEdit(this.document, result.edits);
    } else {
      // A resolved action cannot be disabled any more: applying it shows the reason instead.
      this.command = { title: this.title, command: SHOW_REFUSED_FIX_COMMAND, arguments: [localizedMessage(result.refusal)] };
    }
  }
}

export function editAction(context: FixContext, title: string, compute: (text: string) => EditResult, isPreferred = false): CoreEditFix {
  return new CoreEditFix(title, context.document, context.diagnostic, compute, isPreferred);
}

/** A quick fix that runs a command (for fixes that ask the user something first). */
export function commandAction(context: Pick<FixContext, 'diagnostic'>, title: string, command: string, args: unknown[]): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [context.diagnostic];
  action.command = { title, command, arguments: args };
  return action;
}

/** The core never edits a file with YAML errors: say so in the menu rather than when the fix is applied. */
export function disableOnSyntaxErrors(actions: readonly vscode.CodeAction[], hasSyntaxErrors: boolean): void {
  if (hasSyntaxErrors) {
    const reason = vscode.l10n.t('The file has YAML errors: fix them first.');
    for (const action of actions) {
      action.disabled = { reason };
    }
  }
}

/** Edits are computed only when a fix is chosen: building every candidate's edit on each cursor move is too slow. */
export function resolveCoreEditFix(action: vscode.CodeAction): vscode.CodeAction {
  if (action instanceof CoreEditFix && !action.edit && !action.command) {
    action.resolve();
  }
  return action;
}
