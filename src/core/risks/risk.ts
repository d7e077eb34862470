import { isDate } from '../changeRequests/utcTimestamp';
import { daysBetween } from '../clock';
import type { Range } from '../finding';

/**
 * A risk of the project's risk register: a `*.risks.yaml` file holds many (schemas/risks.schema.json, the source
 * of truth). Plain data, so that the index can persist it and a worker can make it.
 */
export const RISK_RESPONSES = ['avoid', 'mitigate', 'transfer', 'accept'] as const;
export const RISK_STATUSES = ['open', 'mitigating', 'occurred', 'closed'] as const;

export type RiskStatus = (typeof RISK_STATUSES)[number];

/** Risk register files by name: found wherever they are, like requirements and change requests. */
export const RISK_GLOBS = ['**/*.risks.yaml', '**/*.risks.yml'] as const;

/** A risk as written (after schema validation; values of the wrong type are left out). */
export interface RiskData {
  id?: string;
  title?: string;
  description?: string;
  category?: string;
  probability?: number;
  impact?: number;
  owner?: string;
  response?: string;
  mitigation?: string;
  contingency?: string;
  status?: string;
  review_on?: string;
  links?: string[];
}

export const RISK_FIELDS = [
  'id', 'title', 'description', 'category', 'probability', 'impact', 'owner', 'response', 'mitigation', 'contingency', 'status', 'review_on', 'links',
] as const satisfies readonly (keyof RiskData)[];

export type RiskField = (typeof RISK_FIELDS)[number];

export interface RiskLink {
  readonly id: string;
  readonly range: Range;
}

export interface Risk {
  readonly file: string;
  /** Position in the file's `risks` list. */
  readonly index: number;
  /** The ID as written, '' when it has none. */
  readonly id: string;
  readonly data: Readonly<RiskData>;
  /** The whole list item. */
  readonly range: Range;
  /** Its first line: where problems of the risk as a whole are shown. */
  readonly headRange: Range;
  /** Where each field's value is written (its key's end when the value is empty). */
  readonly valueRanges: Readonly<Partial<Record<RiskField, Range>>>;
  readonly links: readonly RiskLink[];
}

/** Probability × impact, 1–25; undefined while either is missing. */
export function riskScore(data: Pick<RiskData, 'probability' | 'impact'>): number | undefined {
  const { probability, impact } = data;
  return probability === undefined || impact === undefined ? undefined : probability * impact;
}

/** From this score on a risk needs a mitigation: 15 is the lowest score of the heat map's top-right corner (3 × 5, 5 × 3). */
export const HIGH_RISK_SCORE = 15;

/** A risk without a status is open: the register's default. */
export function riskStatus(risk: Risk): string {
  return risk.data.status?.trim() || 'open';
}

/**
 * How many days a risk not closed is past its review date; undefined when no review is due. Due today is not
 * overdue yet, as with requirements (overdueRule.ts): the rule and the views ask this one function.
 */
export function reviewOverdueDays(risk: Risk, today: string): number | undefined {
  const review = risk.data.review_on;
  if (review === undefined || !isDate(review) || review >= today || riskStatus(risk) === 'closed') {
    return undefined;
  }
  return daysBetween(review, today);
}
