import * as vscode from 'vscode';
import { setRequirementField } from '../../core/edit/requirementEdits';
import { removeListItemAt, replaceListItemAt, setRequirementIdAt } from '../../core/edit/requirementItemEdits';
import type { EditResult } from '../../core/edit/textEdit';
import { itemRanges } from '../../core/fieldSpans';
import { idPrefix } from '../../core/idSuggestions';
import { nextRequirementId } from '../../core/nextRequirementId';
import { requirementLinks } from '../../core/trace/requirementLinks';
import { toVscodeRange } from '../support/rangeConversion';
import { editAction, type FixBuilder } from '../support/fixAction';

/** duplicate-id: renumber this copy with the next free ID of its prefix. */
export const duplicateIdFixes: FixBuilder = (context) => {
  const { requirement, index } = context;
  const prefix = idPrefix(requirement.id);
  const next = nextRequirementId(prefix, index.highestNumber(prefix), index.requirements().map((r) => r.id), index.settingsFor(requirement.file).idDigits);
  const copiesHere = index.get(requirement.file)?.requirements.filter((r) => r.id === requirement.id).length ?? 0;
  // Copies in one file cannot be told apart by ID: edit this one by its position (checked against the text).
  const compute = copiesHere > 1
    ? (text: string) => setRequirementIdAt(text, requirement, next)
    : (text: string) => setRequirementField(text, requirement.id, 'id', next);
  return [editAction(context, vscode.l10n.t('Change ID to {0} (next free)', next), compute)];
};

/** unknown-link: remove the link, or change it to one of the existing IDs close to it. */
export const unknownLinkFixes: FixBuilder = (context) => {
  const { requirement, index, diagnostic } = context;
  const links = requirement.data.links ?? [];
  const position = itemRanges(requirement, 'links').findIndex((range) => toVscodeRange(range).isEqual(diagnostic.range));
  const link = requirementLinks(requirement)[position];
  if (link === undefined) {
    return [];
  }
  const actions = [editAction(context, vscode.l10n.t('Remove link {0}', link.id), (text) => removeListItemAt(text, requirement, 'links', position, link.text))];
  const suggestions = index.suggestRequirementIds(link.id).filter((id) => id !== requirement.id && !links.includes(id));
  for (const suggestion of suggestions) {
    const compute = (text: string): EditResult => replaceListItemAt(text, requirement, 'links', position, link.text, suggestion);
    // One close ID is almost certainly what was meant; among several, the user chooses.
    actions.push(editAction(context, vscode.l10n.t('Change link to {0}', suggestion), compute, suggestions.length === 1));
  }
  return actions;
};
