import * as vscode from 'vscode';
import type { Requirement } from '../../core/model';
import type { IndexView } from '../../core/indexView';
import type { Command } from '../support/commandRegistry';
import { requirementTarget } from './commandTargets';
import { pickOwner } from './ownerPick';
import { editRequirementField } from './requirementFieldEdit';
import { pickVocabulary } from './vocabularyPick';
import { displayLabel } from '../support/displayLabel';

/** Set Status, Set Priority and Assign Owner: on a tree item, or on the requirement under the editor's cursor. */
export function setFieldCommands(index: IndexView): Command[] {
  const now = (requirement: Requirement, value: string | undefined): readonly [string, string] => [requirement.id, value ?? vscode.l10n.t('none')];
  return [
    onRequirement(index, 'reqdesk.setStatus', (requirement) => setVocabularyField(index, requirement, 'status')),
    onRequirement(index, 'reqdesk.setPriority', (requirement) => setVocabularyField(index, requirement, 'priority')),
    onRequirement(index, 'reqdesk.assignOwner', async (requirement) => {
      const current = requirement.data.owner;
      const placeHolder = vscode.l10n.t('Owner of {0} (now: {1})', ...now(requirement, current));
      const choice = await pickOwner(index, requirement.file, { current, placeHolder });
      if (choice && 'owner' in choice) {
        await editRequirementField(index, requirement, 'owner', choice.owner);
      }
    }),
  ];
}

/** Picks a status or priority by its label (the placeholder too names the current one by label); writes the value. */
async function setVocabularyField(index: IndexView, requirement: Requirement, field: 'status' | 'priority'): Promise<void> {
  const settings = index.settingsFor(requirement.file);
  const current = requirement.data[field];
  const now = displayLabel(current, settings) ?? vscode.l10n.t('none');
  const placeHolder = field === 'status'
    ? vscode.l10n.t('Status of {0} (now: {1})', requirement.id, now)
    : vscode.l10n.t('Priority of {0} (now: {1})', requirement.id, now);
  const value = await pickVocabulary(field === 'status' ? settings.statuses : settings.priorities, settings, current, placeHolder);
  if (value !== undefined) {
    await editRequirementField(index, requirement, field, value);
  }
}

/** A command on one requirement: the tree item it was run on, else the one under the cursor; says so when there is none. */
function onRequirement(index: IndexView, id: string, run: (requirement: Requirement) => Promise<void>): Command {
  return {
    id,
    execute: async (arg) => {
      const requirement = requirementTarget(index, arg);
      if (typeof requirement === 'string') {
        void vscode.window.showWarningMessage(requirement);
        return;
      }
      await run(requirement);
    },
  };
}
