import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import type { Risk } from '../../core/risks/risk';
import { asRecord } from '../../core/values';
import { idAt } from '../languageFeatures/idAt';
import { requirementAtLine } from '../requirements/commandTargets';
import { riskStatusLabel } from '../support/riskStatusLabel';
import { riskStatus } from '../../core/risks/risk';

interface RiskItem extends vscode.QuickPickItem {
  readonly risk: Risk;
}

/**
 * The risk a command acts on: the one a quick fix names ({ risk }), else the RISK ID under the cursor in any
 * file, else the risk whose lines hold the cursor in a register, else the one the user picks. Undefined when
 * the user cancels or the workspace has no risks (after saying so).
 */
export async function riskTarget(index: IndexView, arg: unknown, placeHolder: string): Promise<Risk | undefined> {
  const given = asRecord(arg)?.risk as Risk | undefined;
  if (given && typeof given.file === 'string') {
    // The quick fix's risk may be older than the index: prefer the index's current copy of the same item.
    return index.get(given.file)?.risks.find((r) => r.index === given.index && r.id === given.id) ?? given;
  }
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    const named = idAt(editor.document, editor.selection.active, index)?.risks ?? [];
    if (named.length === 1) {
      return named[0];
    }
    const inRegister = requirementAtLine(index.get(editor.document.uri.toString())?.risks ?? [], editor.selection.active.line);
    if (inRegister?.id) {
      return inRegister;
    }
  }
  const risks = index.risks().filter((r) => r.id);
  if (risks.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The workspace has no risks yet: ReqDesk: New Risk adds one.'));
    return undefined;
  }
  const items: RiskItem[] = risks.map((risk) => ({
    label: risk.id,
    description: risk.data.title,
    detail: `${riskStatusLabel(riskStatus(risk))} · ${vscode.workspace.asRelativePath(vscode.Uri.parse(risk.file))}`,
    risk,
  }));
  return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true }))?.risk;
}
