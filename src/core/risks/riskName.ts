import { defineMessages, phrase, type MessageArg } from '../messages';
import type { Risk } from './risk';

export const RISK_NAME_MESSAGES = defineMessages({
  thisRisk: 'This risk',
});

/** How messages name a risk: its ID, or "This risk" while it has none. */
export function riskName(risk: Risk): MessageArg {
  return risk.id || phrase(RISK_NAME_MESSAGES.thisRisk);
}
