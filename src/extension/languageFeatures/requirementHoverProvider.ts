import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../../core/workspaceIndex';
import { requirementHover } from './requirementHover';
import { requirementIdAt } from './requirementIdAt';

export class RequirementHoverProvider implements vscode.HoverProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const at = requirementIdAt(document, position, this.index);
    return at && new vscode.Hover(requirementHover(at.id, this.index.requirementsWithId(at.id)), at.range);
  }
}
