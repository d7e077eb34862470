import type { Finding, Severity } from '../finding';
import type { ParsedFile } from '../parsedFile';
import { crDecisionQuorumRule } from './crDecisionQuorumRule';
import { crInconsistentStatusRule } from './crInconsistentStatusRule';
import { crMissingImpactRule } from './crMissingImpactRule';
import { crUnknownRequirementRule } from './crUnknownRequirementRule';
import { duplicateChangeRequestIdRule } from './duplicateChangeRequestIdRule';
import { duplicateIdRule } from './duplicateIdRule';
import { idPrefixRule } from './idPrefixRule';
import { missingFieldRule, missingOwnerRule, missingPriorityRule } from './missingFieldRules';
import type { Rule, RuleContext } from './rule';
import { unknownLinkRule } from './unknownLinkRule';
import { unknownOwnerRule } from './unknownOwnerRule';
import { invalidPriorityRule, invalidStatusRule } from './vocabularyRules';

/** Every rule, in one list: the only place rules are assembled. */
export const RULES: readonly Rule[] = [
  missingOwnerRule,
  missingPriorityRule,
  missingFieldRule,
  invalidStatusRule,
  invalidPriorityRule,
  duplicateIdRule,
  unknownLinkRule,
  idPrefixRule,
  unknownOwnerRule,
  crUnknownRequirementRule,
  crInconsistentStatusRule,
  crMissingImpactRule,
  crDecisionQuorumRule,
  duplicateChangeRequestIdRule,
];

/** Problems the YAML reader and schema report, not a rule object but configurable by the same ids. */
export const PARSE_RULE_IDS = ['yaml-syntax', 'duplicate-key', 'yaml-alias', 'file-too-large', 'empty-file', 'invalid-root', 'schema'] as const;

export function runRules(file: ParsedFile, context: RuleContext, scope: Rule['scope']): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.scope !== scope) {
      continue;
    }
    const severity = configuredSeverity(rule.id, rule.defaultSeverity, context);
    if (severity === undefined) {
      continue;
    }
    for (const problem of rule.check(file, context)) {
      findings.push({ ruleId: rule.id, severity, ...problem });
    }
  }
  return findings;
}

/** The severity reqdesk.yaml sets for a rule id; undefined when it is turned off. */
export function configuredSeverity(ruleId: string, fallback: Severity, context: Pick<RuleContext, 'settings'>): Severity | undefined {
  const configured = context.settings.ruleSeverity[ruleId];
  if (configured === 'off') {
    return undefined;
  }
  return configured ?? fallback;
}
