import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { applyTextEdits, type EditResult } from '../../../src/core/edit/textEdit';

/** Lines of a YAML text, each ended by a line feed. */
export function yaml(...lines: string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

/** The text after a successful edit; fails the test with the reason when the edit was refused. */
export function applied(text: string, result: EditResult): string {
  if (!result.ok) {
    assert.fail(`The edit was refused: ${result.refusal.message}`);
  }
  return applyTextEdits(text, result.edits);
}

/**
 * The edit produces exactly `expected`, and that text reads back (with the real yaml parser, no errors)
 * with `value` at `path`; `undefined` means the key is gone.
 */
export function assertEdit(text: string, result: EditResult, expected: string, path: readonly (string | number)[], value: unknown): void {
  const after = applied(text, result);
  assert.equal(after, expected);
  assertReadsBack(after, path, value);
}

export function assertReadsBack(text: string, path: readonly (string | number)[], value: unknown): void {
  const doc = parseDocument(text, { uniqueKeys: true });
  assert.deepEqual(doc.errors.map((e) => e.message), []);
  let node: unknown = doc.toJS();
  for (const segment of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  assert.deepEqual(node, value);
}

export function assertRefused(result: EditResult, reason: string | RegExp): void {
  if (result.ok) {
    assert.fail(`The edit was expected to be refused, but it returned ${result.edits.length} edit(s).`);
  }
  if (typeof reason === 'string') {
    assert.equal(result.refusal.message, reason);
  } else {
    assert.match(result.refusal.message, reason);
  }
}

/** The edit succeeded and changes nothing. */
export function assertNoEdits(result: EditResult): void {
  assert.deepEqual(result, { ok: true, edits: [] });
}
