import type { Requirement, RequirementField } from '../model';
import type { ParsedFile } from '../parsedFile';
import type { Rule, RuleContext, RuleProblem } from './rule';

function isBlank(requirement: Requirement, field: RequirementField): boolean {
  const value = requirement.data[field];
  return value === undefined || (typeof value === 'string' ? value.trim() === '' : value.length === 0);
}

function missing(file: ParsedFile, field: RequirementField, why: string): RuleProblem[] {
  return file.requirements
    .filter((r) => isBlank(r, field))
    .map((r) => ({
      message: `${r.id || 'This requirement'} has no ${field}${why}.`,
      range: r.fields[field]?.key ?? r.headRange,
    }));
}

/** A requirement nobody owns is a defect of the table, not of the YAML. */
export const missingOwnerRule: Rule = {
  id: 'missing-owner',
  defaultSeverity: 'warning',
  description: 'A requirement has no owner.',
  scope: 'file',
  check: (file: ParsedFile, context: RuleContext) =>
    context.settings.requiredFields.includes('owner') ? missing(file, 'owner', ': assign someone responsible') : [],
};

export const missingPriorityRule: Rule = {
  id: 'missing-priority',
  defaultSeverity: 'warning',
  description: 'A requirement has no priority.',
  scope: 'file',
  check: (file: ParsedFile, context: RuleContext) =>
    context.settings.requiredFields.includes('priority') ? missing(file, 'priority', `: set one of ${context.settings.priorities.join(', ')}`) : [],
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
      .flatMap((field) => missing(file, field, ' (required by reqdesk.yaml)')),
};
