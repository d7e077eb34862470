import * as vscode from 'vscode';
import { decisionProblems } from '../../core/changeRequests/decisionProblems';
import type { DecisionInput, TransitionRequest } from '../../core/changeRequests/transitionRequest';
import { RISK_LEVELS, type TransitionId } from '../../core/changeRequests/workflow';
import type { ChangeRequestData } from '../../core/model';
import { ccbMembers, type ProjectSettings } from '../../core/settings';
import { customerMembers } from '../../core/roster';
import { askImpact, type ImpactChoice } from './impactStep';
import { askDate, askNumber, askPerson, askText, pickOne } from './promptInputs';
import { transitionLabel } from './transitionCommandIds';

/** What the prompts know: the request as it is now, the settings that apply to it, and today's date. */
export interface PromptContext {
  readonly cr: Readonly<ChangeRequestData>;
  readonly settings: ProjectSettings;
  /** YYYY-MM-DD (UTC), the default date of a decision or sign-off. */
  readonly today: string;
  /** What the change reaches (Assess only): shown first, when there is anything to show. */
  readonly impact?: ImpactChoice;
}

/**
 * Asks what a transition needs, step by step (the titles count the steps); undefined when the user cancels
 * any step. The answers are checked as they are typed where a box can tell (numbers, dates, the quorum); the
 * workflow's guards check the whole request again before anything is written.
 */
export async function askTransition(transition: TransitionId, context: PromptContext): Promise<TransitionRequest | undefined> {
  const id = context.cr.id || vscode.l10n.t('(no ID)');
  const title = (step: number, steps: number): string => vscode.l10n.t('{0} {1} ({2}/{3})', transitionLabel(transition), id, step, steps);
  switch (transition) {
    case 'assess':
      return askAssessment(context, title);
    case 'approve':
    case 'reject': {
      const decision = await askDecision(transition, context, title);
      return decision && { transition, decision };
    }
    case 'withdraw': {
      const note = await askText({ title: title(1, 1), prompt: vscode.l10n.t('Why is the request withdrawn? (optional: a note for the history)') });
      return note === undefined ? undefined : { transition, note };
    }
    case 'reopen': {
      const reason = await askText({ title: title(1, 1), prompt: vscode.l10n.t('Why is the rejected request considered again? (recorded in the history)'), required: true });
      return reason === undefined ? undefined : { transition, reason };
    }
    case 'reassess': {
      const reason = await askText({
        title: title(1, 1),
        prompt: vscode.l10n.t('Why is the approved request assessed again? (recorded in the history; the approval is withdrawn and the CCB decides again)'),
        required: true,
      });
      return reason === undefined ? undefined : { transition, reason };
    }
    case 'implement': {
      const note = await askText({ title: title(1, 1), prompt: vscode.l10n.t('Where was it implemented, e.g. the release? (optional: a note for the history)') });
      return note === undefined ? undefined : { transition, note };
    }
    case 'verify': {
      const note = await askText({ title: title(1, 1), prompt: vscode.l10n.t('How was it verified? (optional: a note for the history)') });
      return note === undefined ? undefined : { transition, note };
    }
    case 'signOff': {
      const by = await askPerson({
        title: title(1, 2),
        placeHolder: vscode.l10n.t('Who signed off for the customer?'),
        prompt: vscode.l10n.t('Who signed off for the customer?'),
        value: context.cr.requested_by,
        people: customerMembers(context.settings),
      });
      const on = by === undefined ? undefined : await askDate({ title: title(2, 2), prompt: vscode.l10n.t('Date of the sign-off (YYYY-MM-DD)'), value: context.today });
      return by === undefined || on === undefined ? undefined : { transition, signoff: { by, on } };
    }
  }
}

type StepTitle = (step: number, steps: number) => string;

/**
 * What the change reaches (when anything does), then schedule, cost, effort, resources, risk and notes; a
 * re-assessment starts from the values on record.
 */
async function askAssessment(context: PromptContext, title: StepTitle): Promise<TransitionRequest | undefined> {
  const old = context.cr.impact ?? {};
  const first = context.impact !== undefined && context.impact.items.length > 0 ? 1 : 0;
  const step = (n: number): string => title(n + first, 6 + first);
  const reached = context.impact !== undefined && first === 1 ? await askImpact(context.impact, step(0), old) : {};
  if (reached === undefined) {
    return undefined;
  }
  const schedule_days = await askNumber({ title: step(1), prompt: vscode.l10n.t('Schedule impact in days (e.g. 5; 0 when the schedule does not move)'), value: old.schedule_days });
  if (schedule_days === undefined) {
    return undefined;
  }
  const cost = await askNumber({ title: step(2), prompt: vscode.l10n.t('Cost of the change (a number, e.g. 8000; 0 for none)'), value: old.cost });
  if (cost === undefined) {
    return undefined;
  }
  const effort_hours = await askNumber({ title: step(3), prompt: vscode.l10n.t('Effort in hours (e.g. 40)'), value: old.effort_hours, min: 0 });
  if (effort_hours === undefined) {
    return undefined;
  }
  const resources = await askText({ title: step(4), prompt: vscode.l10n.t('Resources it needs (e.g. one backend developer, or none beyond the team)'), value: old.resources, required: true });
  if (resources === undefined) {
    return undefined;
  }
  const risk = await pickOne({ title: step(5), placeHolder: vscode.l10n.t('Risk of the change'), values: RISK_LEVELS, current: old.risk });
  if (risk === undefined) {
    return undefined;
  }
  const notes = await askText({ title: step(6), prompt: vscode.l10n.t('Notes on the impact (optional, e.g. what it depends on)'), value: old.notes });
  if (notes === undefined) {
    return undefined;
  }
  const optional = (text: string): string | undefined => (text === '' ? undefined : text);
  return { transition: 'assess', impact: { schedule_days, cost, effort_hours, resources, risk, ...reached, notes: optional(notes) } };
}

/** The deciding CCB members, the rationale and the date of the decision. */
async function askDecision(transition: 'approve' | 'reject', context: PromptContext, title: StepTitle): Promise<DecisionInput | undefined> {
  const by = await askDecidingMembers(context.settings, title(1, 3));
  if (by === undefined) {
    return undefined;
  }
  const rationale = await askText({
    title: title(2, 3),
    prompt: transition === 'approve' ? vscode.l10n.t('Why does the CCB approve the request? (the rationale of the decision)') : vscode.l10n.t('Why does the CCB reject the request? (the rationale of the decision)'),
    required: true,
  });
  if (rationale === undefined) {
    return undefined;
  }
  const on = await askDate({ title: title(3, 3), prompt: vscode.l10n.t('Date of the decision, e.g. of the CCB meeting (YYYY-MM-DD)'), value: context.today });
  return on === undefined ? undefined : { by, rationale, on };
}

interface MemberItem extends vscode.QuickPickItem {
  readonly member: string;
}

/**
 * The CCB members of the roster to pick from (asked again until the pick reaches the quorum); with no CCB in the
 * roster, names typed in, comma-separated.
 */
async function askDecidingMembers(settings: ProjectSettings, title: string): Promise<string[] | undefined> {
  const quorum = settings.quorum;
  const members = ccbMembers(settings);
  if (members.length === 0) {
    const typed = await askText({
      title,
      prompt: vscode.l10n.t('Who decided? The CCB members, separated by commas (at least {0})', quorum),
      required: true,
      validate: (value) => {
        const by = splitNames(value);
        if (new Set(by).size !== by.length) {
          return vscode.l10n.t('A member is named twice.');
        }
        return decisionProblems(by, settings).length > 0 ? vscode.l10n.t('The decision needs at least {0} CCB members (quorum in reqdesk.yaml).', quorum) : undefined;
      },
    });
    return typed === undefined ? undefined : splitNames(typed);
  }
  let placeHolder = vscode.l10n.t('Who decided? Pick the CCB members (quorum: {0})', quorum);
  let picked: readonly string[] = [];
  for (;;) {
    const items: MemberItem[] = members.map((m) => ({ label: m.id, description: m.name, member: m.id, picked: picked.includes(m.id) }));
    const answer = await vscode.window.showQuickPick(items, { title, placeHolder, canPickMany: true, ignoreFocusOut: true });
    if (answer === undefined) {
      return undefined;
    }
    picked = answer.map((item) => item.member);
    if (picked.length > 0 && decisionProblems(picked, settings).length === 0) {
      return [...picked];
    }
    placeHolder = vscode.l10n.t('The decision needs at least {0} CCB members (quorum in reqdesk.yaml): {1} picked. Pick again.', quorum, picked.length);
  }
}

function splitNames(text: string): string[] {
  return text.split(/[,，、]/).map((name) => name.trim()).filter((name) => name !== '');
}
