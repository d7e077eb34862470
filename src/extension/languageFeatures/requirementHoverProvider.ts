import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { requirementHover } from './requirementHover';
import { overdueInIndex } from '../../core/rules/overdueRule';
import { requirementIdAt } from './requirementIdAt';

export class RequirementHoverProvider implements vscode.HoverProvider {
  constructor(private readonly index: IndexView) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const at = requirementIdAt(document, position, this.index);
    return at && new vscode.Hover(requirementHover(at.id, this.index.requirementsWithId(at.id), (r) => overdueInIndex(this.index, r)), at.range);
  }
}
