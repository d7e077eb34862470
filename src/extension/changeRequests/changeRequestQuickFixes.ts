import * as vscode from 'vscode';
import { availableTransitions } from '../../core/changeRequests/workflow';
import type { ChangeRequest } from '../../core/model';
import type { IndexView } from '../../core/indexView';
import { CoreEditFix, disableOnSyntaxErrors, resolveCoreEditFix } from '../support/fixAction';
import { toVscodeRange } from '../support/rangeConversion';
import { addAffectedId, removeAffectedId, removeEntry, replaceAffectedId } from '../../core/changeRequests/affectsEdits';
import { TRANSITION_COMMANDS } from './transitionCommandIds';
import { itemRanges, keyRange } from '../../core/fieldSpans';

/**
 * Quick fixes for the problems of change request files where the fix is clear: an unknown affected ID (change
 * it to a close existing ID, or remove it), a proposed or baseline entry for a requirement not in affects (add
 * it there, or remove the entry), and a missing impact (run Assess).
 */
export class ChangeRequestQuickFixes implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly index: IndexView) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const parsed = this.index.get(document.uri.toString());
    const cr = parsed?.changeRequest;
    if (!cr || (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix))) {
      return [];
    }
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      if (diagnostic.source !== 'ReqDesk') {
        continue;
      }
      if (code === 'cr-unknown-requirement') {
        actions.push(...this.unknownRequirementFixes(document, diagnostic, cr));
      } else if (code === 'cr-missing-impact' && availableTransitions(cr.data).includes('assess')) {
        const action = new vscode.CodeAction(vscode.l10n.t('Assess {0}…', cr.id || vscode.workspace.asRelativePath(document.uri)), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = { title: action.title, command: TRANSITION_COMMANDS.assess, arguments: [document.uri] };
        actions.push(action);
      }
    }
    disableOnSyntaxErrors(actions, parsed.hasSyntaxErrors);
    return actions;
  }

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    return resolveCoreEditFix(action);
  }

  private unknownRequirementFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, cr: ChangeRequest): vscode.CodeAction[] {
    const affects = cr.data.affects ?? [];
    const fix = (title: string, compute: (text: string) => ReturnType<typeof removeAffectedId>, preferred = false): CoreEditFix =>
      new CoreEditFix(title, document, diagnostic, compute, preferred);
    const position = itemRanges(cr, 'affects').findIndex((range) => toVscodeRange(range).isEqual(diagnostic.range));
    const id = affects[position];
    if (id !== undefined) {
      const suggestions = this.index.suggestRequirementIds(id).filter((s) => !affects.includes(s));
      return [
        // One close ID is almost certainly what was meant; among several, the user chooses.
        ...suggestions.map((s) => fix(vscode.l10n.t('Change {0} to {1}', id, s), (text) => replaceAffectedId(text, position, id, s), suggestions.length === 1)),
        fix(vscode.l10n.t('Remove {0} from affects', id), (text) => removeAffectedId(text, position, id)),
      ];
    }
    for (const section of ['proposed', 'baseline'] as const) {
      for (const entry of Object.keys(cr.data[section] ?? {})) {
        const key = keyRange(cr, `${section}.${entry}`);
        if (!key || !toVscodeRange(key).isEqual(diagnostic.range)) {
          continue;
        }
        const remove = fix(vscode.l10n.t('Remove {0} from {1}', entry, section), (text) => removeEntry(text, section, entry));
        const known = this.index.requirementsWithId(entry).length > 0;
        return known && !affects.includes(entry)
          ? [fix(vscode.l10n.t('Add {0} to affects', entry), (text) => addAffectedId(text, entry), true), remove]
          : [remove];
      }
    }
    return [];
  }
}
