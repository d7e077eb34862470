import type { EditResult } from '../edit/textEdit';
import { IMPACT_FIELDS, type ChangeRequestData, type Impact } from '../model';
import { ChangeRequestEditor, readChangeRequestText } from './changeRequestEditor';
import { baselineEntry } from './requirementBaseline';
import { contextRefusal, transitionRefusal } from './transitionGuards';
import type { ChangeRequestFileTransition, DecisionInput, TransitionContext } from './transitionRequest';
import { TRANSITIONS } from './workflow';

/** The edits, or why not (in English, with its template for the editor to translate): an edit's result. */
export type TransitionPlan = EditResult;

/**
 * The edits one transition makes to a change request file, or why it is refused. `text` is the file's live
 * text (an open editor's buffer): the guards judge the request as it is there, not as an index a few keystrokes
 * behind has it. Every transition sets the status (a sign-off keeps it), writes what the step records (impact
 * and baseline, decision, sign-off) key by key, and appends one history entry; comments and layout stay.
 * The edits are offsets into `text`, for one WorkspaceEdit. Implement edits requirement files too: see
 * planImplementation.
 */
export function planTransition(text: string, request: ChangeRequestFileTransition, context: TransitionContext): TransitionPlan {
  const read = readChangeRequestText(text);
  if (!read.ok) {
    return read;
  }
  const cr = read.data;
  const refused = contextRefusal(context) ?? transitionRefusal(cr, request, context);
  if (refused !== undefined) {
    return { ok: false, refusal: refused };
  }
  const spec = TRANSITIONS[request.transition];
  const editor = new ChangeRequestEditor(text);
  if (spec.to !== undefined) {
    editor.set(['status'], spec.to);
  }
  const today = context.today;
  const history = { on: context.now, by: context.by, action: spec.action };
  switch (request.transition) {
    case 'assess': {
      writeImpact(editor, request.impact);
      writeBaseline(editor, cr, context);
      return editor.appendHistory({ ...history, note: joinNotes(request.note, replacedImpact(cr, request.impact)) }).result();
    }
    case 'approve':
    case 'reject':
      writeDecision(editor, request.decision, spec.action === 'approved' ? 'approved' : 'rejected', today);
      return editor.appendHistory({ ...history, note: request.note }).result();
    case 'reopen':
      // The rejection leaves the record, so that the status and the record agree; the history entry keeps it.
      return editor.remove(['decision']).appendHistory({ ...history, note: joinNotes(request.reason, previousDecision(cr)) }).result();
    case 'reassess':
      // The impact stands (Assess, allowed from assessed, revises it); the approval was given on the old baseline.
      writeBaseline(editor, cr, context);
      return editor.remove(['decision']).appendHistory({ ...history, note: joinNotes(request.reason, previousDecision(cr)) }).result();
    case 'signOff':
      editor.set(['customer_signoff'], { by: request.signoff.by.trim(), on: request.signoff.on ?? today });
      return editor.appendHistory({ ...history, note: request.note }).result();
    case 'withdraw':
    case 'verify':
      return editor.appendHistory({ ...history, note: request.note }).result();
  }
}

/** Field by field, so that comments inside an existing impact stay; fields the input leaves out stay as they are. */
function writeImpact(editor: ChangeRequestEditor, impact: Readonly<Impact>): void {
  for (const field of IMPACT_FIELDS) {
    const value = impact[field];
    if (value !== undefined && !(typeof value === 'string' && value.trim() === '')) {
      editor.set(['impact', field], typeof value === 'string' ? value.trim() : value);
    }
  }
}

/**
 * Every affected requirement as assessed now (the fields the request proposes and the judged ones, with their
 * fingerprint: requirementBaseline.ts); entries for requirements no longer affected go, and a version 1 entry
 * is replaced by a per-field one.
 */
function writeBaseline(editor: ChangeRequestEditor, cr: Readonly<ChangeRequestData>, context: TransitionContext): void {
  const affects = cr.affects ?? [];
  for (const id of Object.keys(cr.baseline ?? {})) {
    if (!affects.includes(id)) {
      editor.remove(['baseline', id]);
    }
  }
  for (const id of affects) {
    editor.set(['baseline', id], baselineEntry(context.requirementsWithId(id)[0].data, cr.proposed?.[id]));
  }
}

function writeDecision(editor: ChangeRequestEditor, decision: DecisionInput, outcome: string, today: string): void {
  const rationale = decision.rationale?.trim() ?? '';
  editor
    .set(['decision', 'outcome'], outcome)
    .set(['decision', 'by'], decision.by.map((member) => member.trim()))
    .set(['decision', 'on'], decision.on ?? today)
    .set(['decision', 'rationale'], rationale);
}

/** A re-assessment replaces impact values: the history keeps the ones it replaced. */
function replacedImpact(cr: Readonly<ChangeRequestData>, impact: Readonly<Impact>): string | undefined {
  const old = cr.impact ?? {};
  // String(): lists (risks, related) compare by their items, not by identity.
  const replaced = IMPACT_FIELDS.filter((field) => old[field] !== undefined && impact[field] !== undefined && String(old[field]) !== String(impact[field]));
  return replaced.length > 0 ? `(previous impact: ${replaced.map((field) => `${field} ${oneLine(String(old[field]))}`).join(', ')})` : undefined;
}

function previousDecision(cr: Readonly<ChangeRequestData>): string | undefined {
  const decision = cr.decision;
  if (!decision) {
    return undefined;
  }
  const by = decision.by && decision.by.length > 0 ? ` by ${decision.by.join(', ')}` : '';
  const on = decision.on ? ` on ${decision.on}` : '';
  const rationale = decision.rationale ? `: ${oneLine(decision.rationale)}` : '';
  return `(previous decision: ${decision.outcome ?? 'none'}${on}${by}${rationale})`;
}

function joinNotes(...notes: (string | undefined)[]): string | undefined {
  const text = notes.map((n) => n?.trim() ?? '').filter((n) => n !== '').join(' ');
  return text === '' ? undefined : text;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
