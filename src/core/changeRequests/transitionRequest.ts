import type { Impact, Requirement } from '../model';
import type { ProjectSettings } from '../settings';

/** The CCB's decision as the user gives it; `on` defaults to the date of the transition. */
export interface DecisionInput {
  /** The deciding CCB members (roster ids when reqdesk.yaml has a roster). */
  readonly by: readonly string[];
  readonly rationale?: string;
  /** YYYY-MM-DD, e.g. the date of the CCB meeting. */
  readonly on?: string;
}

export interface SignoffInput {
  /** Who signed off for the customer. */
  readonly by: string;
  /** YYYY-MM-DD; defaults to the date of the transition. */
  readonly on?: string;
}

/**
 * One transition with what it needs. `note` goes into the history entry. An impact is typed with every field
 * optional because it usually comes from user input: the guard says which required field is missing.
 */
export type TransitionRequest =
  | { readonly transition: 'assess'; readonly impact: Impact; readonly note?: string }
  | { readonly transition: 'approve'; readonly decision: DecisionInput; readonly note?: string }
  | { readonly transition: 'reject'; readonly decision: DecisionInput; readonly note?: string }
  | { readonly transition: 'withdraw'; readonly note?: string }
  | { readonly transition: 'reopen'; readonly reason: string }
  | { readonly transition: 'reassess'; readonly reason: string }
  | { readonly transition: 'implement'; readonly note?: string }
  | { readonly transition: 'verify'; readonly note?: string }
  | { readonly transition: 'signOff'; readonly signoff: SignoffInput; readonly note?: string };

/** The transitions that edit the change request file alone; implement also edits requirement files (planImplementation). */
export type ChangeRequestFileTransition = Exclude<TransitionRequest, { readonly transition: 'implement' }>;

/** What the guards may consult: the settings that apply to the change request file, and the requirements. */
export interface GuardContext {
  /** index.settingsFor(change request file): quorum, CCB roster, customer sign-off. */
  readonly settings: ProjectSettings;
  /** index.requirementsWithId: assess and reassess take the baseline of the affected requirements, implement finds their files. */
  requirementsWithId(id: string): readonly Requirement[];
}

/** Who and when: inputs, never read from a clock or the environment, so that every result is reproducible. */
export interface TransitionContext extends GuardContext {
  /** The history entry's `by`: the reqdesk.user setting, else git's user.name, else asked. */
  readonly by: string;
  /** The history entry's `on`, UTC ISO 8601 (utcTimestamp of the clock's now). */
  readonly now: string;
  /**
   * The clock's local calendar date: the default request, decision and sign-off date. Not the date of `now`, which
   * is UTC: filed in Beijing at 07:00 the request is dated the day it was filed, not the day before.
   */
  readonly today: string;
}
