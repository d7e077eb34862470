import { defineMessages, localized } from '../messages';
import { memberGuess } from '../roster';
import type { Rule } from './rule';

export const RECORD_UNKNOWN_PERSON_MESSAGES = defineMessages({
  /** {1}: the roster ID the name probably means. */
  didYouMean: "Action for '{0}', who is not in the roster (reqdesk.yaml). Did you mean '{1}'?",
  /** {1}: the roster's IDs. */
  known: "Action for '{0}', who is not in the roster (reqdesk.yaml). Known: {1}.",
});

/**
 * Actions are the team's to do, so `who` is a roster id once the project has a roster; `with` may name anyone
 * (the customer's people by plain name), so it is not checked.
 */
export const recordUnknownPersonRule: Rule = {
  id: 'record-unknown-person',
  defaultSeverity: 'warning',
  description: "An action's who is not in the roster of reqdesk.yaml.",
  scope: 'file',
  check: (file, context) => {
    const roster = context.settings.roster;
    const record = file.record;
    if (roster.length === 0 || !record) {
      return [];
    }
    const ids = roster.map((m) => m.id);
    return record.actions.flatMap((action) => {
      const who = action.who?.trim();
      if (!who || ids.includes(who)) {
        return [];
      }
      const guess = memberGuess(roster, who);
      return [{
        ...(guess ? localized(RECORD_UNKNOWN_PERSON_MESSAGES.didYouMean, who, guess) : localized(RECORD_UNKNOWN_PERSON_MESSAGES.known, who, ids.join(', '))),
        range: action.whoRange ?? action.range,
      }];
    });
  },
};
