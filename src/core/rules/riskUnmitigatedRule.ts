import { defineMessages, localized } from '../messages';
import { HIGH_RISK_SCORE, riskScore, riskStatus } from '../risks/risk';
import { riskName } from '../risks/riskName';
import type { Rule } from './rule';

export const RISK_UNMITIGATED_MESSAGES = defineMessages({
  /** {0}: the risk's ID (or "This risk"), {1}: its score, {2}: probability, {3}: impact, {4}: the threshold. */
  unmitigated: '{0} scores {1} ({2} × {3}) and has no mitigation: a risk scoring {4} or more needs one.',
});

/** A closed risk, or one that has occurred (its contingency applies now), needs no mitigation any more. */
export const riskUnmitigatedRule: Rule = {
  id: 'risk-unmitigated',
  defaultSeverity: 'warning',
  description: 'A risk scores 15 or more (probability × impact) and has no mitigation.',
  scope: 'file',
  check: (file) =>
    file.risks.flatMap((risk) => {
      const score = riskScore(risk.data);
      const status = riskStatus(risk);
      if (score === undefined || score < HIGH_RISK_SCORE || risk.data.mitigation?.trim() || status === 'closed' || status === 'occurred') {
        return [];
      }
      return [{
        ...localized(RISK_UNMITIGATED_MESSAGES.unmitigated, riskName(risk), score, risk.data.probability ?? 0, risk.data.impact ?? 0, HIGH_RISK_SCORE),
        range: risk.valueRanges.id ?? risk.headRange,
      }];
    }),
};
