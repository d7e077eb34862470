import { defineMessages, localized } from '../messages';
import type { Rule } from './rule';
import { valueRange } from '../fieldSpans';
import { ownerGuess } from '../roster';

export const UNKNOWN_OWNER_MESSAGES = defineMessages({
  /** {1}: the roster ID the owner probably means. */
  didYouMean: "Owner '{0}' is not in the roster (reqdesk.yaml). Did you mean '{1}'?",
  /** {1}: the roster's IDs. */
  known: "Owner '{0}' is not in the roster (reqdesk.yaml). Known: {1}.",
});

/**
 * Only meaningful once the project has a roster; with none, any owner is accepted. It suggests only people who may
 * own. Requirements and risks have owners alike.
 */
export const unknownOwnerRule: Rule = {
  id: 'unknown-owner',
  defaultSeverity: 'warning',
  description: 'An owner (of a requirement or a risk) is not in the roster of reqdesk.yaml.',
  scope: 'file',
  check: (file, context) => {
    const roster = context.settings.roster;
    if (roster.length === 0) {
      return [];
    }
    const ids = roster.map((m) => m.id);
    const owners = [
      ...file.requirements.map((r) => ({ owner: r.data.owner, range: valueRange(r, 'owner') ?? r.headRange })),
      ...file.risks.map((risk) => ({ owner: risk.data.owner, range: risk.valueRanges.owner ?? risk.headRange })),
    ];
    return owners.flatMap(({ owner: written, range }) => {
      const owner = written?.trim();
      if (!owner || ids.includes(owner)) {
        return [];
      }
      const guess = ownerGuess(context.settings, owner);
      return [{
        ...(guess ? localized(UNKNOWN_OWNER_MESSAGES.didYouMean, owner, guess) : localized(UNKNOWN_OWNER_MESSAGES.known, owner, ids.join(', '))),
        range,
      }];
    });
  },
};
