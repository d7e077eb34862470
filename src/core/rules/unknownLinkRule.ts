import type { Rule, RuleProblem } from './rule';

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
        const range = requirement.fields.links?.items?.[i] ?? requirement.fields.links?.value ?? requirement.headRange;
        if (link === requirement.id) {
          problems.push({ message: `${requirement.id} links to itself.`, range });
        } else if (context.requirementsWithId(link).length === 0) {
          problems.push({ message: `Link to unknown requirement ${link}: no requirement in the workspace has this ID.`, range });
        }
      });
      return problems;
    }),
};
