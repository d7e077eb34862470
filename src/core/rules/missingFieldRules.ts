import { COMMON_MESSAGES, defineMessages, localized, phrase, type MessageArg } from '../messages';
import type { Requirement, RequirementField } from '../model';
import type { ParsedFile } from '../parsedFile';
import type { Rule, RuleContext, RuleProblem } from './rule';
import { keyRange } from '../fieldSpans';

function isBlank(requirement: Requirement, field: RequirementField): boolean {
  const value = requirement.data[field];
  return value === undefined || (typeof value === 'string' ? value.trim() === '' : value.length === 0);
}

export const MISSING_FIELD_MESSAGES = defineMessages({
  /** {0}: the requirement's ID (or "This requirement"). */
  noOwner: '{0} has no owner: assign someone responsible.',
  /** {1}: the project's priorities, e.g. "critical, high, medium, low". */
  noPriority: '{0} has no priority: set one of {1}.',
  /** {1}: the field's name as written in YAML. */
  noField: '{0} has no {1} (required by reqdesk.yaml).',
});

/** `template` takes the requirement ({0}) and then `args`. */
function missing(file: ParsedFile, field: RequirementField, template: string, ...args: MessageArg[]): RuleProblem[] {
  return file.requirements
    .filter((r) => isBlank(r, field))
    .map((r) => ({
      ...localized(template, r.id || phrase(COMMON_MESSAGES.thisRequirement), ...args),
      range: keyRange(r, field) ?? r.headRange,
    }));
}

/** A requirement nobody owns is a defect of the table, not of the YAML. */
export const missingOwnerRule: Rule = {
  id: 'missing-owner',
  defaultSeverity: 'warning',
  description: 'A requirement has no owner.',
  scope: 'file',
  check: (file: ParsedFile, context: RuleContext) =>
    context.settings.requiredFields.includes('owner') ? missing(file, 'owner', MISSING_FIELD_MESSAGES.noOwner) : [],
};

export const missingPriorityRule: Rule = {
  id: 'missing-priority',
  defaultSeverity: 'warning',
  description: 'A requirement has no priority.',
  scope: 'file',
  check: (file: ParsedFile, context: RuleContext) =>
    context.settings.requiredFields.includes('priority') ? missing(file, 'priority', MISSING_FIELD_MESSAGES.noPriority, context.settings.priorities.join(', ')) : [],
};

/** Other fields the project's reqdesk.yaml lists under required_fields. */
export const missingFieldRule: Rule = {
  id: 'missing-field',
  defaultSeverity: 'warning',
  description: 'A requirement lacks a field that reqdesk.yaml lists as required.',
  scope: 'file',
  check: (file: ParsedFile, context: RuleContext) =>
    context.settings.requiredFields
      .filter((f): f is RequirementField => f !== 'owner' && f !== 'priority')
      .flatMap((field) => missing(file, field, MISSING_FIELD_MESSAGES.noField, field)),
};
