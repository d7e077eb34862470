import type { ListField } from '../model';
import { localized } from '../messages';
import { asRecord, asString } from '../values';
import { EDIT_MESSAGES } from './editMessages';
import { editText, type EditSource } from './editSource';
import type { EditResult } from './textEdit';
import { deleteKeyIn, setValueIn } from './yamlEdits';

/**
 * Edits of one item of `requirements:` by its position, for fixes computed from the index: a duplicated ID
 * cannot name one of its copies, and a list item is named by its position. The expected ID (and list item) is
 * checked in the text being edited, so an index a few keystrokes behind the buffer refuses rather than
 * editing the wrong place.
 */
export interface RequirementItem {
  /** Position in the document's `requirements` list. */
  readonly index: number;
  readonly id: string;
}

/** Gives the item a new ID (e.g. the next free one, for one copy of a duplicate). */
export function setRequirementIdAt(text: string, item: RequirementItem, newId: string): EditResult {
  return editText(text, (source) => checkItem(source, item) ?? setValueIn(source, ['requirements', item.index, 'id'], newId));
}

/** Replaces the list item at `position` (e.g. a mistyped link) with another value, in place. */
export function replaceListItemAt(text: string, item: RequirementItem, field: ListField, position: number, expected: string, replacement: string): EditResult {
  return editText(text, (source) => checkListItem(source, item, field, position, expected) ?? setValueIn(source, ['requirements', item.index, field, position], replacement));
}

/** Removes the list item at `position`; the field goes when it was the only item. */
export function removeListItemAt(text: string, item: RequirementItem, field: ListField, position: number, expected: string): EditResult {
  return editText(text, (source) => {
    const refused = checkListItem(source, item, field, position, expected);
    if (refused) {
      return refused;
    }
    const path = ['requirements', item.index, field];
    const remaining = (listAt(source, item, field) ?? []).filter((_, i) => i !== position);
    return remaining.length === 0 ? deleteKeyIn(source, path) : setValueIn(source, path, remaining);
  });
}

function itemAt(source: EditSource, item: RequirementItem): Record<string, unknown> | undefined {
  const requirements = asRecord(source.value)?.requirements;
  return Array.isArray(requirements) ? asRecord(requirements[item.index]) : undefined;
}

function checkItem(source: EditSource, item: RequirementItem): EditResult | undefined {
  const found = itemAt(source, item);
  if (asString(found?.id) !== item.id) {
    return { ok: false, refusal: localized(EDIT_MESSAGES.itemChanged, item.index + 1, 'requirements', item.id) };
  }
  return undefined;
}

function listAt(source: EditSource, item: RequirementItem, field: ListField): string[] | undefined {
  const list = itemAt(source, item)?.[field];
  return Array.isArray(list) && list.every((v) => asString(v) !== undefined) ? list.map((v) => asString(v) ?? '') : undefined;
}

function checkListItem(source: EditSource, item: RequirementItem, field: ListField, position: number, expected: string): EditResult | undefined {
  return checkItem(source, item) ?? (listAt(source, item, field)?.[position] === expected
    ? undefined
    : { ok: false, refusal: localized(EDIT_MESSAGES.listItemChanged, item.id, expected, position + 1, field) });
}
