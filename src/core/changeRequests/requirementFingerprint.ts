import { REQUIREMENT_FIELDS, type RequirementData } from '../model';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * A fingerprint of a requirement's data, written to a change request's `baseline` on assessment: implementing
 * compares it with the requirement as it is then, to catch changes made in between. It covers the values only
 * (fields in a fixed order, as JSON), so reformatting, reordering keys or editing comments do not count as a
 * change, and the same data gives the same fingerprint everywhere.
 *
 * FNV-1a (32 bits) over the UTF-8 bytes: pure JavaScript, so the core runs in a browser-like worker too.
 * It detects edits, it does not resist forgery, which no one here has a motive for; a chance collision
 * goes unnoticed once in four billion edits.
 */
export function requirementFingerprint(data: Readonly<RequirementData>): string {
  const canonical = JSON.stringify(REQUIREMENT_FIELDS.flatMap((field) => (data[field] === undefined ? [] : [[field, data[field]]])));
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(canonical)) {
    hash = Math.imul(hash ^ byte, FNV_PRIME);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
