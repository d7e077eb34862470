import { defineMessages, localized } from '../messages';
import { riskName } from '../risks/riskName';
import type { Rule } from './rule';

export const RISK_MISSING_OWNER_MESSAGES = defineMessages({
  /** {0}: the risk's ID (or "This risk"). */
  noOwner: '{0} has no owner: name who watches it.',
});

/** A risk nobody watches is one nobody reviews: every risk needs an owner, whatever reqdesk.yaml requires of requirements. */
export const riskMissingOwnerRule: Rule = {
  id: 'risk-missing-owner',
  defaultSeverity: 'warning',
  description: 'A risk has no owner.',
  scope: 'file',
  check: (file) =>
    file.risks
      .filter((risk) => !risk.data.owner?.trim())
      .map((risk) => ({ ...localized(RISK_MISSING_OWNER_MESSAGES.noOwner, riskName(risk)), range: risk.valueRanges.id ?? risk.headRange })),
};
