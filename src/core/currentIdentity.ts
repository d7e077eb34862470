import type { RosterMember } from './settings';

/** What the editor knows about its user, each trimmed; empty or missing ones are left out. */
export interface IdentityClues {
  /** The `reqdesk.user` setting. */
  readonly configured?: string;
  /** The roster id the user picked when asked before (in this workspace). */
  readonly remembered?: string;
  readonly gitEmail?: string;
  readonly gitName?: string;
}

/**
 * Who the user is: a value to write as `by`, or which question to ask: with a roster, a pick from it (the answer
 * is a roster id, remembered); without one, a name typed in (saved as the reqdesk.user setting).
 */
export type Identity =
  | { readonly by: string }
  | { readonly ask: 'roster' | 'name' };

/**
 * With a roster, the user is a roster id, so that history entries, decisions and sign-offs name people the way
 * the records do: reqdesk.user (an id, or a member's e-mail or name), then git's user.email against the members'
 * e-mail, then git's user.name against their name or id, then the answer remembered from an earlier question
 * (last, so that a git identity fixed later is what counts); matching ignores case and surrounding space.
 * Nothing matching: ask. Without a roster, reqdesk.user, else git's
 * user.name, else ask for a name.
 */
export function resolveIdentity(roster: readonly RosterMember[], clues: IdentityClues): Identity {
  if (roster.length === 0) {
    const name = present(clues.configured) ?? present(clues.gitName);
    return name === undefined ? { ask: 'name' } : { by: name };
  }
  const member =
    memberMatching(roster, clues.configured, (m) => [m.id, m.email, m.name])
    ?? memberMatching(roster, clues.gitEmail, (m) => [m.email])
    ?? memberMatching(roster, clues.gitName, (m) => [m.name, m.id])
    ?? memberMatching(roster, clues.remembered, (m) => [m.id]);
  return member === undefined ? { ask: 'roster' } : { by: member.id };
}

function memberMatching(roster: readonly RosterMember[], clue: string | undefined, keys: (m: RosterMember) => (string | undefined)[]): RosterMember | undefined {
  const wanted = present(clue)?.toLowerCase();
  return wanted === undefined ? undefined : roster.find((m) => keys(m).some((key) => present(key)?.toLowerCase() === wanted));
}

function present(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}
