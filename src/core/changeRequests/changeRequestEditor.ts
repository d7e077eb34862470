import { EDIT_MESSAGES } from '../edit/editMessages';
import { openForEdit } from '../edit/editSource';
import type { EditRefusal, EditResult } from '../edit/textEdit';
import { appendToSequenceAt, deleteKeyAt, setValueAt, type PathSegment, type ValueStyle, type YamlEditOptions, type YamlValue } from '../edit/yamlEdits';
import { defineMessages, localized, type LocalizedMessage } from '../messages';
import { CHANGE_REQUEST_FIELDS, IMPACT_FIELDS, type ChangeRequestData } from '../model';
import { parseFile } from '../parsedFile';
import { asRecord } from '../values';
import { EditComposer } from './editComposer';
import type { HistoryAction } from './workflow';

/** Keys in the order the schema lists them, at every level, so a new key lands where a reader expects it. */
const KEY_ORDER = [...CHANGE_REQUEST_FIELDS, ...IMPACT_FIELDS, 'outcome', 'by', 'on', 'rationale'];

/**
 * `customer_signoff: { by: Bob Li, on: 2026-11-23 }` as in examples/changes/, lists of IDs and names on one line (the
 * links an implementation made suspect one a line, like acceptance criteria), and long or multi-line text (a
 * description's old and new value in the history) as folded blocks.
 */
export const CHANGE_REQUEST_STYLES: Readonly<Record<string, ValueStyle>> = {
  customer_signoff: 'flow', affects: 'flow', by: 'flow', links: 'flow', tags: 'flow', acceptance: 'block', made_suspect: 'block',
  reason: 'folded', description: 'folded', expected_effect: 'folded', rationale: 'folded', notes: 'folded', note: 'folded', old: 'folded', new: 'folded',
};

const EDIT_OPTIONS: YamlEditOptions = { keyOrder: KEY_ORDER, styles: CHANGE_REQUEST_STYLES };

/** A field an implementation changed, as its history entry records it; `old` is undefined for a field that was not there. */
export interface ChangedField {
  readonly requirement: string;
  readonly field: string;
  readonly old?: YamlValue;
  readonly new: YamlValue;
}

export interface HistoryEntryInput {
  readonly on: string;
  readonly by: string;
  readonly action: HistoryAction;
  readonly note?: string;
  readonly changed?: readonly ChangedField[];
  /** The stamped links an implementation made suspect, `PORTAL-003 → PORTAL-002` (linksMadeSuspect). */
  readonly madeSuspect?: readonly string[];
}

export const CHANGE_REQUEST_TEXT_MESSAGES = defineMessages({
  notAChangeRequest: 'The file is not a change request: it needs a mapping with id:, title:, status: and affects:.',
});

/** The change request a text holds, or why the text cannot be read as one. */
export type ChangeRequestText = { readonly ok: true; readonly data: Readonly<ChangeRequestData> } | EditRefusal;

/** The change request in a text, or why the text cannot be read as one (a file with YAML errors is never edited). */
export function readChangeRequestText(text: string): ChangeRequestText {
  const parsed = parseFile('change-request.cr.yaml', text, 'change-request', { maxBytes: Number.POSITIVE_INFINITY });
  if (parsed.hasSyntaxErrors) {
    const source = openForEdit(text);
    return { ok: false, refusal: 'doc' in source ? localized(EDIT_MESSAGES.yamlErrors) : source };
  }
  return parsed.changeRequest
    ? { ok: true, data: parsed.changeRequest.data }
    : { ok: false, refusal: localized(CHANGE_REQUEST_TEXT_MESSAGES.notAChangeRequest) };
}

/**
 * The edits of one transition to a change request file, step by step through the format-preserving edit
 * primitives; the first refused step stops the rest and becomes the result.
 */
export class ChangeRequestEditor {
  private readonly composer: EditComposer;
  private refusal: LocalizedMessage | undefined;

  constructor(text: string) {
    this.composer = new EditComposer(text);
  }

  set(path: readonly PathSegment[], value: YamlValue): this {
    return this.step((text) => setValueAt(text, path, value, EDIT_OPTIONS));
  }

  remove(path: readonly PathSegment[]): this {
    return this.step((text) => deleteKeyAt(text, path));
  }

  /**
   * Appends `{ on, by, action, note }` as one flow mapping like examples/changes/ shows (when the entries before it are
   * flow mappings): the short head first, then the note into it, since the writer lays out a long new item as a
   * block. An implementation's entry is a block, its `changed` list one item a field, to stay readable.
   */
  appendHistory(entry: HistoryEntryInput): this {
    const head: Record<string, YamlValue> = { on: entry.on, by: entry.by, action: entry.action };
    const note = entry.note?.trim();
    if (entry.changed && entry.changed.length > 0) {
      const changed = entry.changed.map((c) => ({ requirement: c.requirement, field: c.field, ...(c.old === undefined ? {} : { old: c.old }), new: c.new }));
      const suspect: Record<string, YamlValue> = entry.madeSuspect && entry.madeSuspect.length > 0 ? { made_suspect: [...entry.madeSuspect] } : {};
      return this.step((text) => appendToSequenceAt(text, ['history'], { ...head, ...(note ? { note } : {}), changed, ...suspect }, EDIT_OPTIONS));
    }
    let position = 0;
    this.step((text) => {
      position = historyLength(text);
      return appendToSequenceAt(text, ['history'], head, EDIT_OPTIONS);
    });
    return note ? this.step((text) => setValueAt(text, ['history', position, 'note'], note, EDIT_OPTIONS)) : this;
  }

  result(): EditResult {
    return this.refusal !== undefined ? { ok: false, refusal: this.refusal } : this.composer.result();
  }

  private step(edit: (text: string) => EditResult): this {
    if (this.refusal === undefined) {
      this.refusal = this.composer.apply(edit);
    }
    return this;
  }
}

function historyLength(text: string): number {
  const source = openForEdit(text);
  const history = 'doc' in source ? asRecord(source.value)?.history : undefined;
  return Array.isArray(history) ? history.length : 0;
}
