import type { LocalizedMessage } from '../messages';

/** A replacement of text[start, end) by newText; offsets index the text the edit was computed on. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** What an edit function returns: the text edits to apply, or why it refused to edit. */
export type EditResult = { readonly ok: true; readonly edits: TextEdit[] } | EditRefusal;

/** Why an edit was refused, in English and for translation. */
export interface EditRefusal {
  readonly ok: false;
  readonly refusal: LocalizedMessage;
}

/**
 * Applies non-overlapping edits given in any order. Insertions at the same offset keep their given order,
 * and an insertion at the start of a replaced range goes before the replacement.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) {
      throw new RangeError(`Text edit [${edit.start}, ${edit.end}) overlaps another edit or lies outside the text.`);
    }
    out += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}
