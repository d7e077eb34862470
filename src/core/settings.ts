import type { Severity } from './finding';
import type { RequirementField } from './model';

export type RuleSeverity = Severity | 'off';

export interface RosterMember {
  readonly id: string;
  readonly name?: string;
  readonly email?: string;
  readonly roles: readonly string[];
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
  /** The fields a link's stamp covers (`trace.reviewed_fields`): a change of one makes the links to it suspect. */
  readonly reviewedFields: readonly RequirementField[];
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
  reviewedFields: ['title', 'description', 'acceptance'],
};

/** The shape of reqdesk.yaml as written (schemas/settings.schema.json), after schema validation. */
export interface SettingsFileData {
  roster?: { id: string; name?: string; email?: string; roles?: string[] }[];
  ccb?: { quorum?: number; require_customer_signoff?: boolean };
  vocabulary?: { statuses?: string[]; priorities?: string[]; done_statuses?: string[]; labels?: Record<string, Record<string, string>> };
  required_fields?: string[];
  rules?: Record<string, RuleSeverity>;
  ids?: { digits?: number; cr_digits?: number };
  files?: { requirements?: string[]; change_requests?: string[]; exclude?: string[]; max_size_mb?: number };
  changes?: { folder?: string };
  records?: { folder?: string; files?: string[] };
  trace?: { reviewed_fields?: RequirementField[] };
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
    roster: (data.roster ?? []).map((m) => ({ id: m.id, name: m.name, email: m.email, roles: m.roles ?? [] })),
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
    reviewedFields: data.trace?.reviewed_fields ?? d.reviewedFields,
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
