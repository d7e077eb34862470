import { defineMessages, localized } from '../messages';
import { DUPLICATE_CR_ID_MESSAGES } from './duplicateChangeRequestIdRule';
import type { Rule } from './rule';

export const DUPLICATE_RISK_ID_MESSAGES = defineMessages({
  duplicate: 'Duplicate risk ID {0}: it is used {1} times in the workspace.',
});

/** Reported at every occurrence, in one register or across several, each pointing at the others. */
export const duplicateRiskIdRule: Rule = {
  id: 'duplicate-risk-id',
  defaultSeverity: 'error',
  description: 'The same risk ID is used more than once in the workspace.',
  scope: 'workspace',
  check: (file, context) =>
    file.risks.flatMap((risk) => {
      const all = risk.id ? context.risksWithId(risk.id) : [];
      if (all.length < 2) {
        return [];
      }
      return [{
        ...localized(DUPLICATE_RISK_ID_MESSAGES.duplicate, risk.id, all.length),
        range: risk.valueRanges.id ?? risk.headRange,
        related: all.filter((o) => o !== risk).map((o) => ({ file: o.file, range: o.valueRanges.id ?? o.headRange, ...localized(DUPLICATE_CR_ID_MESSAGES.alsoHere, risk.id) })),
      }];
    }),
};
