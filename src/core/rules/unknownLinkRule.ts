import type { Range } from '../finding';
import { defineMessages, localized } from '../messages';
import type { Rule, RuleProblem } from './rule';
import { itemRange, valueRange } from '../fieldSpans';

export const UNKNOWN_LINK_MESSAGES = defineMessages({
  self: '{0} links to itself.',
  unknown: 'Link to unknown requirement {0}: no requirement in the workspace has this ID.',
});

// No "did you mean" here: it would go stale as other files change; the quick fix offers close IDs.
export const unknownLinkRule: Rule = {
  id: 'unknown-link',
  defaultSeverity: 'warning',
  description: 'A requirement links to an ID that no requirement in the workspace has, or to itself.',
  scope: 'workspace',
  check: (file, context) =>
    file.requirements.flatMap((requirement) => {
      const problems: RuleProblem[] = [];
      (requirement.data.links ?? []).forEach((link, i) => {
        // Ranges are made on read: only for links that have a problem.
        const range = (): Range => itemRange(requirement, 'links', i) ?? valueRange(requirement, 'links') ?? requirement.headRange;
        if (link === requirement.id) {
          problems.push({ ...localized(UNKNOWN_LINK_MESSAGES.self, requirement.id), range: range() });
        } else if (context.requirementsWithId(link).length === 0) {
          problems.push({ ...localized(UNKNOWN_LINK_MESSAGES.unknown, link), range: range() });
        }
      });
      return problems;
    }),
};
