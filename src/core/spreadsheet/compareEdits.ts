import { EditComposer } from '../changeRequests/editComposer';
import type { FileEdits } from '../changeRequests/planImplementation';
import { planFieldEdit, type CurrentText, type EditScope, type FieldEditIndex } from '../edit/fieldEditPlan';
import type { LocalizedMessage } from '../messages';
import type { RequirementField } from '../model';
import type { RequirementChange, WorkbookComparison } from './compareWorkbook';

/** A change of the workbook that is not written, and why (the field edit plan's refusal). */
export interface RefusedChange {
  readonly id: string;
  readonly field: RequirementField;
  readonly refusal: LocalizedMessage;
}

export interface CompareEdits {
  /** Per file, its edits as offsets into the text given for it; one WorkspaceEdit (one undo) applies them all. */
  readonly files: readonly FileEdits[];
  readonly refused: readonly RefusedChange[];
  /** The requirements whose changes are in `files` (all their fields, or some when others were refused). */
  readonly applied: readonly string[];
}

/** The changes to write: a conflicting requirement only when the user picked it, having seen both sides. */
export function changesToApply(comparison: WorkbookComparison, includeConflicts: ReadonlySet<string>): RequirementChange[] {
  return comparison.changed.filter((change) => !change.conflict || includeConflicts.has(change.id));
}

/**
 * The format-preserving edits that bring the requirements to the workbook's values: one field edit plan per
 * changed field (the same checks as `reqdesk set` and the table: vocabulary, schema, broken files), each run on
 * the text the previous ones left and composed into one set of edits per file. `texts` holds each file's live
 * text by index key (the files of `changes`); a field that is refused is reported and the others still go.
 */
export function compareEdits(changes: readonly RequirementChange[], index: FieldEditIndex, texts: ReadonlyMap<string, CurrentText>, scope: EditScope): CompareEdits {
  const composers = new Map<string, EditComposer>();
  const refused: RefusedChange[] = [];
  const applied = new Set<string>();
  for (const change of changes) {
    const current = texts.get(change.file);
    if (current === undefined) {
      throw new Error(`no text given for ${change.file}`);
    }
    const composer = composers.get(change.file) ?? new EditComposer(current.text);
    composers.set(change.file, composer);
    for (const { field, new: value } of change.changes) {
      const refusal = composer.apply((text) => planFieldEdit(index, change.file, { text, problem: current.problem }, { id: change.id, field, value }, scope));
      if (refusal === undefined) {
        applied.add(change.id);
      } else {
        refused.push({ id: change.id, field, refusal });
      }
    }
  }
  const files: FileEdits[] = [];
  for (const [file, composer] of composers) {
    const result = composer.result();
    if (result.ok && result.edits.length > 0) {
      files.push({ file, edits: result.edits });
    }
  }
  return { files, refused, applied: [...applied] };
}
