import { localized, type LocalizedMessage } from '../messages';
import { parseYamlSource } from '../yamlSource';
import { EDIT_MESSAGES } from './editMessages';
import type { PathSegment } from './editPath';
import type { EditSource } from './editSource';
import { applyTextEdits, type EditResult, type TextEdit } from './textEdit';
import { sameValue } from './yamlValue';

/**
 * The safety net under every edit: the edited text must parse cleanly and read back as exactly the
 * expected value (the old one with the one intended change), so that no other data is ever altered.
 */
export function verifiedEdits(source: EditSource, edits: readonly TextEdit[] | LocalizedMessage, expected: unknown): EditResult {
  if (!Array.isArray(edits)) {
    return { ok: false, refusal: edits as LocalizedMessage };
  }
  const effective = edits.filter((edit) => edit.start !== edit.end || edit.newText !== '');
  if (effective.length === 0) {
    return { ok: true, edits: [] };
  }
  const after = parseYamlSource(applyTextEdits(source.text, effective), { maxBytes: Number.POSITIVE_INFINITY });
  if (after.hasSyntaxErrors || !sameValue(after.value, expected)) {
    return { ok: false, refusal: localized(EDIT_MESSAGES.unverifiable) };
  }
  return { ok: true, edits: effective };
}

/** The plain value at a path, or undefined when the path does not exist. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/**
 * A copy of `root` with the value at `path` replaced by `change(old)`; mappings missing on the way are
 * created, and `undefined` removes the key. Untouched branches are shared, not copied.
 */
export function changedAt(root: unknown, path: readonly PathSegment[], change: (old: unknown) => unknown): unknown {
  if (path.length === 0) {
    return change(root);
  }
  const [head, ...rest] = path;
  if (typeof head === 'number' && Array.isArray(root)) {
    const copy: unknown[] = [...root];
    copy[head] = changedAt(root[head], rest, change);
    return copy;
  }
  const record = root !== null && typeof root === 'object' && !Array.isArray(root) ? (root as Record<string, unknown>) : {};
  const copy = { ...record };
  const next = changedAt(record[head], rest, change);
  if (next === undefined) {
    delete copy[head];
  } else {
    copy[head] = next;
  }
  return copy;
}
