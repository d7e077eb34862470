import { defineMessages, localized } from '../messages';
import type { RequirementField } from '../model';
import type { ParsedFile } from '../parsedFile';
import type { Rule, RuleContext } from './rule';
import { valueRange } from '../fieldSpans';

export const VOCABULARY_MESSAGES = defineMessages({
  /** {0}: status or priority (the YAML key), {1}: the allowed words, {2}: the word found. */
  outside: "{0} must be one of {1} (it is '{2}').",
});

function outsideVocabulary(file: ParsedFile, field: RequirementField, allowed: readonly string[]): ReturnType<Rule['check']> {
  return file.requirements.flatMap((r) => {
    const value = r.data[field];
    if (typeof value !== 'string' || value === '' || allowed.includes(value)) {
      return [];
    }
    return [{ ...localized(VOCABULARY_MESSAGES.outside, field, allowed.join(', '), value), range: valueRange(r, field) ?? r.headRange }];
  });
}

/** Statuses and priorities are configurable (reqdesk.yaml vocabulary), so they are checked here, not by the schema. */
export const invalidStatusRule: Rule = {
  id: 'invalid-status',
  defaultSeverity: 'error',
  description: "A requirement's status is not in the project's vocabulary.",
  scope: 'file',
  check: (file: ParsedFile, context: RuleContext) => outsideVocabulary(file, 'status', context.settings.statuses),
};

export const invalidPriorityRule: Rule = {
  id: 'invalid-priority',
  defaultSeverity: 'error',
  description: "A requirement's priority is not in the project's vocabulary.",
  scope: 'file',
  check: (file: ParsedFile, context: RuleContext) => outsideVocabulary(file, 'priority', context.settings.priorities),
};
