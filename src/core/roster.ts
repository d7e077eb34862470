import { closest } from './schemaValidator';
import type { ProjectSettings, RosterMember } from './settings';

/** The roster's roles as schemas/settings.schema.json names them. */
export const OWNER_ROLE = 'owner';
export const CUSTOMER_ROLE = 'customer';

/**
 * Who may be given requirements: the members with the owner role. A roster that gives nobody that role (roles
 * left out, as in a roster written before roles existed) leaves everyone but the customers eligible, since its
 * owners are then told apart by nothing else.
 */
export function ownerCandidates(settings: ProjectSettings): readonly RosterMember[] {
  const owners = settings.roster.filter((m) => m.roles.includes(OWNER_ROLE));
  return owners.length > 0 ? owners : settings.roster.filter((m) => !m.roles.includes(CUSTOMER_ROLE));
}

/** The customer's people in the roster: who may request a change or sign it off. */
export function customerMembers(settings: ProjectSettings): readonly RosterMember[] {
  return settings.roster.filter((m) => m.roles.includes(CUSTOMER_ROLE));
}

/** How a person written as `id` is shown to readers: the roster's name for a member, else the value as written. */
export function personName(settings: ProjectSettings, id: string): string {
  return settings.roster.find((m) => m.id === id)?.name?.trim() || id;
}

/** The name with the id that files hold, where both are worth seeing (tooltips, hovers): `李娜 (li.na)`. */
export function personLabel(settings: ProjectSettings, id: string): string {
  const name = personName(settings, id);
  return name === id ? id : `${name} (${id})`;
}

/**
 * The roster id an owner outside the roster most likely means, among those who may own: a member's name written
 * out, else a near spelling. None for an owner in the roster, or with no roster.
 */
export function ownerGuess(settings: ProjectSettings, owner: string): string | undefined {
  if (settings.roster.length === 0 || settings.roster.some((m) => m.id === owner)) {
    return undefined;
  }
  return memberGuess(ownerCandidates(settings), owner);
}

/** The id among `members` that a person written as `written` most likely means: a name written out, else a near spelling. */
export function memberGuess(members: readonly RosterMember[], written: string): string | undefined {
  return members.find((m) => m.name?.toLowerCase() === written.toLowerCase())?.id ?? closest(written, members.map((m) => m.id));
}
