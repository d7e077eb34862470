import type { ChangeRequestData, Impact } from '../model';

/**
 * The change-request workflow: the only place that knows the statuses, what each one means for the record,
 * and the transitions between them. Guards (transitionGuards.ts), edits (planTransition.ts,
 * planImplementation.ts), the rules (rules/cr*.ts), menus and reports all ask here.
 *
 *   submitted ─assess→ assessed ─approve→ approved ─implement→ implemented ─verify→ verified
 *                         │  ↺ assess      (sign-off: any time after approval, status unchanged)
 *                         │  ↖──reassess── approved
 *                         └─reject→ rejected ─reopen→ assessed
 *   submitted | assessed ─withdraw→ withdrawn
 */

/** Every status, in workflow order (schemas/change-request.schema.json lists the same). */
export const CHANGE_REQUEST_STATUSES = ['submitted', 'assessed', 'approved', 'rejected', 'implemented', 'verified', 'withdrawn'] as const;

export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

/** What the record of a change request in a status holds. */
export interface StatusMeaning {
  /** The CCB decision on record: none yet (and none ever, for a withdrawn request), or its outcome. */
  readonly decision: 'none' | 'approved' | 'rejected';
  /** Whether the impact has been assessed. */
  readonly assessed: boolean;
  /** Whether work on the request is still to come (for counts of open requests). */
  readonly open: boolean;
}

export const STATUS_MEANING: Readonly<Record<ChangeRequestStatus, StatusMeaning>> = {
  submitted: { decision: 'none', assessed: false, open: true },
  assessed: { decision: 'none', assessed: true, open: true },
  approved: { decision: 'approved', assessed: true, open: true },
  rejected: { decision: 'rejected', assessed: true, open: false },
  implemented: { decision: 'approved', assessed: true, open: true },
  verified: { decision: 'approved', assessed: true, open: false },
  withdrawn: { decision: 'none', assessed: false, open: false },
};

/**
 * The impact fields an assessment must give: schedule, cost, effort, resources and risk are what a CCB weighs
 * (a change that needs no one beyond the team says so in `resources`). `notes` are optional.
 */
export const REQUIRED_IMPACT_FIELDS = ['schedule_days', 'cost', 'effort_hours', 'resources', 'risk'] as const;

/** The required impact fields an impact lacks (a blank text counts as missing). */
export function missingImpactFields(impact: Readonly<Impact> | undefined): string[] {
  return REQUIRED_IMPACT_FIELDS.filter((field) => {
    const value = impact?.[field];
    return value === undefined || (typeof value === 'string' && value.trim() === '');
  });
}

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;

/** The history actions (schema `history[].action`): one per transition, `submitted` for a new request, `edited` by hand. */
export type HistoryAction = 'submitted' | 'assessed' | 'approved' | 'rejected' | 'implemented' | 'verified' | 'withdrawn' | 'reopened' | 'reassessed' | 'signed-off' | 'edited';

export interface TransitionSpec {
  /** The statuses it starts from. */
  readonly from: readonly ChangeRequestStatus[];
  /** The status it leads to; undefined: the status stays (a sign-off). */
  readonly to: ChangeRequestStatus | undefined;
  /** The action its history entry records. */
  readonly action: HistoryAction;
  /** How messages say it happened: "cannot be {done}". */
  readonly done: string;
}

/**
 * Reopen leads to `assessed`, not `submitted`: a rejected request was assessed, and its impact and baseline
 * still stand, so the CCB can decide again at once. When the assessment is out of date, assess it again
 * (assess is allowed from assessed). The rejection itself stays on record in the reopen's history entry.
 * Reassess takes an approved request back to `assessed` when its requirements changed since the assessment: the
 * baseline is taken again, the approval leaves the record for the history entry (with the reason), and the CCB
 * decides on the request as it now stands.
 */
export const TRANSITIONS = {
  assess: { from: ['submitted', 'assessed'], to: 'assessed', action: 'assessed', done: 'assessed' },
  approve: { from: ['assessed'], to: 'approved', action: 'approved', done: 'approved' },
  reject: { from: ['assessed'], to: 'rejected', action: 'rejected', done: 'rejected' },
  withdraw: { from: ['submitted', 'assessed'], to: 'withdrawn', action: 'withdrawn', done: 'withdrawn' },
  reopen: { from: ['rejected'], to: 'assessed', action: 'reopened', done: 'reopened' },
  implement: { from: ['approved'], to: 'implemented', action: 'implemented', done: 'implemented' },
  reassess: { from: ['approved'], to: 'assessed', action: 'reassessed', done: 're-assessed' },
  verify: { from: ['implemented'], to: 'verified', action: 'verified', done: 'verified' },
  signOff: { from: ['approved', 'implemented', 'verified'], to: undefined, action: 'signed-off', done: 'signed off' },
} as const satisfies Record<string, TransitionSpec>;

export type TransitionId = keyof typeof TRANSITIONS;

/** The transitions in the order menus list them. */
export const TRANSITION_IDS: readonly TransitionId[] = ['assess', 'approve', 'reject', 'withdraw', 'reopen', 'implement', 'reassess', 'verify', 'signOff'];

export function isChangeRequestStatus(status: string | undefined): status is ChangeRequestStatus {
  return (CHANGE_REQUEST_STATUSES as readonly (string | undefined)[]).includes(status);
}

export function statusMeaning(status: string | undefined): StatusMeaning | undefined {
  return isChangeRequestStatus(status) ? STATUS_MEANING[status] : undefined;
}

/**
 * The transitions a change request's status allows, for menus that offer only valid steps. A sign-off is
 * offered only while none is recorded. The guards (transitionRefusal) may still refuse for what the input or the
 * settings lack (an impact, the quorum, a required sign-off before verify): they say why, which a hidden menu
 * item would not.
 */
export function availableTransitions(cr: Readonly<ChangeRequestData>): TransitionId[] {
  const status = cr.status;
  if (!isChangeRequestStatus(status)) {
    return [];
  }
  return TRANSITION_IDS.filter((id) => (TRANSITIONS[id].from as readonly string[]).includes(status) && !(id === 'signOff' && cr.customer_signoff));
}
