import { defineMessages, phrase, type MessageArg } from '../messages';
import { SCHEMA_MESSAGES } from '../schemaValidator';

export const LISTING_MESSAGES = defineMessages({
  /** {0}: the items but the last, separated by commas; {1}: the last item. */
  and: '{0} and {1}',
});

/** "A", "A and B", "A, B and C". */
export function listing(items: readonly string[], conjunction = 'and'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** The same text as listing(items, conjunction), as a message argument whose "and" / "or" each language says its way. */
export function listingPhrase(items: readonly string[], conjunction: 'and' | 'or' = 'and'): MessageArg {
  return items.length <= 1
    ? items.join('')
    : phrase(conjunction === 'and' ? LISTING_MESSAGES.and : SCHEMA_MESSAGES.typeOr, items.slice(0, -1).join(', '), items[items.length - 1]);
}
