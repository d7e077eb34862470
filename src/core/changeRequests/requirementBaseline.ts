import type { YamlMapping } from '../edit/yamlValue';
import { sameValue } from '../edit/yamlValue';
import { REQUIREMENT_FIELDS, type BaselineEntry, type RequirementData, type RequirementField } from '../model';
import { fieldsFingerprint, requirementFingerprint } from './requirementFingerprint';

/** What an assessment judges of every affected requirement, whatever the request proposes: what it says it is. */
export const JUDGED_FIELDS: readonly RequirementField[] = ['title', 'description', 'acceptance'];

/**
 * The fields the baseline of one requirement covers: those the request proposes (implementing overwrites them)
 * and the judged ones. An owner, a status or a due date the request does not propose is not the assessment's
 * business: changing them never blocks the implementation.
 */
export function baselineFields(proposed: Readonly<Record<string, unknown>> | undefined): RequirementField[] {
  return REQUIREMENT_FIELDS.filter((field) => JUDGED_FIELDS.includes(field) || proposed?.[field] !== undefined);
}

/**
 * The baseline entry written on assessment: the fingerprint of the covered fields first, then each covered
 * field's value as assessed (null when the requirement had none), so that a later refusal can say what changed
 * from what, and a reader of the file sees what the assessment was made on.
 */
export function baselineEntry(data: Readonly<RequirementData>, proposed: Readonly<Record<string, unknown>> | undefined): YamlMapping {
  const fields = baselineFields(proposed);
  return { fingerprint: fieldsFingerprint(data, fields), ...Object.fromEntries(fields.map((field) => [field, data[field] ?? null])) };
}

/** A covered field whose value differs from the assessed one; undefined stands for "none". */
export interface FieldChange {
  readonly field: RequirementField;
  readonly old: unknown;
  readonly new: unknown;
}

/** How a requirement differs from its baseline. */
export interface BaselineDrift {
  /**
   * The covered fields that changed, old → new. Empty when the baseline cannot tell which: a version 1
   * fingerprint covers the whole requirement and keeps no values (and so does an entry whose values were edited by hand).
   */
  readonly fields: readonly FieldChange[];
  /**
   * Fields the request proposes that the baseline does not cover: proposed after the assessment, so implementing
   * would overwrite a value nobody judged. Re-assessing takes them into the baseline.
   */
  readonly unassessed: readonly RequirementField[];
  /** The fingerprint written on assessment. */
  readonly baseline: string;
  /** The fingerprint of the same fields as the requirement has them now. */
  readonly current: string;
}

/**
 * How the requirement (and what the request proposes for it) changed since the assessment, or undefined when
 * nothing did. A version 1 entry is judged as it was written: any change of the requirement counts, and which field
 * changed is not known; re-assessing writes a per-field entry in its place.
 */
export function baselineDrift(entry: BaselineEntry, data: Readonly<RequirementData>, proposed: Readonly<Record<string, unknown>> | undefined): BaselineDrift | undefined {
  if (typeof entry === 'string') {
    const current = requirementFingerprint(data);
    return entry === current ? undefined : { fields: [], unassessed: [], baseline: entry, current };
  }
  const covered = REQUIREMENT_FIELDS.filter((field) => Object.hasOwn(entry.values, field));
  const current = fieldsFingerprint(data, covered);
  const baseline = entry.fingerprint ?? fieldsFingerprint(entry.values, covered);
  const fields = covered.flatMap((field) => {
    const old = entry.values[field] ?? undefined;
    return sameValue(old, data[field]) ? [] : [{ field, old, new: data[field] }];
  });
  const unassessed = baselineFields(proposed).filter((field) => !covered.includes(field));
  return fields.length === 0 && unassessed.length === 0 && baseline === current ? undefined : { fields, unassessed, baseline, current };
}
