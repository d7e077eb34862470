import type { Rule } from './rule';

/** Reported at every occurrence, each pointing at the others, so neither copy looks like the "right" one. */
export const duplicateIdRule: Rule = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'The same requirement ID is used more than once in the workspace.',
  scope: 'workspace',
  check: (file, context) =>
    file.requirements.flatMap((requirement) => {
      if (!requirement.id) {
        return [];
      }
      const all = context.requirementsWithId(requirement.id);
      if (all.length < 2) {
        return [];
      }
      const others = all.filter((r) => r !== requirement);
      return [{
        // Where the others are goes into `related`: editors link it, the CLI prints it; keys are no prose.
        message: `Duplicate requirement ID ${requirement.id}: it is defined ${all.length} times in the workspace.`,
        range: requirement.fields.id?.value ?? requirement.headRange,
        related: others.map((o) => ({ file: o.file, range: o.fields.id?.value ?? o.headRange, message: `${requirement.id} is also defined here.` })),
      }];
    }),
};
