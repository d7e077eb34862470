import { defineMessages, localized, type LocalizedMessage } from '../messages';
import { ccbMembers, type ProjectSettings } from '../settings';

export const DECISION_MESSAGES = defineMessages({
  /** {1}: the CCB members' IDs. */
  notCcbMember: "'{0}' is not a CCB member (roster role ccb in reqdesk.yaml). CCB: {1}.",
  /** {0}: the quorum, {1}: how many CCB members the decision names. */
  quorumOne: 'The decision needs at least {0} CCB member (quorum in reqdesk.yaml) but names {1}.',
  quorumMany: 'The decision needs at least {0} CCB members (quorum in reqdesk.yaml) but names {1}.',
});

/** Its message also comes as a template and arguments (LocalizedMessage), for the editor to translate. */
export interface DecisionProblem extends LocalizedMessage {
  /** The position in `by` of the member the problem is about; undefined for the list as a whole. */
  readonly member?: number;
}

/**
 * Whether the people named in a decision may make it: each must be a CCB member when the roster names any,
 * and the CCB members among them must reach the quorum. The approve/reject guards and the cr-decision-ccb rule
 * both ask here, so a refusal and a diagnostic say the same thing.
 */
export function decisionProblems(by: readonly string[], settings: ProjectSettings): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  const ccb = ccbMembers(settings).map((m) => m.id);
  if (ccb.length > 0) {
    by.forEach((member, i) => {
      if (!ccb.includes(member)) {
        problems.push({ ...localized(DECISION_MESSAGES.notCcbMember, member, ccb.join(', ')), member: i });
      }
    });
  }
  const quorum = settings.quorum;
  // People who are not on the CCB (reported above) do not count towards the quorum.
  const members = ccb.length > 0 ? by.filter((member) => ccb.includes(member)).length : by.length;
  if (members < quorum) {
    problems.push(localized(quorum === 1 ? DECISION_MESSAGES.quorumOne : DECISION_MESSAGES.quorumMany, quorum, members));
  }
  return problems;
}
