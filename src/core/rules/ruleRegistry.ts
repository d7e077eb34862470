import type { Finding, Severity } from '../finding';
import type { ParsedFile } from '../parsedFile';
import { badLinkStampRule } from './badLinkStampRule';
import { crDecisionQuorumRule } from './crDecisionQuorumRule';
import { crInconsistentStatusRule } from './crInconsistentStatusRule';
import { crMissingImpactRule } from './crMissingImpactRule';
import { crUnknownRequirementRule } from './crUnknownRequirementRule';
import { crUnknownRiskRule } from './crUnknownRiskRule';
import { duplicateChangeRequestIdRule } from './duplicateChangeRequestIdRule';
import { duplicateIdRule } from './duplicateIdRule';
import { documentMissingRule } from './documentMissingRule';
import { dueAfterMilestoneRule } from './dueAfterMilestoneRule';
import { duplicateRiskIdRule } from './duplicateRiskIdRule';
import { idPrefixRule } from './idPrefixRule';
import { missingFieldRule, missingOwnerRule, missingPriorityRule } from './missingFieldRules';
import { milestoneOverdueRule } from './milestoneOverdueRule';
import type { Rule, RuleContext } from './rule';
import { overdueRule } from './overdueRule';
import { paymentOverdueRule } from './paymentOverdueRule';
import { recordActionOverdueRule } from './recordActionOverdueRule';
import { recordUnknownIdRule } from './recordUnknownIdRule';
import { recordUnknownPersonRule } from './recordUnknownPersonRule';
import { riskMissingOwnerRule } from './riskMissingOwnerRule';
import { riskReviewDueRule } from './riskReviewDueRule';
import { riskUnknownLinkRule } from './riskUnknownLinkRule';
import { riskUnmitigatedRule } from './riskUnmitigatedRule';
import { suspectLinkRule } from './suspectLinkRule';
import { unknownLinkRule } from './unknownLinkRule';
import { unknownMilestoneRule } from './unknownMilestoneRule';
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
  overdueRule,
  crUnknownRequirementRule,
  crInconsistentStatusRule,
  crMissingImpactRule,
  crDecisionQuorumRule,
  duplicateChangeRequestIdRule,
  recordUnknownPersonRule,
  recordUnknownIdRule,
  recordActionOverdueRule,
  riskMissingOwnerRule,
  riskUnmitigatedRule,
  riskReviewDueRule,
  riskUnknownLinkRule,
  duplicateRiskIdRule,
  crUnknownRiskRule,
  unknownMilestoneRule,
  dueAfterMilestoneRule,
  milestoneOverdueRule,
  paymentOverdueRule,
  documentMissingRule,
  suspectLinkRule,
  badLinkStampRule,
];

/**
 * Problems reading a file (its bytes, its YAML, its schema) reports: not rule objects, but configurable by the same
 * ids. The descriptions are English; the editor translates them (l10n/bundle.l10n.zh-cn.json).
 */
export const PARSE_RULES = [
  { id: 'yaml-syntax', description: 'The file is not valid YAML.' },
  { id: 'yaml-warning', description: 'The YAML reader warns about a construct it ignores or reads differently (an unknown directive or tag).' },
  { id: 'duplicate-key', description: 'A mapping has the same key twice.' },
  { id: 'complex-key', description: 'A list or mapping is used as a key.' },
  { id: 'yaml-alias', description: 'A YAML alias (*name) is undefined, cyclic or expands too far.' },
  { id: 'yaml-too-deep', description: 'The YAML nests too deeply to be read safely.' },
  { id: 'file-too-large', description: 'The file is larger than the size limit, so it is not read.' },
  { id: 'file-encoding', description: 'The file is not UTF-8 text.' },
  { id: 'file-unreadable', description: 'ReqDesk could not read the file.' },
  { id: 'empty-file', description: 'The file is empty.' },
  { id: 'record-front-matter', description: 'A Markdown file in the records folder has no front matter, or it is not closed.' },
  { id: 'invalid-root', description: 'The file does not hold a mapping at the top level.' },
  { id: 'schema', description: "A value does not match the file's JSON Schema." },
  { id: 'too-many-problems', description: 'A file has so many problems that only the first ones are listed.' },
] as const;

export const PARSE_RULE_IDS: readonly string[] = PARSE_RULES.map((rule) => rule.id);

/** What a rule or a parse problem checks, in English. */
export function ruleDescription(ruleId: string): string | undefined {
  return RULES.find((rule) => rule.id === ruleId)?.description ?? PARSE_RULES.find((rule) => rule.id === ruleId)?.description;
}

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
