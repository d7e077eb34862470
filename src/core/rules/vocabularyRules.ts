import type { RequirementField } from '../model';
import type { ParsedFile } from '../parsedFile';
import type { Rule, RuleContext } from './rule';

function outsideVocabulary(file: ParsedFile, field: RequirementField, allowed: readonly string[]): ReturnType<Rule['check']> {
  return file.requirements.flatMap((r) => {
    const value = r.data[field];
    if (typeof value !== 'string' || value === '' || allowed.includes(value)) {
      return [];
    }
    return [{ message: `${field} must be one of ${allowed.join(', ')} (it is '${value}').`, range: r.fields[field]?.value ?? r.headRange }];
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
