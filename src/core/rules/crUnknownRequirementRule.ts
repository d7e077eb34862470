import type { Rule, RuleProblem } from './rule';

export const crUnknownRequirementRule: Rule = {
  id: 'cr-unknown-requirement',
  defaultSeverity: 'error',
  description: 'A change request names a requirement ID that no requirement in the workspace has.',
  scope: 'workspace',
  check: (file, context) => {
    const cr = file.changeRequest;
    if (!cr) {
      return [];
    }
    const problems: RuleProblem[] = [];
    const unknown = (id: string): string | undefined =>
      context.requirementsWithId(id).length === 0
        ? 'no requirement in the workspace has this ID.'
        : undefined;
    const affects = cr.data.affects ?? [];
    affects.forEach((id, i) => {
      const why = unknown(id);
      if (why) {
        problems.push({ message: `${cr.id || 'This change request'} affects unknown requirement ${id}: ${why}`, range: cr.fields.affects?.items?.[i] ?? cr.range });
      }
    });
    for (const section of ['proposed', 'baseline'] as const) {
      for (const id of Object.keys(cr.data[section] ?? {})) {
        const range = cr.fields[`${section}.${id}`]?.key ?? cr.fields[section]?.key ?? cr.range;
        const why = unknown(id);
        if (why) {
          problems.push({ message: `${section} names unknown requirement ${id}: ${why}`, range });
        } else if (!affects.includes(id)) {
          problems.push({ message: `${section} names ${id}, which is not listed in affects.`, range });
        }
      }
    }
    return problems;
  },
};
