import * as vscode from 'vscode';
import type { Requirement } from '../../core/model';
import type { IndexView } from '../../core/indexView';
import { toVscodeRange } from '../support/rangeConversion';
import { ownerFixes, priorityFixes, statusFixes } from './fieldQuickFixes';
import { disableOnSyntaxErrors, resolveCoreEditFix, SHOW_REFUSED_FIX_COMMAND, type FixBuilder } from '../support/fixAction';
import { duplicateIdFixes, unknownLinkFixes } from './idQuickFixes';
import { registerCommands } from '../support/commandRegistry';
import { linkReviewFixes } from '../trace/linkReviewFixes';

/** Fixes by diagnostic code (the core's rule id). */
const FIXES: Readonly<Record<string, FixBuilder>> = {
  'missing-owner': ownerFixes,
  'unknown-owner': ownerFixes,
  'missing-priority': priorityFixes,
  'invalid-priority': priorityFixes,
  'invalid-status': statusFixes,
  'duplicate-id': duplicateIdFixes,
  'unknown-link': unknownLinkFixes,
  'suspect-link': linkReviewFixes,
  'bad-link-stamp': linkReviewFixes,
};

/** Quick fixes for ReqDesk's diagnostics on requirements, keyed on the diagnostic's code. */
export class RequirementQuickFixes implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly index: IndexView) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const parsed = this.index.get(document.uri.toString());
    if (parsed?.kind !== 'requirements' || (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix))) {
      return [];
    }
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      const fix = diagnostic.source === 'ReqDesk' && typeof code === 'string' ? FIXES[code] : undefined;
      const requirement = fix ? requirementAt(parsed.requirements, diagnostic.range) : undefined;
      if (fix && requirement?.id) {
        actions.push(...fix({ index: this.index, document, diagnostic, requirement }));
      }
    }
    disableOnSyntaxErrors(actions, parsed.hasSyntaxErrors);
    return actions;
  }

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    return resolveCoreEditFix(action);
  }
}

export function registerQuickFixes(index: IndexView): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(
      // Files matched by extra globs are YAML too; the index decides which documents are ReqDesk's.
      [{ pattern: '**/*.{req,cr}.{yaml,yml}' }, { language: 'yaml' }],
      new RequirementQuickFixes(index),
      { providedCodeActionKinds: RequirementQuickFixes.providedCodeActionKinds },
    ),
    registerCommands([{
      id: SHOW_REFUSED_FIX_COMMAND,
      execute: (reason) => void vscode.window.showErrorMessage(vscode.l10n.t('ReqDesk did not apply the quick fix: {0}', String(reason))),
    }]),
  );
}

function requirementAt(requirements: readonly Requirement[], range: vscode.Range): Requirement | undefined {
  return requirements.find((r) => toVscodeRange(r.range).contains(range.start));
}
