import type * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { requirementIdAt } from './requirementIdAt';
import { declarationOf } from './requirementLocations';

/** Goes to the `id:` of the requirement; to every one of them when the ID is duplicated. */
export class RequirementDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly index: IndexView) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    const at = requirementIdAt(document, position, this.index);
    return at && this.index.requirementsWithId(at.id).map(declarationOf);
  }
}
