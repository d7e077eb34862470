import type { ProjectState, RiskState, RiskSummary } from '../core/project/projectState';

/**
 * What the Project Overview draws, derived from the project state: pure, so that the page only builds DOM from it
 * and the tests check it without a browser.
 */

/** Probability and impact run 1–5. */
export const HEAT_SIZE = 5;

/** How a score reads on the heat map: ≥ 15 is what the high-score rule asks a mitigation for. */
export type RiskLevel = 'low' | 'medium' | 'high' | 'severe';

export interface HeatCell {
  readonly probability: number;
  readonly impact: number;
  readonly score: number;
  readonly level: RiskLevel;
  readonly count: number;
}

export function riskLevel(score: number): RiskLevel {
  return score >= 15 ? 'severe' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low';
}

/** The heat map's rows as drawn: probability 5 at the top, impact 1 to 5 left to right. */
export function heatMapRows(risks: RiskState): HeatCell[][] {
  const rows: HeatCell[][] = [];
  for (let probability = HEAT_SIZE; probability >= 1; probability--) {
    const row: HeatCell[] = [];
    for (let impact = 1; impact <= HEAT_SIZE; impact++) {
      const score = probability * impact;
      row.push({ probability, impact, score, level: riskLevel(score), count: risks.heatMap[probability - 1]?.[impact - 1] ?? 0 });
    }
    rows.push(row);
  }
  return rows;
}

/** The risks a heat map cell counts: not closed, with that probability and impact, highest score first as in `all`. */
export function cellRisks(risks: RiskState, probability: number, impact: number): RiskSummary[] {
  return risks.all.filter((r) => r.status !== 'closed' && r.probability === probability && r.impact === impact);
}

/** Part of a whole in percent, clamped to 0–100 for a bar; undefined without a positive whole. */
export function shareOf(part: number, whole: number | undefined): number | undefined {
  return whole === undefined || whole <= 0 ? undefined : Math.min(100, Math.max(0, (part / whole) * 100));
}

/**
 * Whether the state names this place (an item the page shows): the host opens nothing else, whatever the page
 * posts.
 */
export function namesPlace(state: ProjectState, file: string, line: number): boolean {
  const places = [
    state.header, ...state.milestones, ...state.overdueRequirements, ...state.overdueActions, ...state.changes.open, ...state.risks.all, ...state.recentRecords,
  ].flatMap((item) => item.place ?? []);
  return places.some((place) => place.file === file && place.line === line);
}
