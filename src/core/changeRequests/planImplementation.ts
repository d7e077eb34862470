import { appendToRequirementList, setRequirementField } from '../edit/requirementEdits';
import type { EditRefusal, TextEdit } from '../edit/textEdit';
import type { IndexView } from '../indexView';
import { defineMessages, localized, phrase, type LocalizedMessage } from '../messages';
import { sameValue } from '../edit/yamlValue';
import { REQUIREMENT_FIELDS, type ChangeRequestData, type RequirementData } from '../model';
import { parseFile } from '../parsedFile';
import { linksMadeSuspect, type RequirementChange } from '../trace/madeSuspect';
import { ChangeRequestEditor, readChangeRequestText, type ChangedField } from './changeRequestEditor';
import { EditComposer } from './editComposer';
import { listingPhrase } from './listing';
import { baselineDrift, type BaselineDrift } from './requirementBaseline';
import { affectsRefusal, changeRequestLabel, contextRefusal, proposedRefusal, transitionRefusal } from './transitionGuards';
import type { GuardContext, TransitionContext } from './transitionRequest';
import { TRANSITIONS } from './workflow';

export const IMPLEMENTATION_MESSAGES = defineMessages({
  /** {0}: the change request's ID or "This change request". */
  noId: '{0} has no id, which the changes list of each changed requirement needs.',
  /** {0}: the change request, {1}: what changed (changedFields, one per requirement, joined). */
  conflict: '{0} cannot be implemented: {1} since the request was assessed. Re-assess it (the CCB then decides again), or, to implement anyway, remove the entry from baseline.',
  /** {0}: a requirement ID, {1}: its changed fields (field names as they are in the file). */
  changedFields: '{0} changed its {1}',
  /** {0}: a requirement ID, {1}: fields the request proposes that its assessment did not cover (proposed later). */
  unassessed: '{0} gained proposed {1}',
  /** {0}: a requirement ID whose baseline is one fingerprint of the whole requirement (written by an older ReqDesk). */
  changedUnknown: '{0} changed (its baseline does not say which field)',
  /** Two of the clauses above, one after the other. */
  clauses: '{0}; {1}',
  /** {0}: a requirement ID. */
  textMissing: 'The text of the file holding {0} was not given: the workspace changed while the edit was prepared. Try again.',
  yamlErrors: 'The file holding {0} has YAML errors, so ReqDesk does not edit it: fix them first.',
  gone: '{0} is no longer in its file: the file changed while the edit was prepared. Try again.',
  /** {1}: how many times. */
  duplicateInFile: '{0} is defined {1} times in its file: make the IDs unique before implementing.',
  /** {0}: a field name, {1}: a requirement ID. */
  notFieldValue: 'The proposed {0} of {1} is neither text nor a list of texts.',
  /** {0}: a requirement ID, {1}: a field name, {2}: why the edit was refused. */
  fieldRefused: '{0} {1}: {2}',
  /** {0}: a requirement ID, {1}: why adding to its changes list was refused. */
  changesRefused: '{0} changes: {1}',
});

export interface ImplementationInput {
  /** The change request file: its index key and live text. */
  readonly changeRequest: { readonly file: string; readonly text: string };
  /** The live texts of the files implementationFiles names, by index key. */
  readonly requirementTexts: ReadonlyMap<string, string>;
  /** The history entry's note (e.g. the release it shipped in). */
  readonly note?: string;
  /** The workspace's requirements and their settings: whose stamped links the change makes suspect (made_suspect). */
  readonly workspace: Pick<IndexView, 'requirements' | 'settingsFor'>;
}

/** The edits to one file, as offsets into the text it was given as. */
export interface FileEdits {
  readonly file: string;
  readonly edits: readonly TextEdit[];
}

/** An affected requirement that differs from what was assessed, in what its baseline covers. */
export interface BaselineConflict extends BaselineDrift {
  readonly requirement: string;
  readonly file: string;
}

/** The edits, or why not (in English, with its template for the editor to translate) and the conflicts behind it. */
export type ImplementationPlan =
  | { readonly ok: true; readonly files: readonly FileEdits[]; readonly changed: readonly ChangedField[]; readonly madeSuspect: readonly string[] }
  | (EditRefusal & { readonly conflicts: readonly BaselineConflict[] });

export type FilesResult = { readonly ok: true; readonly files: readonly string[] } | EditRefusal;

/** The files (index keys) whose live texts planImplementation needs: those holding the affected requirements. */
export function implementationFiles(cr: Readonly<ChangeRequestData>, context: GuardContext): FilesResult {
  const refused = affectsRefusal(cr, context, 'implementing');
  if (refused !== undefined) {
    return { ok: false, refusal: refused };
  }
  return { ok: true, files: [...new Set((cr.affects ?? []).map((id) => context.requirementsWithId(id)[0].file))] };
}

/**
 * Implements an approved change request: each affected requirement gets the CR's proposed values (one
 * format-preserving edit a field; a value already as proposed is left alone) and the CR's ID in its `changes`
 * list; the CR gets status implemented and a history entry saying what changed (field, old, new) and which
 * stamped links to the changed requirements that makes suspect (`made_suspect`, see linksMadeSuspect). The result
 * holds the edits per file, so that the extension applies them as one WorkspaceEdit and one undo reverts all.
 *
 * A requirement that no longer matches its baseline (in the fields the request proposes or the assessment
 * judged: requirementBaseline.ts) changed after the assessment: then nothing is edited and the conflicts are
 * returned, field by field, never overwritten. The way on is to re-assess (reassess); a requirement without a
 * baseline entry is not checked, which is how a user who has reviewed a conflict implements anyway.
 */
export function planImplementation(input: ImplementationInput, context: TransitionContext): ImplementationPlan {
  const read = readChangeRequestText(input.changeRequest.text);
  if (!read.ok) {
    return refuse(read.refusal);
  }
  const cr = read.data;
  const name = changeRequestLabel(cr);
  const refused =
    contextRefusal(context) ??
    transitionRefusal(cr, { transition: 'implement' }, context) ??
    affectsRefusal(cr, context, 'implementing') ??
    proposedRefusal(cr, context.settings) ??
    (cr.id ? undefined : localized(IMPLEMENTATION_MESSAGES.noId, name));
  if (refused !== undefined) {
    return refuse(refused);
  }
  const targets: Target[] = [];
  for (const id of cr.affects ?? []) {
    const target = readTarget(id, context.requirementsWithId(id)[0].file, input.requirementTexts);
    if (!('data' in target)) {
      return refuse(target);
    }
    targets.push(target);
  }
  const conflicts = baselineConflicts(cr, targets);
  if (conflicts.length > 0) {
    const changes = conflicts.flatMap((c) => [
      ...(c.fields.length > 0 ? [phrase(IMPLEMENTATION_MESSAGES.changedFields, c.requirement, listingPhrase(c.fields.map((f) => f.field)))] : []),
      ...(c.unassessed.length > 0 ? [phrase(IMPLEMENTATION_MESSAGES.unassessed, c.requirement, listingPhrase(c.unassessed))] : []),
      ...(c.fields.length === 0 && c.unassessed.length === 0 ? [phrase(IMPLEMENTATION_MESSAGES.changedUnknown, c.requirement)] : []),
    ]);
    const joined = changes.reduce((text, next) => phrase(IMPLEMENTATION_MESSAGES.clauses, text, next));
    return { ok: false, conflicts, refusal: localized(IMPLEMENTATION_MESSAGES.conflict, name, joined) };
  }

  const composers = new Map<string, EditComposer>();
  const changed: ChangedField[] = [];
  const changes: RequirementChange[] = [];
  for (const target of targets) {
    const composer = composers.get(target.file) ?? new EditComposer(target.text);
    composers.set(target.file, composer);
    const applied = applyProposed(composer, target, cr.proposed?.[target.id] ?? {}, cr.id ?? '', changed);
    if (!('after' in applied)) {
      return refuse(applied);
    }
    changes.push(applied);
  }
  const madeSuspect = linksMadeSuspect(changes, input.workspace);
  const spec = TRANSITIONS.implement;
  const crEdits = new ChangeRequestEditor(input.changeRequest.text)
    .set(['status'], spec.to)
    .appendHistory({ on: context.now, by: context.by, action: spec.action, note: input.note, changed, madeSuspect })
    .result();
  if (!crEdits.ok) {
    return refuse(crEdits.refusal);
  }
  const files: FileEdits[] = [{ file: input.changeRequest.file, edits: crEdits.edits }];
  for (const [file, composer] of composers) {
    const result = composer.result();
    if (result.ok && result.edits.length > 0) {
      files.push({ file, edits: result.edits });
    }
  }
  return { ok: true, files, changed, madeSuspect };
}

interface Target {
  readonly id: string;
  readonly file: string;
  readonly text: string;
  readonly data: Readonly<RequirementData>;
}

/** The requirement as its live text has it (the index may be a few keystrokes behind). */
function readTarget(id: string, file: string, texts: ReadonlyMap<string, string>): Target | LocalizedMessage {
  const text = texts.get(file);
  if (text === undefined) {
    return localized(IMPLEMENTATION_MESSAGES.textMissing, id);
  }
  const parsed = parseFile(file, text, 'requirements', { maxBytes: Number.POSITIVE_INFINITY });
  if (parsed.hasSyntaxErrors) {
    return localized(IMPLEMENTATION_MESSAGES.yamlErrors, id);
  }
  const found = parsed.requirements.filter((r) => r.id === id);
  if (found.length !== 1) {
    return found.length === 0 ? localized(IMPLEMENTATION_MESSAGES.gone, id) : localized(IMPLEMENTATION_MESSAGES.duplicateInFile, id, found.length);
  }
  return { id, file, text, data: found[0].data };
}

function baselineConflicts(cr: Readonly<ChangeRequestData>, targets: readonly Target[]): BaselineConflict[] {
  return targets.flatMap((target) => {
    const entry = cr.baseline?.[target.id];
    const drift = entry === undefined ? undefined : baselineDrift(entry, target.data, cr.proposed?.[target.id]);
    return drift === undefined ? [] : [{ requirement: target.id, file: target.file, ...drift }];
  });
}

/** Edits the target to its proposed values; the target before and after, or why not. */
function applyProposed(composer: EditComposer, target: Target, proposed: Readonly<Record<string, unknown>>, crId: string, changed: ChangedField[]): RequirementChange | LocalizedMessage {
  const after: RequirementData = { ...target.data };
  for (const field of REQUIREMENT_FIELDS) {
    const value = proposed[field];
    if (value === undefined || sameValue(target.data[field], value)) {
      continue;
    }
    if (!isFieldValue(value)) {
      return localized(IMPLEMENTATION_MESSAGES.notFieldValue, field, target.id);
    }
    const refusal = composer.apply((text) => setRequirementField(text, target.id, field, value));
    if (refusal !== undefined) {
      return localized(IMPLEMENTATION_MESSAGES.fieldRefused, target.id, field, refusal);
    }
    const old = target.data[field];
    changed.push(old === undefined ? { requirement: target.id, field, new: value } : { requirement: target.id, field, old, new: value });
    Object.assign(after, { [field]: value });
  }
  const refusal = composer.apply((text) => appendToRequirementList(text, target.id, 'changes', crId));
  return refusal === undefined ? { id: target.id, before: target.data, after } : localized(IMPLEMENTATION_MESSAGES.changesRefused, target.id, refusal);
}

function isFieldValue(value: unknown): value is string | readonly string[] {
  return typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

function refuse(refusal: LocalizedMessage): ImplementationPlan {
  return { ok: false, refusal, conflicts: [] };
}
