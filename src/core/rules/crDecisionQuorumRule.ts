import { ccbMembers } from '../settings';
import type { Rule, RuleProblem } from './rule';

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
    const problems: RuleProblem[] = [];
    const ccb = ccbMembers(context.settings).map((m) => m.id);
    if (ccb.length > 0) {
      by.forEach((member, i) => {
        if (!ccb.includes(member)) {
          problems.push({
            message: `'${member}' is not a CCB member (roster role ccb in reqdesk.yaml). CCB: ${ccb.join(', ')}.`,
            range: cr.fields['decision.by']?.items?.[i] ?? cr.fields.decision?.key ?? cr.range,
          });
        }
      });
    }
    const quorum = context.settings.quorum;
    // People who are not on the CCB (reported above) do not count towards the quorum.
    const members = ccb.length > 0 ? by.filter((member) => ccb.includes(member)).length : by.length;
    if (members < quorum) {
      problems.push({
        message: `The decision needs at least ${quorum} CCB ${quorum === 1 ? 'member' : 'members'} (quorum in reqdesk.yaml) but names ${members}.`,
        range: cr.fields['decision.by']?.value ?? cr.fields.decision?.key ?? cr.range,
      });
    }
    return problems;
  },
};
