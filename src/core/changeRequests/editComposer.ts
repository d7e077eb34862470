import type { EditResult, TextEdit } from '../edit/textEdit';
import type { LocalizedMessage } from '../messages';

/**
 * Runs several format-preserving edits on one file in turn, each on the text the previous ones left, and keeps
 * the result as ONE set of edits against the original text. A transition changes a change request in several
 * places (status, impact, history); the extension applies the set as one WorkspaceEdit (one undo), and every
 * step still went through the edit primitives and their read-back check.
 */
export class EditComposer {
  /** Edits against `original`: sorted, non-overlapping, non-touching. */
  private readonly edits: TextEdit[] = [];
  private current: string;

  constructor(readonly original: string) {
    this.current = original;
  }

  /** The text with every step so far applied. */
  get text(): string {
    return this.current;
  }

  /** Runs one step on the current text; returns why it refused, or undefined once its edits are folded in. */
  apply(step: (text: string) => EditResult): LocalizedMessage | undefined {
    const result = step(this.current);
    if (!result.ok) {
      return result.refusal;
    }
    // Last first: an edit changes nothing before its start, so the offsets of the earlier ones stay valid.
    // Equal positions are taken in reverse too, so that insertions keep their given order (as applyTextEdits does).
    const order = result.edits.map((edit, i) => ({ edit, i }));
    order.sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.i - a.i);
    for (const { edit } of order) {
      this.add(edit);
    }
    return undefined;
  }

  /** The composed edits against the original text. */
  result(): EditResult {
    return { ok: true, edits: this.edits.map((edit) => ({ ...edit })) };
  }

  /** Folds in one edit given as offsets into the current text. */
  private add(edit: TextEdit): void {
    let before = 0; // how much the edits entirely before `edit` lengthen the text
    let inside = 0; // the same for the edits it overlaps or touches
    let first = -1;
    let index = 0;
    for (; index < this.edits.length; index++) {
      const existing = this.edits[index];
      const delta = existing.newText.length - (existing.end - existing.start);
      const start = existing.start + before + inside;
      if (start > edit.end) {
        break;
      }
      if (start + existing.newText.length < edit.start) {
        before += delta;
      } else {
        first = first === -1 ? index : first;
        inside += delta;
      }
    }
    if (first === -1) {
      this.edits.splice(index, 0, { start: edit.start - before, end: edit.end - before, newText: edit.newText });
    } else {
      // It overlaps or touches earlier edits: they become one edit over the union of their ranges.
      const firstEdit = this.edits[first];
      const lastEdit = this.edits[index - 1];
      const from = Math.min(firstEdit.start + before, edit.start);
      const to = Math.max(lastEdit.end + before + inside, edit.end);
      this.edits.splice(first, index - first, {
        start: Math.min(firstEdit.start, edit.start - before),
        end: Math.max(lastEdit.end, edit.end - before - inside),
        newText: this.current.slice(from, edit.start) + edit.newText + this.current.slice(edit.end, to),
      });
    }
    this.current = this.current.slice(0, edit.start) + edit.newText + this.current.slice(edit.end);
  }
}
