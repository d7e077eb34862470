import { defineMessages, localized } from '../messages';
import type { Rule } from './rule';
import { valueRange } from '../fieldSpans';

export const DUPLICATE_ID_MESSAGES = defineMessages({
  duplicate: 'Duplicate requirement ID {0}: it is defined {1} times in the workspace.',
  alsoHere: '{0} is also defined here.',
});

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
        ...localized(DUPLICATE_ID_MESSAGES.duplicate, requirement.id, all.length),
        range: valueRange(requirement, 'id') ?? requirement.headRange,
        related: others.map((o) => ({ file: o.file, range: valueRange(o, 'id') ?? o.headRange, ...localized(DUPLICATE_ID_MESSAGES.alsoHere, requirement.id) })),
      }];
    }),
};
