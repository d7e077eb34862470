import { isMap, isPair, isScalar, isSeq, Scalar, type Node } from 'yaml';
import { isRequirementField, REQUIREMENT_FIELDS, type ListField, type RequirementData, type RequirementField } from '../model';
import { localized, type LocalizedMessage } from '../messages';
import { asRecord, asString } from '../values';
import { keepLinkStamps } from '../trace/linkStamp';
import { findPair, scalarKey } from '../yamlPath';
import { EDIT_MESSAGES } from './editMessages';
import { editText, type EditSource } from './editSource';
import type { EditResult } from './textEdit';
import { valueAt } from './verifyEdit';
import { appendToSequenceIn, deleteKeyIn, setValueIn, type ValueStyle, type YamlEditOptions } from './yamlEdits';

/** How new values are written when no requirement in the file shows a style to match (as in examples/requirements/). */
export const DEFAULT_STYLES: Readonly<Record<string, ValueStyle>> = {
  requirements: 'block',
  description: 'folded',
  acceptance: 'block',
  links: 'flow',
  tags: 'flow',
  changes: 'flow',
};

/** The top-level keys of a requirements file in their order, for adding a missing `requirements:`. */
const DOCUMENT_KEYS = ['document', 'requirements'];

/**
 * Sets one field of the requirement with this ID, or removes it when `value` is undefined. A new field goes
 * right after the field that precedes it in REQUIREMENT_FIELDS (so `owner` lands after `priority`).
 */
export function setRequirementField(text: string, id: string, field: RequirementField, value: string | readonly string[] | undefined): EditResult {
  return editText(text, (source) => {
    const index = requirementIndex(source, id);
    if (typeof index !== 'number') {
      return { ok: false, refusal: index };
    }
    const path = ['requirements', index, field];
    if (value === undefined) {
      return deleteKeyIn(source, path);
    }
    const written = field === 'links' && typeof value !== 'string' ? keepLinkStamps(valueAt(source.value, path), value) : value;
    return setValueIn(source, path, written, requirementOptions(source));
  });
}

/** Appends a requirement to `requirements:`, its fields in REQUIREMENT_FIELDS order, laid out like the items already there. */
export function appendRequirement(text: string, requirement: RequirementData): EditResult {
  return editText(text, (source) => {
    if (requirement.id !== undefined && matchingIndexes(source, requirement.id).length > 0) {
      return { ok: false, refusal: localized(EDIT_MESSAGES.idExists, requirement.id) };
    }
    const item: Record<string, string | readonly string[]> = {};
    for (const field of REQUIREMENT_FIELDS) {
      const value = requirement[field];
      if (value !== undefined) {
        item[field] = value;
      }
    }
    return appendToSequenceIn(source, ['requirements'], item, { ...requirementOptions(source), keyOrder: DOCUMENT_KEYS });
  });
}

/** Adds an item to a list field (e.g. CR-0007 to `changes`); an item already listed is not added twice. */
export function appendToRequirementList(text: string, id: string, field: ListField, item: string): EditResult {
  return editText(text, (source) => {
    const index = requirementIndex(source, id);
    if (typeof index !== 'number') {
      return { ok: false, refusal: index };
    }
    const path = ['requirements', index, field];
    const current = valueAt(source.value, path);
    if (Array.isArray(current) && current.some((existing) => asString(existing) === item)) {
      return { ok: true, edits: [] };
    }
    return appendToSequenceIn(source, path, item, requirementOptions(source));
  });
}

function requirementIndex(source: EditSource, id: string): number | LocalizedMessage {
  const matches = matchingIndexes(source, id);
  if (matches.length === 0) {
    return localized(EDIT_MESSAGES.noRequirementInFile, id);
  }
  if (matches.length > 1) {
    return localized(EDIT_MESSAGES.idTwiceInFile, id, matches.length, matches.map((i) => i + 1).join(', '));
  }
  return matches[0];
}

/** Positions in `requirements:` of the items with this ID, read like the index reads them (a number ID counts as text). */
function matchingIndexes(source: EditSource, id: string): number[] {
  const requirements = asRecord(source.value)?.requirements;
  if (!Array.isArray(requirements)) {
    return [];
  }
  return requirements.flatMap((item, index) => (asString(asRecord(item)?.id) === id ? [index] : []));
}

function requirementOptions(source: EditSource): YamlEditOptions {
  return { keyOrder: REQUIREMENT_FIELDS, styles: { ...DEFAULT_STYLES, ...observedStyles(source) } };
}

/** The style each field already has in this file's requirements (first one found wins), so that new values match. */
function observedStyles(source: EditSource): Record<string, ValueStyle> {
  const styles: Record<string, ValueStyle> = {};
  const items = findPair(source.doc.contents as Node, 'requirements')?.value;
  if (!isSeq(items)) {
    return styles;
  }
  for (const item of items.items) {
    if (!isMap(item)) {
      continue;
    }
    for (const pair of item.items) {
      const key = isPair(pair) ? scalarKey(pair) : undefined;
      const style = key !== undefined && isRequirementField(key) && !Object.hasOwn(styles, key) ? styleOf(pair.value as Node | null) : undefined;
      if (key !== undefined && style) {
        styles[key] = style;
      }
    }
  }
  return styles;
}

function styleOf(node: Node | null): ValueStyle | undefined {
  if (isSeq(node) && node.items.length > 0) {
    return node.flow ? 'flow' : 'block';
  }
  if (isScalar(node) && (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL)) {
    return node.type === Scalar.BLOCK_FOLDED ? 'folded' : 'literal';
  }
  return undefined;
}
