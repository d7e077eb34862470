import { idPrefix } from './idSuggestions';

/**
 * The ID after `highest` with this prefix, zero-padded to the widest number already in use with it or to
 * `minDigits` (reqdesk.yaml `ids.digits`), whichever is wider, so that new IDs sort with the old ones.
 */
export function nextRequirementId(prefix: string, highest: number, existingIds: Iterable<string>, minDigits: number): string {
  let width = minDigits;
  for (const id of existingIds) {
    const digits = /-(\d+)$/.exec(id)?.[1];
    if (digits && idPrefix(id) === prefix) {
      width = Math.max(width, digits.length);
    }
  }
  return `${prefix}-${String(highest + 1).padStart(width, '0')}`;
}
