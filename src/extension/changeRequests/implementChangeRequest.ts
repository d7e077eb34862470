import * as vscode from 'vscode';
import { localizedMessage } from '../support/rangeConversion';
import { readChangeRequestText } from '../../core/changeRequests/changeRequestEditor';
import { implementationFiles, planImplementation, type BaselineConflict, type ImplementationPlan } from '../../core/changeRequests/planImplementation';
import type { TransitionContext } from '../../core/changeRequests/transitionRequest';
import type { IndexView } from '../../core/indexView';
import { readForEdit, toWorkspaceEdit, type EditSnapshot } from '../support/coreEdits';
import { SHOW_DETAILS_COMMAND, TRANSITION_COMMANDS } from './transitionCommandIds';

/**
 * Mark Implemented: the proposed values go into the affected requirements, the request's ID into their
 * `changes`, and the request records what changed — every file in ONE WorkspaceEdit, so that one undo reverts
 * it all. A requirement changed since the assessment stops everything before anything is asked: the conflict
 * is shown, nothing written. Then `askNote` asks the history note (undefined: cancelled), and the plan is made
 * again on the texts as they are now. Resolves to whether the files changed.
 */
export async function implementChangeRequest(index: IndexView, file: string, context: TransitionContext, askNote: () => Promise<string | undefined>): Promise<boolean> {
  const first = await prepare(index, file, context, undefined);
  if (!first.ok) {
    return first.show();
  }
  const note = await askNote();
  if (note === undefined) {
    return false;
  }
  const prepared = await prepare(index, file, context, note);
  if (!prepared.ok) {
    return prepared.show();
  }
  const { plan, snapshots, name } = prepared;
  const failure = (reason: string): false => {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', vscode.l10n.t('ReqDesk did not change {0}', name), reason));
    return false;
  };
  const edit = new vscode.WorkspaceEdit();
  for (const { file: edited, edits } of plan.files) {
    const snapshot = snapshots.get(edited);
    // The offsets index the texts as read: on any other version they would land in the wrong place.
    if (!snapshot || snapshot.document.isClosed || snapshot.document.version !== snapshot.version) {
      return failure(vscode.l10n.t('the file changed while the edit was prepared, so nothing was changed. Try again.'));
    }
    toWorkspaceEdit(snapshot.document, edits, edit);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    return failure(vscode.l10n.t('the file changed while the edit was prepared, so nothing was changed. Try again.'));
  }
  // Every changed file in an editor, the request last: unsaved changes in files no editor shows would surprise
  // the user (git and the CLI read the disk) and would escape Save All.
  for (const { file: edited } of [...plan.files].reverse()) {
    const document = snapshots.get(edited)?.document ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(edited)));
    await vscode.window.showTextDocument(document, { preview: false, preserveFocus: edited !== file });
  }
  const requirements = new Set(plan.changed.map((c) => c.requirement)).size;
  void vscode.window.showInformationMessage(
    vscode.l10n.t('{0} is implemented: {1} field(s) of {2} requirement(s) changed in {3} file(s), not saved yet. Undo reverts all of them.', name, plan.changed.length, requirements, plan.files.length),
  );
  return true;
}

type Prepared =
  | { readonly ok: true; readonly name: string; readonly plan: Extract<ImplementationPlan, { ok: true }>; readonly snapshots: ReadonlyMap<string, EditSnapshot> }
  | { readonly ok: false; show(): Promise<false> };

/** Reads the live texts (unsaved edits included: the plan and the baseline check are about what the user sees) and plans. */
async function prepare(index: IndexView, file: string, context: TransitionContext, note: string | undefined): Promise<Prepared> {
  const uri = vscode.Uri.parse(file);
  const crSnapshot = await readForEdit(uri);
  const read = readChangeRequestText(crSnapshot.text);
  const name = read.ok && read.data.id ? read.data.id : vscode.workspace.asRelativePath(uri);
  const refuse = (reason: string): Prepared => ({
    ok: false,
    show: async () => {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', vscode.l10n.t('ReqDesk did not change {0}', name), reason));
      return false;
    },
  });
  if (!read.ok) {
    return refuse(localizedMessage(read.refusal));
  }
  const files = implementationFiles(read.data, context);
  if (!files.ok) {
    return refuse(localizedMessage(files.refusal));
  }
  const snapshots = new Map<string, EditSnapshot>([[file, crSnapshot]]);
  for (const requirementFile of files.files) {
    if (!snapshots.has(requirementFile)) {
      snapshots.set(requirementFile, await readForEdit(vscode.Uri.parse(requirementFile)));
    }
  }
  const requirementTexts = new Map(files.files.map((f) => [f, snapshots.get(f)?.text ?? '']));
  const plan = planImplementation({ changeRequest: { file, text: crSnapshot.text }, requirementTexts, note: note || undefined, workspace: index }, context);
  if (plan.ok) {
    return { ok: true, name, plan, snapshots };
  }
  if (plan.conflicts.length === 0) {
    return refuse(localizedMessage(plan.refusal));
  }
  const conflicts = plan.conflicts;
  return {
    ok: false,
    show: async () => {
      await showConflicts(name, file, conflicts);
      return false;
    },
  };
}

/**
 * A modal naming each requirement that changed since the assessment, field by field (old → new), with the way
 * on: Re-assess (the request goes back to assessed with a fresh baseline, for the CCB to decide again) or Show
 * Details to compare; cancelling leaves everything as it is.
 */
async function showConflicts(name: string, file: string, conflicts: readonly BaselineConflict[]): Promise<void> {
  const ids = conflicts.map((c) => c.requirement).join(', ');
  const detail = [
    ...conflicts.flatMap(conflictLines),
    '',
    vscode.l10n.t('Re-assess records the requirements as they are now and takes the request back to assessed, for the CCB to decide again. Show Details compares them with the proposed values.'),
  ].join('\n');
  const reassess = vscode.l10n.t('Re-assess');
  const compare = vscode.l10n.t('Show Details');
  const choice = await vscode.window.showErrorMessage(
    vscode.l10n.t('{0} was not implemented: {1} changed since the request was assessed. Nothing was changed.', name, ids),
    { modal: true, detail },
    reassess,
    compare,
  );
  if (choice === reassess) {
    await vscode.commands.executeCommand(TRANSITION_COMMANDS.reassess, vscode.Uri.parse(file));
  } else if (choice === compare) {
    await vscode.commands.executeCommand(SHOW_DETAILS_COMMAND, vscode.Uri.parse(file));
  }
}

/** "PORTAL-003 (requirements/portal.req.yaml):" and a line per changed field, or why the fields are not known. */
function conflictLines(conflict: BaselineConflict): string[] {
  const where = vscode.l10n.t('{0} ({1}):', conflict.requirement, vscode.workspace.asRelativePath(vscode.Uri.parse(conflict.file)));
  if (conflict.fields.length === 0 && conflict.unassessed.length === 0) {
    return [where, `  ${vscode.l10n.t('its baseline is one fingerprint of the whole requirement ({0} when assessed, {1} now), so which field changed is not known.', conflict.baseline, conflict.current)}`];
  }
  return [
    where,
    ...conflict.fields.map((change) => `  ${vscode.l10n.t('{0}: {1} → {2}', change.field, shownValue(change.old), shownValue(change.new))}`),
    ...conflict.unassessed.map((field) => `  ${vscode.l10n.t('{0}: proposed after the assessment, which did not judge it', field)}`),
  ];
}

const SHOWN_LENGTH = 60;

/** A field value on one short line: text with its line breaks folded, a list's items separated by semicolons. */
function shownValue(value: unknown): string {
  if (value === undefined) {
    return vscode.l10n.t('(none)');
  }
  const text = (Array.isArray(value) ? value.map(String).join('; ') : String(value)).replace(/\s+/g, ' ').trim();
  return `"${text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text}"`;
}
