import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { requirementHover } from './requirementHover';
import { requirementIdAt } from './requirementIdAt';

export class RequirementHoverProvider implements vscode.HoverProvider {
  constructor(private readonly index: IndexView) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const at = requirementIdAt(document, position, this.index);
    return at && new vscode.Hover(requirementHover(at.id, this.index.requirementsWithId(at.id)), at.range);
  }
}
