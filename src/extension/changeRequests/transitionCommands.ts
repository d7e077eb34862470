import * as vscode from 'vscode';
import { localizedMessage } from '../support/rangeConversion';
import { readChangeRequestText } from '../../core/changeRequests/changeRequestEditor';
import { planTransition } from '../../core/changeRequests/planTransition';
import { transitionRefusal } from '../../core/changeRequests/transitionGuards';
import type { GuardContext, TransitionRequest } from '../../core/changeRequests/transitionRequest';
import { editorClock, transitionTime } from '../support/editorClock';
import { TRANSITION_IDS, type TransitionId } from '../../core/changeRequests/workflow';
import { ccbMembers, type ProjectSettings } from '../../core/settings';
import type { IndexView } from '../../core/indexView';
import type { Command } from '../support/commandRegistry';
import { applyToSnapshot, readForEdit } from '../support/coreEdits';
import { changeRequestTarget } from './changeRequestTarget';
import type { CurrentUser } from './currentUser';
import { impactChoice } from './impactStep';
import type { LiveMentions } from '../trace/mentionSource';
import { implementChangeRequest } from './implementChangeRequest';
import { TRANSITION_COMMANDS } from './transitionCommandIds';
import { askTransition } from './transitionPrompts';

/**
 * One command per workflow transition (Assess, Approve, … Record Customer Sign-off), run on a tree item, from a
 * CodeLens (the file's URI) or from the palette (the active editor). Each refuses at once, with the workflow's
 * reason, what no answer could make possible (wrong status, no impact to decide on); then asks who (once) and
 * what the step needs, and applies the core's edits to the live file as one undoable WorkspaceEdit.
 * Resolves to whether the change request changed.
 */
export function transitionCommands(index: IndexView, user: CurrentUser, mentions: LiveMentions): Command[] {
  return TRANSITION_IDS.map((transition) => ({ id: TRANSITION_COMMANDS[transition], execute: (arg: unknown) => runTransition(index, user, mentions, transition, arg) }));
}

async function runTransition(index: IndexView, user: CurrentUser, mentions: LiveMentions, transition: TransitionId, arg: unknown): Promise<boolean> {
  const target = changeRequestTarget(index, arg);
  if (typeof target === 'string') {
    void vscode.window.showWarningMessage(target);
    return false;
  }
  const uri = vscode.Uri.parse(target.file);
  const read = readChangeRequestText((await readForEdit(uri)).text);
  const name = read.ok && read.data.id ? read.data.id : vscode.workspace.asRelativePath(uri);
  const failure = vscode.l10n.t('ReqDesk did not change {0}', name);
  if (!read.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', failure, localizedMessage(read.refusal)));
    return false;
  }
  const cr = read.data;
  const settings = index.settingsFor(target.file);
  const guard: GuardContext = { settings, requirementsWithId: (id) => index.requirementsWithId(id) };
  const refused = transitionRefusal(cr, answeredRequest(transition, settings), guard);
  if (refused !== undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', failure, localizedMessage(refused)));
    return false;
  }
  const by = await user.resolve(uri, settings);
  if (by === undefined) {
    return false;
  }
  const indexed = index.get(target.file)?.changeRequest;
  // The impact is worked out from the live file's affected IDs, before the user is asked for any value.
  const impact = transition === 'assess' && indexed ? await impactChoice(index, mentions, { ...indexed, id: cr.id ?? indexed.id, data: cr }) : undefined;
  const prompts = { cr, settings, today: editorClock().today(), impact };
  if (transition === 'implement') {
    // The requirement files are checked first: a conflict is shown before the user is asked anything.
    const context = { ...guard, by, ...transitionTime() };
    return implementChangeRequest(index, target.file, context, async () => {
      const request = await askTransition(transition, prompts);
      return request?.transition === 'implement' ? request.note ?? '' : undefined;
    });
  }
  const request = await askTransition(transition, prompts);
  if (request === undefined || request.transition === 'implement') {
    return false;
  }
  const context = { ...guard, by, ...transitionTime() };
  // Read again: the user may have typed in the file while answering.
  const snapshot = await readForEdit(uri);
  const plan = planTransition(snapshot.text, request, context);
  return applyToSnapshot(snapshot, plan, failure);
}

/**
 * The transition with answers that pass every check of the input, so that transitionRefusal reports only what
 * the answers cannot change: the status, a missing assessment or approval, affected IDs that do not resolve,
 * a sign-off already recorded, a roster whose CCB cannot reach the quorum.
 */
function answeredRequest(transition: TransitionId, settings: ProjectSettings): TransitionRequest {
  switch (transition) {
    case 'assess':
      return { transition, impact: { schedule_days: 0, cost: 0, effort_hours: 0, resources: 'answered', risk: 'low' } };
    case 'approve':
    case 'reject': {
      const ccb = ccbMembers(settings).map((m) => m.id);
      const by = ccb.length > 0 ? ccb : Array.from({ length: Math.max(1, settings.quorum) }, (_, i) => `member ${i + 1}`);
      return { transition, decision: { by, rationale: 'answered' } };
    }
    case 'reopen':
    case 'reassess':
      return { transition, reason: 'answered' };
    case 'signOff':
      return { transition, signoff: { by: 'answered' } };
    case 'withdraw':
    case 'implement':
    case 'verify':
      return { transition };
  }
}
