import { idPrefix } from '../idSuggestions';
import { defineMessages, localized } from '../messages';
import type { IdMention } from '../records/communicationRecord';
import type { Rule, RuleContext } from './rule';

export const RECORD_UNKNOWN_ID_MESSAGES = defineMessages({
  requirement: 'The record names unknown requirement {0}: no requirement in the workspace has this ID.',
  changeRequest: 'The record names unknown change request {0}: no change request in the workspace has this ID.',
});

const CR_ID = /^CR-\d+$/;

/**
 * IDs the front matter lists are references and must exist. In the text, words such as UTF-8 or ISO-9001 have
 * the shape of an ID too: only those whose prefix the workspace uses (a requirement prefix, or CR) are judged.
 */
export const recordUnknownIdRule: Rule = {
  id: 'record-unknown-id',
  defaultSeverity: 'warning',
  description: 'A communication record names a requirement or change-request ID that nothing in the workspace has.',
  scope: 'workspace',
  check: (file, context) =>
    (file.record?.mentions ?? []).flatMap((mention) => {
      if (!isJudged(mention, context) || isKnown(mention.id, context)) {
        return [];
      }
      const template = CR_ID.test(mention.id) ? RECORD_UNKNOWN_ID_MESSAGES.changeRequest : RECORD_UNKNOWN_ID_MESSAGES.requirement;
      return [{ ...localized(template, mention.id), range: mention.range }];
    }),
};

function isJudged(mention: IdMention, context: RuleContext): boolean {
  return mention.place !== 'text' || context.isKnownIdPrefix(idPrefix(mention.id));
}

function isKnown(id: string, context: RuleContext): boolean {
  return CR_ID.test(id) ? context.changeRequestsWithId(id).length > 0 : context.requirementsWithId(id).length > 0;
}
