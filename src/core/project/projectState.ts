/**
 * The client project at a glance, as of one date: everything the Project Overview, the status report and the
 * Project view show, computed once here from the index. Plain JSON data (it crosses to the webview and is written
 * as the report's `--format json`), so a later section is one field here and one renderer in each surface.
 *
 * Texts are as written in the files (the renderers escape them); labels of statuses and priorities are the
 * renderers' business, so the state holds the raw vocabulary values.
 */
export interface ProjectState {
  /** The date everything is judged as of (YYYY-MM-DD, from the one clock). */
  readonly asOf: string;
  readonly header: ProjectHeader;
  readonly milestones: readonly MilestoneState[];
  /** Open requirements past their due date, most overdue first. */
  readonly overdueRequirements: readonly OverdueItem[];
  /** Open actions of communication records past their due date, most overdue first. */
  readonly overdueActions: readonly OverdueAction[];
  readonly changes: ChangeState;
  readonly risks: RiskState;
  /** The latest communication records, newest first (at most RECENT_RECORD_LIMIT). */
  readonly recentRecords: readonly RecordSummary[];
  readonly documents: readonly DocumentState[];
}

/** Where an item is written, for "open its file": a workspace-relative or absolute path as the index keys it. */
export interface SourcePlace {
  readonly file: string;
  /** Zero-based line of the item's first line. */
  readonly line: number;
}

export interface ProjectHeader {
  readonly name?: string;
  readonly customer?: string;
  readonly start?: string;
  readonly end?: string;
  /** Days from asOf to the end date; negative once past; undefined without an end date. */
  readonly daysLeft?: number;
  readonly goals: readonly string[];
  readonly deliverables: readonly string[];
  /** reqdesk.yaml, where the project section is; undefined when there is none. */
  readonly settingsFile?: string;
  /** The `project:` line of reqdesk.yaml. */
  readonly place?: SourcePlace;
  /** Requirements counted by status (vocabulary value → count), in the vocabulary's order; '' for no status, last. */
  readonly statusCounts: readonly StatusCount[];
  readonly requirementCount: number;
}

export interface StatusCount {
  readonly status: string;
  readonly count: number;
}

export type PaymentStatus = 'planned' | 'invoiced' | 'overdue' | 'paid';

export interface MilestoneState {
  readonly id: string;
  readonly title?: string;
  readonly due?: string;
  /** Past its due date with requirements not done. */
  readonly overdue: boolean;
  /** Its requirements by status, in the vocabulary's order (statuses with none left out). */
  readonly statusCounts: readonly StatusCount[];
  readonly total: number;
  /** Requirements in a done status (`vocabulary.done_statuses`). */
  readonly done: number;
  readonly payment?: PaymentState;
  /** False for a milestone named by requirements but not declared in reqdesk.yaml. */
  readonly declared: boolean;
  /** Its entry in reqdesk.yaml; undefined when not declared. */
  readonly place?: SourcePlace;
}

export interface PaymentState {
  readonly amount?: number;
  readonly invoiced?: string;
  readonly paid?: string;
  readonly status: PaymentStatus;
}

export interface OverdueItem {
  readonly id: string;
  readonly title?: string;
  readonly owner?: string;
  readonly due: string;
  readonly daysOverdue: number;
  readonly status?: string;
  readonly place: SourcePlace;
}

export interface OverdueAction {
  readonly who?: string;
  readonly what: string;
  readonly due: string;
  readonly daysOverdue: number;
  /** The record's subject, for context. */
  readonly subject?: string;
  readonly place: SourcePlace;
}

export interface ChangeState {
  /**
   * Change requests with work still to come, in ID order: the workflow's `open` (workflow.ts STATUS_MEANING), so
   * an implemented request awaiting verification is open; rejected, verified and withdrawn ones are not.
   */
  readonly open: readonly ChangeSummary[];
  /** Sums over the open requests' impact; a field none of them gives is 0. */
  readonly openTotals: ImpactTotals;
  /** Sums over approved, implemented and verified requests: what the change contingency is spent on. */
  readonly approvedTotals: ImpactTotals;
  readonly budget?: BudgetState;
}

export interface ChangeSummary {
  readonly id: string;
  readonly title?: string;
  readonly status: string;
  readonly affects: readonly string[];
  readonly cost?: number;
  readonly scheduleDays?: number;
  readonly effortHours?: number;
  readonly place: SourcePlace;
}

export interface ImpactTotals {
  readonly cost: number;
  readonly scheduleDays: number;
  readonly effortHours: number;
  readonly count: number;
}

export interface BudgetState {
  readonly amount?: number;
  readonly currency?: string;
  readonly changeContingency?: number;
  /** changeContingency − approvedTotals.cost; undefined without a contingency. */
  readonly contingencyLeft?: number;
  /** Sum of the milestones' payment amounts, and of those paid. */
  readonly paymentsPlanned: number;
  readonly paymentsPaid: number;
}

export interface RiskState {
  /**
   * Counts of risks not closed, `heatMap[probability - 1][impact - 1]` (5 × 5); risks without both values are
   * counted in `unscored` instead.
   */
  readonly heatMap: readonly (readonly number[])[];
  readonly unscored: number;
  /** Risks not closed, by score (highest first), then ID; at most TOP_RISK_LIMIT. */
  readonly top: readonly RiskSummary[];
  /** Every risk, by status value (open, mitigating, occurred, closed, then others), for the Project view and a heat map cell. */
  readonly all: readonly RiskSummary[];
  readonly byStatus: readonly StatusCount[];
}

export interface RiskSummary {
  readonly id: string;
  readonly title?: string;
  readonly owner?: string;
  readonly status: string;
  readonly probability?: number;
  readonly impact?: number;
  readonly score?: number;
  readonly reviewOn?: string;
  readonly reviewOverdue: boolean;
  readonly place: SourcePlace;
}

export interface RecordSummary {
  readonly kind?: string;
  /** The record's date (YYYY-MM-DD) and time as written, when it has one. */
  readonly on?: string;
  readonly subject?: string;
  readonly openActions: number;
  readonly place: SourcePlace;
}

export interface DocumentState {
  readonly path: string;
  readonly title?: string;
  readonly version?: string;
  /** False when the path names no file of the workspace. */
  readonly exists: boolean;
  /** Its entry in reqdesk.yaml. */
  readonly place?: SourcePlace;
}

export const TOP_RISK_LIMIT = 5;
export const RECENT_RECORD_LIMIT = 5;
