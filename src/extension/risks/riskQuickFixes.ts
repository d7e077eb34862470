import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import type { Risk } from '../../core/risks/risk';
import { requirementAtLine } from '../requirements/commandTargets';
import { commandAction, disableOnSyntaxErrors } from '../support/fixAction';

/** Fixes by diagnostic code: each asks the user first, so each runs a command with the risk. */
const FIXES: Readonly<Record<string, { readonly title: () => string; readonly command: string }>> = {
  'risk-missing-owner': { title: () => vscode.l10n.t('Assign owner…'), command: 'reqdesk.assignRiskOwner' },
  'unknown-owner': { title: () => vscode.l10n.t('Assign owner…'), command: 'reqdesk.assignRiskOwner' },
  'risk-review-due': { title: () => vscode.l10n.t('Set review date…'), command: 'reqdesk.setRiskReviewDate' },
};

/** Quick fixes for ReqDesk's diagnostics on risk registers, keyed on the diagnostic's code. */
export class RiskQuickFixes implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly index: IndexView) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const parsed = this.index.get(document.uri.toString());
    if (parsed?.kind !== 'risks' || (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix))) {
      return [];
    }
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      const fix = diagnostic.source === 'ReqDesk' && typeof code === 'string' ? FIXES[code] : undefined;
      const risk: Risk | undefined = fix ? requirementAtLine(parsed.risks, diagnostic.range.start.line) : undefined;
      if (fix && risk?.id) {
        actions.push(commandAction({ diagnostic }, fix.title(), fix.command, [{ risk }]));
      }
    }
    disableOnSyntaxErrors(actions, parsed.hasSyntaxErrors);
    return actions;
  }
}
