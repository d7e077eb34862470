import * as vscode from 'vscode';
import type { Requirement } from '../../core/model';
import type { IndexView } from '../../core/indexView';
import type { Command } from '../support/commandRegistry';
import { requirementTarget } from './commandTargets';
import { pickOwner } from './ownerPick';
import { editRequirementField } from './requirementFieldEdit';
import { pickVocabulary } from './vocabularyPick';

/** Set Status, Set Priority and Assign Owner: on a tree item, or on the requirement under the editor's cursor. */
export function setFieldCommands(index: IndexView): Command[] {
  const now = (requirement: Requirement, value: string | undefined): readonly [string, string] => [requirement.id, value ?? vscode.l10n.t('none')];
  return [
    onRequirement(index, 'reqdesk.setStatus', async (requirement) => {
      const current = requirement.data.status;
      const placeHolder = vscode.l10n.t('Status of {0} (now: {1})', ...now(requirement, current));
      const status = await pickVocabulary(index.settingsFor(requirement.file).statuses, current, placeHolder);
      if (status !== undefined) {
        await editRequirementField(index, requirement, 'status', status);
      }
    }),
    onRequirement(index, 'reqdesk.setPriority', async (requirement) => {
      const current = requirement.data.priority;
      const placeHolder = vscode.l10n.t('Priority of {0} (now: {1})', ...now(requirement, current));
      const priority = await pickVocabulary(index.settingsFor(requirement.file).priorities, current, placeHolder);
      if (priority !== undefined) {
        await editRequirementField(index, requirement, 'priority', priority);
      }
    }),
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
