import type { Range } from '../finding';

/**
 * A communication record: one meeting, e-mail, call or chat with the customer, a Markdown file whose YAML front
 * matter (schemas/record.schema.json, the source of truth) says when, with whom, what was decided and who does
 * what by when. Plain data, so that the index can persist it and a worker can make it.
 */
export const RECORD_KINDS = ['meeting', 'email', 'call', 'chat', 'visit', 'other'] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];

export interface RecordActionData {
  who?: string;
  what?: string;
  due?: string;
  done?: boolean;
}

/** The front matter as written (after schema validation; values of the wrong type are left out). */
export interface RecordData {
  kind?: string;
  on?: string;
  subject?: string;
  with?: string[];
  channel?: string;
  decisions?: string[];
  actions?: RecordActionData[];
  requirements?: string[];
  changes?: string[];
}

export const RECORD_FIELDS = [
  'kind', 'on', 'subject', 'with', 'channel', 'decisions', 'actions', 'requirements', 'changes',
] as const satisfies readonly (keyof RecordData)[];

export const RECORD_ACTION_FIELDS = ['who', 'what', 'due', 'done'] as const satisfies readonly (keyof RecordActionData)[];

/** One action item of a record, with where it sits in the Markdown file (what edits and problems point at). */
export interface RecordAction {
  /** Position in the record's `actions` list. */
  readonly index: number;
  readonly who?: string;
  readonly what?: string;
  readonly due?: string;
  /** `done: true`; an action without `done` is open. */
  readonly done: boolean;
  /** The whole item (`- { who: …, … }` or the block mapping). */
  readonly range: Range;
  readonly whoRange?: Range;
  readonly dueRange?: Range;
}

/** Where an ID is mentioned in a record: the front matter's `requirements` / `changes` lists, or any other text. */
export type MentionPlace = 'requirements' | 'changes' | 'text';

export interface IdMention {
  readonly id: string;
  readonly range: Range;
  readonly place: MentionPlace;
}

export interface CommunicationRecord {
  readonly file: string;
  readonly data: Readonly<RecordData>;
  /**
   * The record's local date (YYYY-MM-DD): the date of `on` as written, in the record's own time zone, so a call
   * at 23:30 in Beijing stays on its day wherever the file is read. Undefined when `on` is missing or invalid.
   */
  readonly date?: string;
  /** The moment of `on` (ms since the epoch) when it gives a time; orders records of the same date. */
  readonly time?: number;
  readonly actions: readonly RecordAction[];
  /** Every requirement or change-request ID in the file, front matter and body, in file order. */
  readonly mentions: readonly IdMention[];
  /** The front matter, from its opening `---` to its closing one. */
  readonly range: Range;
  /** Its first line: where problems of the record as a whole are shown. */
  readonly headRange: Range;
}

/** Newest first: by local date, then by time within a date (records with a time before those without), then by path. */
export function compareRecordsNewestFirst(a: CommunicationRecord, b: CommunicationRecord): number {
  const byDate = (b.date ?? '').localeCompare(a.date ?? '');
  if (byDate !== 0) {
    return byDate;
  }
  const byTime = (b.time ?? Number.NEGATIVE_INFINITY) - (a.time ?? Number.NEGATIVE_INFINITY);
  return byTime !== 0 && !Number.isNaN(byTime) ? Math.sign(byTime) : a.file.localeCompare(b.file);
}

/** The distinct IDs a record mentions, front matter and body. */
export function mentionedIds(record: CommunicationRecord): Set<string> {
  return new Set(record.mentions.map((m) => m.id));
}
