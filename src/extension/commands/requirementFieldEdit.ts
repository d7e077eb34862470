import * as vscode from 'vscode';
import { setRequirementField } from '../../core/edit/requirementEdits';
import type { Requirement, RequirementField } from '../../core/model';
import { validateRequirementValue } from '../../core/schemaValidator';
import type { WorkspaceIndex } from '../../core/workspaceIndex';
import { applyCoreEdit } from '../coreEdits';

/**
 * Sets one field of a requirement in its file's live buffer, found by ID (so an index a few keystrokes
 * behind the buffer still edits the right item). Shows why when the value or the file refuses the edit.
 */
export async function editRequirementField(index: WorkspaceIndex, requirement: Requirement, field: RequirementField, value: string | readonly string[]): Promise<boolean> {
  const failure = vscode.l10n.t('Could not set the {0} of {1}', field, requirement.id);
  const invalid = validateRequirementValue(field, value, index.settingsFor(requirement.file));
  if (invalid) {
    void vscode.window.showErrorMessage(`${failure}: ${invalid}`);
    return false;
  }
  const { applied } = await applyCoreEdit(vscode.Uri.parse(requirement.file), (text) => setRequirementField(text, requirement.id, field, value), failure);
  return applied;
}
