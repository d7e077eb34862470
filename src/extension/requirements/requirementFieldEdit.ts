import * as vscode from 'vscode';
import { planFieldEdit } from '../../core/edit/fieldEditPlan';
import type { Requirement, RequirementField } from '../../core/model';
import type { IndexView } from '../../core/indexView';
import { applyCoreEdit, workspaceEditScope } from '../support/coreEdits';

/**
 * Sets one field of a requirement in its file's live buffer, found by ID in the file the user picked it from (so
 * an index a few keystrokes behind the buffer still edits the right item). Shows why when the plan refuses.
 */
export async function editRequirementField(index: IndexView, requirement: Requirement, field: RequirementField, value: string | readonly string[]): Promise<boolean> {
  const failure = vscode.l10n.t('Could not set the {0} of {1}', field, requirement.id);
  const { file, id } = requirement;
  const { applied } = await applyCoreEdit(vscode.Uri.parse(file), (text) => planFieldEdit(index, file, { text }, { id, field, value }, workspaceEditScope()), failure);
  return applied;
}
