import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { registerCommands } from '../support/commandRegistry';
import { newRiskCommand } from './newRiskCommand';
import { riskFieldCommands } from './riskFieldCommands';
import { RiskQuickFixes } from './riskQuickFixes';

/** The risk register in the editor: New Risk, Set Risk Status, and the quick fixes of the risk rules. */
export function registerRisks(index: IndexView): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider({ pattern: '**/*.risks.{yaml,yml}' }, new RiskQuickFixes(index), { providedCodeActionKinds: RiskQuickFixes.providedCodeActionKinds }),
    registerCommands([newRiskCommand(index), ...riskFieldCommands(index)]),
  );
}
