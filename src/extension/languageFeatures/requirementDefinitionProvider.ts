import type * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { idAt } from './idAt';
import { declarationsOf } from './requirementLocations';

/** Goes to the `id:` of the requirement, change request or risk; to every one of them when the ID is duplicated. */
export class RequirementDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly index: IndexView) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    const at = idAt(document, position, this.index);
    return at && declarationsOf(at);
  }
}
