/**
 * The building blocks of the runtime checks of what a webview posts (the table's and the overview's): a webview
 * renders workspace text, so its messages are untrusted input, checked shape by shape before the host acts.
 */

export type Fields = Readonly<Record<string, unknown>>;

/** Longer than any value a person types into a cell; a bound, so a runaway message cannot make a huge edit. */
export const MAX_TEXT = 10_000;

export function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isText(value: unknown, max = MAX_TEXT): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** A non-negative safe integer: request ids, counts, line numbers. */
export function isRequestId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Exactly these keys, no others: an extra field means a sender that does not speak the protocol. */
export function hasKeys(value: Fields, keys: readonly string[]): boolean {
  const present = Object.keys(value);
  return present.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}
