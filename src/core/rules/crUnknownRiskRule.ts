import { COMMON_MESSAGES, defineMessages, localized, phrase } from '../messages';
import { itemRange } from '../fieldSpans';
import type { Rule } from './rule';

export const CR_UNKNOWN_RISK_MESSAGES = defineMessages({
  /** {0}: the change request's ID (or "This change request"), {1}: the risk ID. */
  unknown: '{0} names unknown risk {1}: no risk register in the workspace has this ID.',
});

export const crUnknownRiskRule: Rule = {
  id: 'cr-unknown-risk',
  defaultSeverity: 'warning',
  description: "A change request's impact names a risk ID that no risk register in the workspace has.",
  scope: 'workspace',
  check: (file, context) => {
    const cr = file.changeRequest;
    return (cr?.data.impact?.risks ?? []).flatMap((id, i) =>
      !cr || context.risksWithId(id).length > 0
        ? []
        : [{ ...localized(CR_UNKNOWN_RISK_MESSAGES.unknown, cr.id || phrase(COMMON_MESSAGES.thisChangeRequest), id), range: itemRange(cr, 'impact.risks', i) ?? cr.range }]);
  },
};
