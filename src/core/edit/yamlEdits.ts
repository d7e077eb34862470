import { isScalar, isSeq, type YAMLMap } from 'yaml';
import { localized, type LocalizedMessage } from '../messages';
import { described, locate, pathLabel, type PathSegment } from './editPath';
import { EDIT_MESSAGES } from './editMessages';
import { editText, type EditSource } from './editSource';
import type { EditResult, TextEdit } from './textEdit';
import type { ValueStyle } from './valueText';
import { changedAt, valueAt, verifiedEdits } from './verifyEdit';
import { sameValue, type YamlValue } from './yamlValue';
import { YamlWriter } from './yamlWriter';

export type { PathSegment } from './editPath';
export type { ValueStyle } from './valueText';
export type { YamlValue } from './yamlValue';

export interface YamlEditOptions {
  /** Keys in their writing order: a new key goes right after the nearest key present that precedes it here, else last. */
  readonly keyOrder?: readonly string[];
  /** How new values of these keys are written when there is no existing value whose style to keep. */
  readonly styles?: Readonly<Record<string, ValueStyle>>;
}

/**
 * Sets the value at `path`: an existing value is replaced in its own source range (keeping its quoting or
 * block style and the comment after it); a missing key is inserted as one line, or a block for a collection,
 * at the indentation of its sibling keys. An empty parent (`decision:`) receives the missing keys below it.
 */
export function setValueAt(text: string, path: readonly PathSegment[], value: YamlValue, options: YamlEditOptions = {}): EditResult {
  return editText(text, (source) => setValueIn(source, path, value, options));
}

/** Removes a mapping key with its value. Removing a key that is not there changes nothing. */
export function deleteKeyAt(text: string, path: readonly PathSegment[]): EditResult {
  return editText(text, (source) => deleteKeyIn(source, path));
}

/** Appends an item to a block or flow list, in its style; an absent or empty key becomes a one-item list. */
export function appendToSequenceAt(text: string, path: readonly PathSegment[], item: YamlValue, options: YamlEditOptions = {}): EditResult {
  return editText(text, (source) => appendToSequenceIn(source, path, item, options));
}

/** setValueAt on a text opened once with openForEdit; offsets are into `source.text` (editText maps them back). */
export function setValueIn(source: EditSource, path: readonly PathSegment[], value: YamlValue, options: YamlEditOptions = {}): EditResult {
  const located = locate(source.doc, path);
  if (!('kind' in located)) {
    return { ok: false, refusal: located };
  }
  if (located.kind === 'found' && sameValue(valueAt(source.value, path), value)) {
    return { ok: true, edits: [] };
  }
  const writer = new YamlWriter(source, options);
  let edits: TextEdit[] | LocalizedMessage;
  if (located.kind === 'found') {
    edits = writer.write(located, value);
  } else {
    const nested = nestedValue(located.rest, value, path);
    edits = 'template' in nested
      ? nested
      : located.kind === 'missing'
        ? writer.insertPair(located.map, located.key, nested.value, located.inFlow)
        : writer.write(located.found, nested.value);
  }
  return verifiedEdits(source, edits, changedAt(source.value, path, () => value));
}

export function deleteKeyIn(source: EditSource, path: readonly PathSegment[]): EditResult {
  const last = path[path.length - 1];
  if (typeof last !== 'string') {
    return { ok: false, refusal: localized(EDIT_MESSAGES.onlyKeysRemoved, pathLabel(path)) };
  }
  const located = locate(source.doc, path);
  if (!('kind' in located)) {
    return { ok: false, refusal: located };
  }
  if (located.kind !== 'found' || !located.pair) {
    return { ok: true, edits: [] };
  }
  const edits = new YamlWriter(source, {}).removePair(located.parent as YAMLMap, located.pair);
  return verifiedEdits(source, edits, changedAt(source.value, path, () => undefined));
}

export function appendToSequenceIn(source: EditSource, path: readonly PathSegment[], item: YamlValue, options: YamlEditOptions = {}): EditResult {
  const located = locate(source.doc, path);
  if (!('kind' in located)) {
    return { ok: false, refusal: located };
  }
  const node = located.kind === 'found' ? located.node : null;
  if (located.kind !== 'found' || node === null || (isScalar(node) && node.value === null) || (isSeq(node) && node.items.length === 0)) {
    return setValueIn(source, path, [item], options);
  }
  if (!isSeq(node)) {
    return { ok: false, refusal: localized(EDIT_MESSAGES.notAListAppend, pathLabel(path), described(node)) };
  }
  const edits = [new YamlWriter(source, options).appendItems(node, [item])];
  return verifiedEdits(source, edits, changedAt(source.value, path, (old) => [...(Array.isArray(old) ? old : []), item]));
}

/** Keys below a missing or empty parent become nested mappings; list items cannot be made up. */
function nestedValue(rest: readonly PathSegment[], value: YamlValue, path: readonly PathSegment[]): { readonly value: YamlValue } | LocalizedMessage {
  let nested = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const segment = rest[i];
    if (typeof segment !== 'string') {
      return localized(EDIT_MESSAGES.noListForItem, pathLabel(path.slice(0, path.length - rest.length + i)), segment + 1);
    }
    nested = { [segment]: nested };
  }
  return { value: nested };
}
