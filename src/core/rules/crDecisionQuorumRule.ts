import { decisionProblems } from '../changeRequests/decisionProblems';
import type { Rule } from './rule';
import { itemRange, keyRange, valueRange } from '../fieldSpans';

/** The same check the approve and reject transitions make (decisionProblems), for decisions written by hand. */
export const crDecisionQuorumRule: Rule = {
  id: 'cr-decision-ccb',
  defaultSeverity: 'error',
  description: 'A CCB decision is made by people not on the CCB, or by fewer than the quorum.',
  scope: 'file',
  check: (file, context) => {
    const cr = file.changeRequest;
    const by = cr?.data.decision?.by;
    if (!cr || !by) {
      return [];
    }
    return decisionProblems(by, context.settings).map(({ member, ...message }) => ({
      ...message,
      range: (member === undefined ? valueRange(cr, 'decision.by') : itemRange(cr, 'decision.by', member)) ?? keyRange(cr, 'decision') ?? cr.range,
    }));
  },
};
