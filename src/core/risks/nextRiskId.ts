import { nextRequirementId } from '../nextRequirementId';

/** The prefix of every risk ID (schemas/risks.schema.json: `^RISK-[0-9]+$`). */
export const RISK_PREFIX = 'RISK';

/** Three digits unless the register already writes more: RISK-001, as in DESIGN's example. */
const RISK_ID_DIGITS = 3;

/**
 * The risk ID after the highest one used anywhere in the workspace (any register), padded like the IDs already
 * there, so that a new risk never collides with one in another file.
 */
export function nextRiskId(existingIds: readonly string[]): string {
  let highest = 0;
  for (const id of existingIds) {
    const number = new RegExp(`^${RISK_PREFIX}-(\\d+)$`).exec(id)?.[1];
    highest = number === undefined ? highest : Math.max(highest, Number(number));
  }
  return nextRequirementId(RISK_PREFIX, highest, existingIds, RISK_ID_DIGITS);
}
