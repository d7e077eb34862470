import { fnv1a } from '../fnv1a';
import { REQUIREMENT_FIELDS, type RequirementData, type RequirementField } from '../model';

/** The version prefix of a fingerprint over some fields (a whole-requirement fingerprint, version 1, has none). */
export const FIELDS_FINGERPRINT_VERSION = 'v2';

/**
 * A fingerprint of a whole requirement's data: what ReqDesk wrote to a change request's `baseline` on
 * assessment before baselines were per field (version 1, a plain 8-hex string). Any change of any field
 * changes it, which is why implementing refused after an owner was reassigned. It covers the values only
 * (fields in a fixed order, as JSON), so reformatting, reordering keys or editing comments do not count as a
 * change, and the same data gives the same fingerprint everywhere.
 *
 * FNV-1a (32 bits) over the UTF-8 bytes: pure JavaScript, so the core runs in a browser-like worker too.
 * It detects edits, it does not resist forgery, which no one here has a motive for; a chance collision
 * goes unnoticed once in four billion edits.
 */
export function requirementFingerprint(data: Readonly<RequirementData>): string {
  return fnv1a(JSON.stringify(REQUIREMENT_FIELDS.flatMap((field) => (data[field] === undefined ? [] : [[field, data[field]]]))));
}

/**
 * A fingerprint of some fields only, named by its version: `v2:` and FNV-1a over `[field, value]` pairs in the
 * fields' fixed order, a field the requirement lacks as null (so that adding it counts as a change).
 */
export function fieldsFingerprint(values: Readonly<Partial<Record<RequirementField, unknown>>>, fields: readonly RequirementField[]): string {
  const pairs = REQUIREMENT_FIELDS.filter((field) => fields.includes(field)).map((field) => [field, values[field] ?? null]);
  return `${FIELDS_FINGERPRINT_VERSION}:${fnv1a(JSON.stringify(pairs))}`;
}
