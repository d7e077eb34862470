import { EDIT_MESSAGES } from '../edit/editMessages';
import { editText, type EditSource } from '../edit/editSource';
import type { EditResult } from '../edit/textEdit';
import { appendToSequenceIn, deleteKeyIn, setValueIn } from '../edit/yamlEdits';
import { localized } from '../messages';
import { asRecord, asStringList } from '../values';

/**
 * Quick-fix edits of a change request's `affects` list and of its `proposed` / `baseline` entries. A fix is
 * computed from the index, which may be a few keystrokes behind the buffer: the item it is about is checked in
 * the text being edited, so a stale fix refuses rather than editing the wrong place.
 */

/** Replaces affects item `position` (a mistyped ID) with another ID, in place. */
export function replaceAffectedId(text: string, position: number, expected: string, replacement: string): EditResult {
  return editText(text, (source) => checkItem(source, position, expected) ?? setValueIn(source, ['affects', position], replacement));
}

/** Removes affects item `position`; the list stays (empty lists are reported by the schema, as they should be). */
export function removeAffectedId(text: string, position: number, expected: string): EditResult {
  return editText(text, (source) => {
    const refused = checkItem(source, position, expected);
    return refused ?? setValueIn(source, ['affects'], (affectsOf(source) ?? []).filter((_, i) => i !== position));
  });
}

/** Adds an ID to affects (one that proposed names, for instance). */
export function addAffectedId(text: string, id: string): EditResult {
  return editText(text, (source) => ((affectsOf(source) ?? []).includes(id) ? { ok: true, edits: [] } : appendToSequenceIn(source, ['affects'], id)));
}

/** Removes a requirement's entry from proposed or baseline. */
export function removeEntry(text: string, section: 'proposed' | 'baseline', id: string): EditResult {
  return editText(text, (source) => deleteKeyIn(source, [section, id]));
}

function affectsOf(source: EditSource): string[] | undefined {
  return asStringList(asRecord(source.value)?.affects);
}

function checkItem(source: EditSource, position: number, expected: string): EditResult | undefined {
  return affectsOf(source)?.[position] === expected
    ? undefined
    : { ok: false, refusal: localized(EDIT_MESSAGES.itemChanged, position + 1, 'affects', expected) };
}
