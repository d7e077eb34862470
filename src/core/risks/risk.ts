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

/** A risk without a status is open: the register's default. */
export function riskStatus(risk: Risk): string {
  return risk.data.status?.trim() || 'open';
}
