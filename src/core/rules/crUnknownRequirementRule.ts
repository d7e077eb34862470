import type { Range } from '../finding';
import { COMMON_MESSAGES, defineMessages, localized, phrase } from '../messages';
import type { Rule, RuleProblem } from './rule';
import { itemRange, keyRange } from '../fieldSpans';

export const CR_UNKNOWN_REQUIREMENT_MESSAGES = defineMessages({
  /** {0}: the change request's ID (or "This change request"), {1}: the requirement ID. */
  affectsUnknown: '{0} affects unknown requirement {1}: no requirement in the workspace has this ID.',
  /** {0}: proposed or baseline (the YAML key). */
  namesUnknown: '{0} names unknown requirement {1}: no requirement in the workspace has this ID.',
  notInAffects: '{0} names {1}, which is not listed in affects.',
});

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
    const unknown = (id: string): boolean => context.requirementsWithId(id).length === 0;
    const affects = cr.data.affects ?? [];
    affects.forEach((id, i) => {
      if (unknown(id)) {
        const name = cr.id || phrase(COMMON_MESSAGES.thisChangeRequest);
        problems.push({ ...localized(CR_UNKNOWN_REQUIREMENT_MESSAGES.affectsUnknown, name, id), range: itemRange(cr, 'affects', i) ?? cr.range });
      }
    });
    for (const section of ['proposed', 'baseline'] as const) {
      for (const id of Object.keys(cr.data[section] ?? {})) {
        const range = (): Range => keyRange(cr, `${section}.${id}`) ?? keyRange(cr, section) ?? cr.range;
        if (unknown(id)) {
          problems.push({ ...localized(CR_UNKNOWN_REQUIREMENT_MESSAGES.namesUnknown, section, id), range: range() });
        } else if (!affects.includes(id)) {
          problems.push({ ...localized(CR_UNKNOWN_REQUIREMENT_MESSAGES.notInAffects, section, id), range: range() });
        }
      }
    }
    return problems;
  },
};
