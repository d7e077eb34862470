import { defineMessages, localized } from '../messages';
import { riskName } from '../risks/riskName';
import type { Rule } from './rule';

export const RISK_UNKNOWN_LINK_MESSAGES = defineMessages({
  /** {0}: the risk's ID (or "This risk"), {1}: the linked ID. */
  requirement: '{0} links to unknown requirement {1}: no requirement in the workspace has this ID.',
  changeRequest: '{0} links to unknown change request {1}: no change request in the workspace has this ID.',
});

const CR_ID = /^CR-\d+$/;

export const riskUnknownLinkRule: Rule = {
  id: 'risk-unknown-link',
  defaultSeverity: 'warning',
  description: 'A risk links to a requirement or change-request ID that nothing in the workspace has.',
  scope: 'workspace',
  check: (file, context) =>
    file.risks.flatMap((risk) =>
      risk.links.flatMap((link) => {
        const isCr = CR_ID.test(link.id);
        const known = isCr ? context.changeRequestsWithId(link.id).length > 0 : context.requirementsWithId(link.id).length > 0;
        if (known) {
          return [];
        }
        return [{ ...localized(isCr ? RISK_UNKNOWN_LINK_MESSAGES.changeRequest : RISK_UNKNOWN_LINK_MESSAGES.requirement, riskName(risk), link.id), range: link.range }];
      })),
};
