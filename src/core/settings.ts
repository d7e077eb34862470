import type { Severity } from './finding';
import type { RequirementField } from './model';
import { DEFAULT_TRACE_GLOBS, type TraceGlobs } from './trace/traceGlobs';

export type RuleSeverity = Severity | 'off';

export interface RosterMember {
  readonly id: string;
  readonly name?: string;
  readonly email?: string;
  readonly roles: readonly string[];
  readonly organisation?: string;
  readonly phone?: string;
  readonly responsibility?: string;
}

/** An important document of the project (reqdesk.yaml `project.documents`), its path relative to that file's folder. */
export interface ProjectDocument {
  readonly path: string;
  readonly title?: string;
  readonly version?: string;
}

/** The project's basic facts (reqdesk.yaml `project:`). */
export interface ProjectInfo {
  readonly name?: string;
  readonly customer?: string;
  readonly start?: string;
  readonly end?: string;
  readonly goals: readonly string[];
  readonly deliverables: readonly string[];
  readonly documents: readonly ProjectDocument[];
}

export interface MilestonePayment {
  readonly amount?: number;
  readonly invoiced?: string;
  readonly paid?: string;
}

export interface Milestone {
  readonly id: string;
  readonly title?: string;
  readonly due?: string;
  readonly payment?: MilestonePayment;
}

export interface Budget {
  readonly amount?: number;
  readonly currency?: string;
  /** The part of the budget set aside for changes (`change_contingency`). */
  readonly changeContingency?: number;
}

/** reqdesk.yaml with every default filled in. */
export interface ProjectSettings {
  readonly roster: readonly RosterMember[];
  readonly quorum: number;
  readonly requireCustomerSignoff: boolean;
  readonly statuses: readonly string[];
  readonly priorities: readonly string[];
  /** Display labels of statuses and priorities by language (lower case), from `vocabulary.labels`. */
  readonly vocabularyLabels: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Statuses that close a requirement's work: it is not overdue, and counts as done in progress. */
  readonly doneStatuses: readonly string[];
  readonly requiredFields: readonly string[];
  readonly ruleSeverity: Readonly<Record<string, RuleSeverity>>;
  readonly idDigits: number;
  readonly crIdDigits: number;
  readonly requirementGlobs: readonly string[];
  readonly changeRequestGlobs: readonly string[];
  readonly excludeGlobs: readonly string[];
  readonly maxFileBytes: number;
  readonly changesFolder: string;
  /** Where new communication records are written (`records.folder`, default notes). */
  readonly recordsFolder: string;
  /** Markdown files read as communication records: everything below the records folder, and `records.files`. */
  readonly recordGlobs: readonly string[];
  /** The client project's facts; undefined when reqdesk.yaml has no `project:`. */
  readonly project: ProjectInfo | undefined;
  /** Declared milestones, in the file's order; empty when none are declared (and then any milestone name goes). */
  readonly milestones: readonly Milestone[];
  readonly budget: Budget | undefined;
  /** Days after invoicing before an unpaid payment is a problem (`payments.overdue_after_days`). */
  readonly paymentOverdueAfterDays: number;
  /** The fields a link's stamp covers (`trace.reviewed_fields`): a change of one makes the links to it suspect. */
  readonly reviewedFields: readonly RequirementField[];
  /** How many links back the impact of a change request is followed (`trace.impact_depth`). */
  readonly impactDepth: number;
  /** Which files count as code and as tests for coverage (`trace.code`, `trace.tests`; each replaces its default). */
  readonly traceGlobs: TraceGlobs;
}

export const DEFAULT_STATUSES = ['new', 'in-progress', 'done', 'accepted', 'rejected', 'deferred'] as const;
export const DEFAULT_DONE_STATUSES = ['done', 'accepted', 'rejected', 'deferred'] as const;
export const DEFAULT_PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export const DEFAULT_REQUIREMENT_GLOBS = ['**/*.req.yaml', '**/*.req.yml'] as const;
export const DEFAULT_CHANGE_REQUEST_GLOBS = ['**/*.cr.yaml', '**/*.cr.yml'] as const;
export const DEFAULT_RECORDS_FOLDER = 'notes';
export const SETTINGS_FILE_NAME = 'reqdesk.yaml';

export const DEFAULT_SETTINGS: ProjectSettings = {
  roster: [],
  quorum: 1,
  requireCustomerSignoff: false,
  statuses: DEFAULT_STATUSES,
  priorities: DEFAULT_PRIORITIES,
  vocabularyLabels: {},
  doneStatuses: DEFAULT_DONE_STATUSES,
  requiredFields: ['owner', 'priority'],
  ruleSeverity: {},
  idDigits: 3,
  crIdDigits: 4,
  requirementGlobs: DEFAULT_REQUIREMENT_GLOBS,
  changeRequestGlobs: DEFAULT_CHANGE_REQUEST_GLOBS,
  excludeGlobs: ['**/node_modules/**', '**/.git/**'],
  maxFileBytes: 5 * 1024 * 1024,
  changesFolder: 'changes',
  recordsFolder: DEFAULT_RECORDS_FOLDER,
  recordGlobs: [recordsFolderGlob(DEFAULT_RECORDS_FOLDER)],
  project: undefined,
  milestones: [],
  budget: undefined,
  paymentOverdueAfterDays: 30,
  reviewedFields: ['title', 'description', 'acceptance'],
  impactDepth: 3,
  traceGlobs: DEFAULT_TRACE_GLOBS,
};

/** The shape of reqdesk.yaml as written (schemas/settings.schema.json), after schema validation. */
export interface SettingsFileData {
  roster?: { id: string; name?: string; email?: string; roles?: string[]; organisation?: string; phone?: string; responsibility?: string }[];
  ccb?: { quorum?: number; require_customer_signoff?: boolean };
  vocabulary?: { statuses?: string[]; priorities?: string[]; done_statuses?: string[]; labels?: Record<string, Record<string, string>> };
  required_fields?: string[];
  rules?: Record<string, RuleSeverity>;
  ids?: { digits?: number; cr_digits?: number };
  files?: { requirements?: string[]; change_requests?: string[]; exclude?: string[]; max_size_mb?: number };
  changes?: { folder?: string };
  records?: { folder?: string; files?: string[] };
  project?: {
    name?: string; customer?: string; start?: string; end?: string; goals?: string[]; deliverables?: string[];
    documents?: { path: string; title?: string; version?: string | number }[];
  };
  milestones?: { id: string; title?: string; due?: string; payment?: { amount?: number; invoiced?: string; paid?: string } }[];
  budget?: { amount?: number; currency?: string; change_contingency?: number };
  payments?: { overdue_after_days?: number };
  trace?: { reviewed_fields?: RequirementField[]; impact_depth?: number; code?: string[]; tests?: string[] };
}

/** The editor user's own settings (VS Code configuration), layered with each project's reqdesk.yaml. */
export interface UserSettings {
  /** Override the project's severities: a user may want missing owners as errors on their machine. */
  readonly rules?: Readonly<Record<string, RuleSeverity>>;
  readonly requirementGlobs?: readonly string[];
  readonly changeRequestGlobs?: readonly string[];
  /** Applies where reqdesk.yaml sets no limit. */
  readonly maxFileBytes?: number;
}

export function resolveSettings(data: SettingsFileData | undefined, user: UserSettings = {}): ProjectSettings {
  if (!data && Object.keys(user).length === 0) {
    return DEFAULT_SETTINGS;
  }
  data ??= {};
  const d = DEFAULT_SETTINGS;
  return {
    roster: (data.roster ?? []).map((m) => ({
      id: m.id, name: m.name, email: m.email, roles: m.roles ?? [], organisation: m.organisation, phone: m.phone, responsibility: m.responsibility,
    })),
    quorum: data.ccb?.quorum ?? d.quorum,
    requireCustomerSignoff: data.ccb?.require_customer_signoff ?? d.requireCustomerSignoff,
    statuses: data.vocabulary?.statuses ?? d.statuses,
    priorities: data.vocabulary?.priorities ?? d.priorities,
    vocabularyLabels: lowerCaseLanguages(data.vocabulary?.labels ?? {}),
    doneStatuses: data.vocabulary?.done_statuses ?? d.doneStatuses,
    requiredFields: data.required_fields ?? d.requiredFields,
    ruleSeverity: { ...d.ruleSeverity, ...data.rules, ...user.rules },
    idDigits: data.ids?.digits ?? d.idDigits,
    crIdDigits: data.ids?.cr_digits ?? d.crIdDigits,
    requirementGlobs: [...d.requirementGlobs, ...(data.files?.requirements ?? []), ...(user.requirementGlobs ?? [])],
    changeRequestGlobs: [...d.changeRequestGlobs, ...(data.files?.change_requests ?? []), ...(user.changeRequestGlobs ?? [])],
    excludeGlobs: [...d.excludeGlobs, ...(data.files?.exclude ?? [])],
    maxFileBytes: data.files?.max_size_mb !== undefined ? Math.round(data.files.max_size_mb * 1024 * 1024) : user.maxFileBytes ?? d.maxFileBytes,
    changesFolder: data.changes?.folder ?? d.changesFolder,
    recordsFolder: data.records?.folder ?? d.recordsFolder,
    recordGlobs: data.records ? [recordsFolderGlob(data.records.folder ?? d.recordsFolder), ...(data.records.files ?? [])] : d.recordGlobs,
    project: data.project && resolveProject(data.project),
    milestones: (data.milestones ?? []).map((m) => ({ id: m.id, title: m.title, due: m.due, payment: m.payment && { ...m.payment } })),
    budget: data.budget && { amount: data.budget.amount, currency: data.budget.currency, changeContingency: data.budget.change_contingency },
    paymentOverdueAfterDays: data.payments?.overdue_after_days ?? d.paymentOverdueAfterDays,
    reviewedFields: data.trace?.reviewed_fields ?? d.reviewedFields,
    impactDepth: data.trace?.impact_depth ?? d.impactDepth,
    traceGlobs: { code: data.trace?.code ?? d.traceGlobs.code, tests: data.trace?.tests ?? d.traceGlobs.tests },
  };
}

function resolveProject(project: NonNullable<SettingsFileData['project']>): ProjectInfo {
  return {
    name: project.name,
    customer: project.customer,
    start: project.start,
    end: project.end,
    goals: project.goals ?? [],
    deliverables: project.deliverables ?? [],
    // A version written as 1.2 is read as a number; it is shown as written.
    documents: (project.documents ?? []).map((doc) => ({ path: doc.path, title: doc.title, version: doc.version === undefined ? undefined : String(doc.version) })),
  };
}

/** The glob of every Markdown file below a records folder (relative to its reqdesk.yaml), at any depth. */
export function recordsFolderGlob(folder: string): string {
  const clean = folder.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
  return clean === '' || clean === '.' ? '**/*.md' : `${clean}/**/*.md`;
}

/** Members who may sit on the change control board; with no roster, anyone may. */
export function ccbMembers(settings: ProjectSettings): readonly RosterMember[] {
  return settings.roster.filter((m) => m.roles.includes('ccb'));
}

/** Language tags compare without case (`zh-CN` in a file, `zh-cn` from VS Code). */
function lowerCaseLanguages(labels: Readonly<Record<string, Readonly<Record<string, string>>>>): Record<string, Readonly<Record<string, string>>> {
  return Object.fromEntries(Object.entries(labels).map(([language, byValue]) => [language.toLowerCase(), byValue]));
}
