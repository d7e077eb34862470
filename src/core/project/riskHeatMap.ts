import { compareRequirementIds } from '../requirementTree';
import { reviewOverdueDays, type Risk, RISK_STATUSES, riskScore, riskStatus } from '../risks/risk';
import type { RiskState, RiskSummary } from './projectState';
import { TOP_RISK_LIMIT } from './projectState';
import { rank } from './statusCounts';

const HEAT_MAP_SIZE = 5;

/**
 * The risk register as of `today`: a 5 × 5 probability × impact count of the risks not closed, the top risks by
 * score then ID, and every risk by status.
 */
export function riskHeatMap(risks: readonly Risk[], today: string): RiskState {
  const summaries = risks.map((risk) => riskSummary(risk, today));
  const live = summaries.filter((r) => r.status !== 'closed');
  const heatMap = Array.from({ length: HEAT_MAP_SIZE }, () => new Array<number>(HEAT_MAP_SIZE).fill(0));
  let unscored = 0;
  for (const risk of live) {
    if (onScale(risk.probability) && onScale(risk.impact)) {
      heatMap[risk.probability - 1][risk.impact - 1]++;
    } else {
      unscored++;
    }
  }
  const byId = (a: RiskSummary, b: RiskSummary): number => compareRequirementIds(a.id, b.id) || a.place.file.localeCompare(b.place.file);
  const top = live.filter((r) => r.score !== undefined).sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || byId(a, b)).slice(0, TOP_RISK_LIMIT);
  const all = [...summaries].sort((a, b) => rank(a.status, RISK_STATUSES) - rank(b.status, RISK_STATUSES) || a.status.localeCompare(b.status) || byId(a, b));
  const counts = new Map<string, number>();
  for (const risk of all) {
    counts.set(risk.status, (counts.get(risk.status) ?? 0) + 1);
  }
  return { heatMap, unscored, top, all, byStatus: [...counts].map(([status, count]) => ({ status, count })) };
}

function riskSummary(risk: Risk, today: string): RiskSummary {
  const { data } = risk;
  return {
    id: risk.id,
    title: data.title,
    owner: data.owner,
    status: riskStatus(risk),
    probability: data.probability,
    impact: data.impact,
    score: riskScore(data),
    reviewOn: data.review_on,
    reviewOverdue: reviewOverdueDays(risk, today) !== undefined,
    place: { file: risk.file, line: risk.range.start.line },
  };
}

/** A whole number 1–5: the schema asks for it, but the heat map must not index out of its grid on a bad file. */
function onScale(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value >= 1 && value <= HEAT_MAP_SIZE;
}
