import * as vscode from 'vscode';
import { sameValue } from '../../core/edit/yamlValue';
import { isListField, type Requirement, type RequirementField } from '../../core/model';
import { validateRequirementValue } from '../../core/schemaValidator';
import { localizedMessage } from '../support/rangeConversion';
import type { ProjectSettings } from '../../core/settings';
import { vocabularyItems } from '../requirements/vocabularyPick';
import { personName } from '../../core/roster';
import { displayLabel } from '../support/displayLabel';
import { advance, BACK, inputStep, pickStep, type StepPlace, type StepResult } from './multiStepInput';

export type ProposedValue = string | readonly string[];

/** Proposed new values: requirement ID → field → value. */
export type Proposals = Map<string, Map<RequirementField, ProposedValue>>;

/** Fields a change request may propose: all but those ReqDesk writes itself. */
const PROPOSABLE: readonly RequirementField[] = ['title', 'description', 'priority', 'owner', 'status', 'source', 'acceptance', 'links', 'milestone', 'due', 'tags'];

/** Items of a list field are typed in one line, separated by this. */
const LIST_SEPARATOR = ';';

interface FieldItem extends vscode.QuickPickItem {
  readonly target?: { readonly requirement: Requirement; readonly field: RequirementField };
  readonly done?: true;
}

/**
 * The last step of filing a request: optional proposed values. A list of the affected requirements' fields
 * (current → proposed); picking one asks its new value (a vocabulary pick, or text; empty takes the proposal
 * back), then the list shows again, until "File the change request". Back from the list goes to the step before.
 */
export async function proposedValuesStep(place: StepPlace, requirements: readonly Requirement[], proposals: Proposals, settings: ProjectSettings): Promise<StepResult> {
  for (;;) {
    const answer = await pickStep<FieldItem>(place, { items: fieldItems(requirements, proposals, settings), placeholder: vscode.l10n.t('Propose new values for fields of the affected requirements (optional), then file the request') });
    if (answer === BACK || answer === undefined) {
      return answer === BACK ? 'back' : 'cancel';
    }
    const target = answer[0]?.target;
    if (!target) {
      return 'next';
    }
    const result = await askValue(place, target.requirement, target.field, proposals.get(target.requirement.id)?.get(target.field), settings);
    if (result === 'cancel') {
      return 'cancel';
    }
    if (result !== 'back') {
      const fields = proposals.get(target.requirement.id) ?? new Map<RequirementField, ProposedValue>();
      if (result === undefined) {
        fields.delete(target.field);
      } else {
        fields.set(target.field, result);
      }
      proposals.set(target.requirement.id, fields);
    }
  }
}

function fieldItems(requirements: readonly Requirement[], proposals: Proposals, settings: ProjectSettings): FieldItem[] {
  const count = [...proposals.values()].reduce((n, fields) => n + fields.size, 0);
  const items: FieldItem[] = [{
    label: `$(check) ${vscode.l10n.t('File the change request')}`,
    description: count === 0 ? vscode.l10n.t('no proposed values') : vscode.l10n.t('{0} proposed value(s)', count),
    alwaysShow: true,
    done: true,
  }];
  for (const requirement of requirements) {
    items.push({ label: `${requirement.id} ${requirement.data.title ?? ''}`.trim(), kind: vscode.QuickPickItemKind.Separator });
    for (const field of PROPOSABLE) {
      const current = shown(field, requirement.data[field], settings);
      const proposed = proposals.get(requirement.id)?.get(field);
      items.push({
        label: `${requirement.id} · ${field}`,
        description: proposed === undefined ? current : `${current || vscode.l10n.t('(none)')} → ${shown(field, proposed, settings)}`,
        target: { requirement, field },
      });
    }
  }
  return items;
}

/** The new value; undefined when the proposal is taken back (an empty answer); or how the flow moves. */
async function askValue(place: StepPlace, requirement: Requirement, field: RequirementField, proposed: ProposedValue | undefined, settings: ProjectSettings): Promise<ProposedValue | undefined | 'back' | 'cancel'> {
  const vocabulary = field === 'priority' ? settings.priorities : field === 'status' ? settings.statuses : undefined;
  const current = requirement.data[field];
  if (vocabulary) {
    const items = [
      ...vocabularyItems(vocabulary, settings, typeof current === 'string' ? current : undefined),
      { label: vscode.l10n.t('(no proposal)'), value: undefined as string | undefined },
    ];
    const answer = await pickStep(place, {
      items,
      placeholder: vscode.l10n.t('Proposed {0} of {1}', field, requirement.id),
      selected: (item) => item.value === (proposed ?? current),
    });
    const value = answer === BACK || answer === undefined ? undefined : answer[0]?.value;
    return answer === BACK ? 'back' : answer === undefined ? 'cancel' : value === current ? undefined : value;
  }
  const list = isListField(field);
  const toValue = (text: string): ProposedValue => (list ? text.split(LIST_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '') : text.trim());
  const answer = await inputStep(place, {
    prompt: list
      ? vscode.l10n.t('Proposed {0} of {1}: the items separated by ; (empty: no proposal)', field, requirement.id)
      : vscode.l10n.t('Proposed {0} of {1} (empty: no proposal)', field, requirement.id),
    value: textOf(proposed ?? current),
    validate: (text) => {
      const invalid = text.trim() === '' ? undefined : validateRequirementValue(field, toValue(text), settings);
      return invalid && localizedMessage(invalid);
    },
  });
  let value: ProposedValue | undefined;
  const result = advance(answer, (text) => {
    // The current value, kept as it was, is no proposal.
    value = text.trim() === '' || sameValue(toValue(text), current) ? undefined : toValue(text);
  });
  return result === 'next' ? value : result;
}

function textOf(value: unknown): string {
  return Array.isArray(value) ? value.join(`${LIST_SEPARATOR} `) : typeof value === 'string' ? value : '';
}

/** A value on one line as people read it: a status or priority by its label, an owner by name, a list comma-separated. */
function shown(field: RequirementField, value: unknown, settings: ProjectSettings): string {
  if (typeof value !== 'string') {
    return Array.isArray(value) ? value.join(', ') : '';
  }
  if (field === 'status' || field === 'priority') {
    return displayLabel(value, settings);
  }
  return field === 'owner' ? personName(settings, value) : value.replace(/\s+/g, ' ').trim();
}
