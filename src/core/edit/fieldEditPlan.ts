import { listingPhrase } from '../changeRequests/listing';
import type { TextProblem } from '../fileText';
import { defineMessages, localized, messageArg, type MessageArg } from '../messages';
import type { IndexView } from '../indexView';
import type { RequirementField } from '../model';
import { PARSE_RULE_IDS } from '../rules/ruleRegistry';
import { SCHEMA_MESSAGES, validateRequirementValue } from '../schemaValidator';
import { setRequirementField } from './requirementEdits';
import type { EditRefusal, TextEdit } from './textEdit';

/** Why a requirement's field is not set. The CLI prints them after "cannot set ID FIELD:", the editor after "Could not set …:". */
export const FIELD_EDIT_MESSAGES = defineMessages({
  theWorkspace: 'the workspace',
  theCurrentFolder: 'the current folder',
  /** {0}: a requirement ID, {1}: where it was looked for (the workspace, the current folder, paths). */
  unknownId: 'there is no requirement {0} in {1}.',
  /** {2}: IDs that exist and look alike ("A or B"). */
  unknownIdGuess: 'there is no requirement {0} in {1} (did you mean {2}?).',
  /** {1}: the places, "file:line, file:line". */
  duplicateId: '{0} is defined more than once ({1}): make the IDs unique first.',
  /** {0}: a file. */
  notText: '{0} is not valid UTF-8 text, so it is not edited.',
  /** {0}: a file, {1}: line, {2}: column, {3}: the first YAML error. */
  yamlErrorAt: '{0}:{1}:{2}: {3} A file with YAML errors is never edited: fix it first.',
  yamlErrors: '{0} has YAML errors. A file with YAML errors is never edited: fix it first.',
  /** {0}: a requirement ID, {1}: a file. */
  noLongerInFile: '{0} is no longer in {1}.',
  /** {0}: the value now, {1}: the value the table showed. */
  changedSinceShown: "it changed to '{0}' since the table showed '{1}'; nothing was written.",
});

const M = FIELD_EDIT_MESSAGES;

export type FieldValue = string | readonly string[];

/** What the plan reads of the workspace index. */
export type FieldEditIndex = Pick<IndexView, 'requirementsWithId' | 'suggestRequirementIds' | 'get' | 'settingsFor'>;

/** How a front end names places in its refusals. */
export interface EditScope {
  /** Where requirements were looked for: "there is no requirement X in …". */
  readonly where: MessageArg;
  /** A file as the user knows it (relative to the workspace or the working folder). */
  readonly display: (file: string) => string;
}

export interface FieldEdit {
  readonly id: string;
  readonly field: RequirementField;
  /** undefined removes the field; only the owner may be removed. */
  readonly value: FieldValue | undefined;
  /** The value the caller last showed: if the requirement has another one by now, the edit is refused rather than applied blindly. */
  readonly shown?: string;
}

/** The file's current text as its front end read it, and whether those bytes were text at all. */
export interface CurrentText {
  readonly text: string;
  readonly problem?: TextProblem;
}

/** The edits (none: the field already has that value), as offsets into the text given, with the values before and after. */
export type FieldEditPlan =
  | { readonly ok: true; readonly edits: TextEdit[]; readonly old: FieldValue | undefined; readonly value: FieldValue | undefined }
  | EditRefusal;

/** The one file holding the requirement with this ID: the front end reads its current text for planFieldEdit. */
export function fieldEditTarget(index: FieldEditIndex, id: string, scope: EditScope): { readonly ok: true; readonly file: string } | EditRefusal {
  const found = index.requirementsWithId(id);
  if (found.length === 0) {
    const guesses = index.suggestRequirementIds(id);
    return refuse(guesses.length > 0 ? localized(M.unknownIdGuess, id, scope.where, listingPhrase(guesses, 'or')) : localized(M.unknownId, id, scope.where));
  }
  if (found.length > 1) {
    return refuse(localized(M.duplicateId, id, found.map((r) => `${scope.display(r.file)}:${r.range.start.line + 1}`).join(', ')));
  }
  return { ok: true, file: found[0].file };
}

/**
 * Sets one field of one requirement of `file`, whose current text is `current` (the index's parse of it must be of
 * that text, or the index a few keystrokes behind: setRequirementField re-checks the text itself). Every reason to
 * leave the file alone is decided here, once for the CLI, the table and the commands: a file that is not text or has
 * YAML errors, a requirement gone or changed since it was shown, an empty value, one the schema or the project's
 * vocabulary refuses, and what the format-preserving editor cannot write without touching anything else.
 */
export function planFieldEdit(index: FieldEditIndex, file: string, current: CurrentText, edit: FieldEdit, scope: EditScope): FieldEditPlan {
  const { id, field, value } = edit;
  const shownFile = scope.display(file);
  if (current.problem) {
    return refuse(localized(M.notText, shownFile));
  }
  const parsed = index.get(file);
  if (!parsed || parsed.hasSyntaxErrors) {
    const first = parsed?.findings.find((f) => f.severity === 'error' && PARSE_RULE_IDS.includes(f.ruleId));
    return refuse(first
      ? localized(M.yamlErrorAt, shownFile, first.range.start.line + 1, first.range.start.character + 1, messageArg(first))
      : localized(M.yamlErrors, shownFile));
  }
  const requirement = parsed.requirements.find((r) => r.id === id);
  if (!requirement) {
    return refuse(localized(M.noLongerInFile, id, shownFile));
  }
  const old = requirement.data[field];
  if (edit.shown !== undefined && valueText(old) !== edit.shown) {
    return refuse(localized(M.changedSinceShown, valueText(old), edit.shown));
  }
  if (value === '' || (value === undefined && field !== 'owner')) {
    return refuse(localized(SCHEMA_MESSAGES.notEmpty, field));
  }
  const invalid = validateRequirementValue(field, value, index.settingsFor(file));
  if (invalid) {
    return refuse(invalid);
  }
  // Judged on the text itself, not the index's copy: no edits when it already holds the value.
  const result = setRequirementField(current.text, id, field, value);
  return result.ok ? { ok: true, edits: result.edits, old, value } : result;
}

function valueText(value: FieldValue | undefined): string {
  return typeof value === 'string' ? value : (value ?? []).join(', ');
}

function refuse(refusal: EditRefusal['refusal']): EditRefusal {
  return { ok: false, refusal };
}
