import * as vscode from 'vscode';
import { appendRequirement } from '../../core/edit/requirementEdits';
import { baseName } from '../../core/fileKind';
import { idPrefix } from '../../core/idSuggestions';
import { nextRequirementId } from '../../core/nextRequirementId';
import { validateRequirementValue } from '../../core/schemaValidator';
import { localizedMessage } from '../support/rangeConversion';
import type { IndexView } from '../../core/indexView';
import { applyCoreEdit } from '../support/coreEdits';
import { revealNewItem } from '../support/revealNewItem';
import type { Command } from '../support/commandRegistry';
import { documentFromContext, pickDocument } from './commandTargets';
import { pickOwner } from './ownerPick';
import { pickVocabulary } from './vocabularyPick';

/**
 * New Requirement: the next free ID of a document, a title, a priority and (optionally) an owner; appended to
 * the document's requirements with status new, then shown in the editor.
 */
export function newRequirementCommand(index: IndexView): Command {
  return {
    id: 'reqdesk.newRequirement',
    execute: async (arg) => {
      const file = documentFromContext(index, arg) ?? (await pickDocument(index, vscode.l10n.t('Add the new requirement to which document?')));
      const parsed = file === undefined ? undefined : index.get(file);
      if (file === undefined || !parsed) {
        return;
      }
      const name = baseName(vscode.Uri.parse(file).path);
      const prefix = parsed.header.prefix ?? parsed.requirements.map((r) => (r.id ? idPrefix(r.id) : '')).find((p) => p !== '');
      if (!prefix) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} has no ID prefix (document: prefix:), so ReqDesk cannot number a new requirement.', name));
        return;
      }
      const settings = index.settingsFor(file);
      const id = nextRequirementId(prefix, index.highestNumber(prefix), index.requirements().map((r) => r.id), settings.idDigits);
      const title = await vscode.window.showInputBox({
        title: vscode.l10n.t('New requirement {0} in {1}', id, name),
        prompt: vscode.l10n.t('Title: a short name of the requirement'),
        validateInput: (value) => {
          const invalid = value.trim() === '' ? undefined : validateRequirementValue('title', value.trim(), settings);
          return value.trim() === '' ? vscode.l10n.t('Enter a title.') : invalid && localizedMessage(invalid);
        },
      });
      if (title === undefined) {
        return;
      }
      const priority = await pickVocabulary(settings.priorities, settings, undefined, vscode.l10n.t('Priority of {0}', id));
      if (priority === undefined) {
        return;
      }
      const owner = await pickOwner(index, file, { placeHolder: vscode.l10n.t('Owner of {0}', id), allowSkip: true });
      if (owner === undefined) {
        return;
      }
      const status = settings.statuses.includes('new') ? 'new' : settings.statuses[0];
      const { applied, edits, snapshot } = await applyCoreEdit(
        vscode.Uri.parse(file),
        (text) => appendRequirement(text, { id, title: title.trim(), priority, ...('owner' in owner ? { owner: owner.owner } : {}), status }),
        vscode.l10n.t('Could not add {0} to {1}', id, name),
      );
      if (applied) {
        await revealNewItem(snapshot.document, edits, id);
      }
    },
  };
}
