import type { Range } from './finding';
import type { LineStarts } from './lineMap';

/**
 * The data shapes of the file formats. They mirror schemas/*.schema.json, which are the source of truth;
 * test/unit/schemaDrift.test.ts fails when the field lists below and the schemas disagree.
 */

export interface DocumentHeader {
  prefix?: string;
  title?: string;
  customer?: string;
  description?: string;
  version?: string;
}

export interface RequirementData {
  id?: string;
  title?: string;
  description?: string;
  priority?: string;
  owner?: string;
  status?: string;
  source?: string;
  acceptance?: string[];
  links?: string[];
  milestone?: string;
  due?: string;
  tags?: string[];
  changes?: string[];
}

export type RequirementField = keyof RequirementData;

/** Every requirement field, in the order new fields are written. */
export const REQUIREMENT_FIELDS = [
  'id', 'title', 'description', 'priority', 'owner', 'status', 'source',
  'acceptance', 'links', 'milestone', 'due', 'tags', 'changes',
] as const satisfies readonly RequirementField[];

/**
 * The requirement key that keeps a spreadsheet's other columns (header → text) on import, so that nothing of the
 * sheet is lost. It is no field: not in REQUIREMENT_FIELDS, not a table column, not edited or compared.
 */
export const EXTRA_KEY = 'extra';

export const DOCUMENT_FIELDS = ['prefix', 'title', 'customer', 'description', 'version'] as const satisfies readonly (keyof DocumentHeader)[];

export const LIST_FIELDS = ['acceptance', 'links', 'tags', 'changes'] as const satisfies readonly RequirementField[];

export type ListField = (typeof LIST_FIELDS)[number];

export function isListField(field: string): field is ListField {
  return (LIST_FIELDS as readonly string[]).includes(field);
}

export function isRequirementField(field: string): field is RequirementField {
  return (REQUIREMENT_FIELDS as readonly string[]).includes(field);
}

export interface Impact {
  schedule_days?: number;
  cost?: number;
  effort_hours?: number;
  resources?: string;
  risk?: string;
  /** IDs of the register's risks the change brings or makes worse. */
  risks?: string[];
  /** IDs the assessment found impacted (dependants, requirements it reaches), recorded from the impact analysis. */
  related?: string[];
  notes?: string;
}

export interface Decision {
  outcome?: string;
  by?: string[];
  on?: string;
  rationale?: string;
}

export interface HistoryEntry {
  on?: string;
  by?: string;
  action?: string;
  note?: string;
  changed?: { requirement: string; field: string; old?: unknown; new?: unknown }[];
  /** The stamped links the implementation made suspect: `PORTAL-003 → PORTAL-002`. */
  made_suspect?: string[];
}

export interface ChangeRequestData {
  id?: string;
  title?: string;
  status?: string;
  requested_by?: string;
  requested_on?: string;
  channel?: string;
  /** The communication record the request came from: the path of its Markdown file. */
  source_record?: string;
  affects?: string[];
  reason?: string;
  description?: string;
  expected_effect?: string;
  proposed?: Record<string, Partial<Record<RequirementField, unknown>>>;
  baseline?: Record<string, BaselineEntry>;
  impact?: Impact;
  decision?: Decision;
  customer_signoff?: { by?: string; on?: string };
  history?: HistoryEntry[];
}

/**
 * A change request's baseline of one affected requirement, as written on assessment (requirementBaseline.ts):
 * a plain fingerprint of the whole requirement (version 1, written before baselines were per field), or the
 * covered fields' values as assessed (null: the requirement had none) with their fingerprint (`v2:…`).
 */
export type BaselineEntry = string | { readonly fingerprint?: string; readonly values: Readonly<Partial<Record<RequirementField, unknown>>> };

export const CHANGE_REQUEST_FIELDS = [
  'id', 'title', 'status', 'requested_by', 'requested_on', 'channel', 'source_record', 'affects', 'reason', 'description',
  'expected_effect', 'proposed', 'baseline', 'impact', 'decision', 'customer_signoff', 'history',
] as const satisfies readonly (keyof ChangeRequestData)[];

export const IMPACT_FIELDS = ['schedule_days', 'cost', 'effort_hours', 'resources', 'risk', 'risks', 'related', 'notes'] as const satisfies readonly (keyof Impact)[];

/**
 * Where a key/value pair sits in its file, as offsets: key start and end, value start and end, then start and end
 * of each list item when the value is a sequence. One small array instead of a Range object per part keeps the
 * index lean; fieldSpans.ts turns them into ranges (keyRange, valueRange, itemRange) when a view asks.
 */
export type FieldSpan = readonly number[];

/** A requirement as the index holds it: its values, where it came from, and where each field sits. */
export interface Requirement {
  readonly data: Readonly<RequirementData>;
  readonly id: string;
  readonly file: string;
  readonly document: Readonly<DocumentHeader>;
  /** Position in the document's `requirements` list. */
  readonly index: number;
  /** The whole item (the `- id: …` mapping). */
  readonly range: Range;
  /** The first key/value pair of the item: where "missing field" problems are shown. */
  readonly headRange: Range;
  readonly fields: Readonly<Partial<Record<RequirementField, FieldSpan>>>;
  /** Line starts of the file, shared by everything located in it. */
  readonly lines: LineStarts;
  /**
   * The stamp of each `links:` item written `ID@stamp`, by position (`data.links` holds the bare IDs); undefined
   * when no link is stamped.
   */
  readonly linkStamps: readonly (string | undefined)[] | undefined;
}

export interface ChangeRequest {
  readonly data: Readonly<ChangeRequestData>;
  readonly id: string;
  readonly file: string;
  readonly range: Range;
  /** Ranges of top-level fields and of selected nested ones, keyed by dotted path (e.g. "decision.by"). */
  readonly fields: Readonly<Record<string, FieldSpan>>;
  readonly lines: LineStarts;
}

export type FileKind = 'requirements' | 'change-request' | 'settings' | 'record' | 'risks';

/** Compile-time checks that the field lists above name every field of their interface. */
type AssertNever<T extends never> = T;
export type RequirementFieldsCovered = AssertNever<Exclude<RequirementField, (typeof REQUIREMENT_FIELDS)[number]>>;
export type DocumentFieldsCovered = AssertNever<Exclude<keyof DocumentHeader, (typeof DOCUMENT_FIELDS)[number]>>;
export type ChangeRequestFieldsCovered = AssertNever<Exclude<keyof ChangeRequestData, (typeof CHANGE_REQUEST_FIELDS)[number]>>;
export type ImpactFieldsCovered = AssertNever<Exclude<keyof Impact, (typeof IMPACT_FIELDS)[number]>>;
