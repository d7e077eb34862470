import type { ChangeRequestData, RequirementData, RequirementField } from '../model';
import { ownerCandidates } from '../roster';
import type { ProjectSettings } from '../settings';
import { exportedFingerprint, MANIFEST_SHEET, manifestRows, type ManifestEntry } from './exportManifest';
import { fieldCell } from './fieldCells';
import type { CellValue } from './workbookCells';
import type { ColumnKind, ListValidation, PlannedColumn, PlannedSheet, WorkbookPlan } from './workbookPlan';

/**
 * The workbook an export writes (DESIGN "Spreadsheets"): the requirements with the columns asked, their change
 * requests, progress by milestone and status, and the hidden manifest that lets a returned copy be compared.
 * Every text shown is handed in (the callers' language: the extension's UI language, English in the CLI).
 */

export interface WorkbookRequirement {
  readonly data: Readonly<RequirementData>;
  /** Its file, relative to the workspace folder, with `/`: what the manifest records. */
  readonly file: string;
  /** The cells of the columns that hold no field (the document's title, problems), by column key. */
  readonly other?: Readonly<Record<string, CellValue>>;
}

/** A column of the requirements sheet: a requirement field, or a value shown for reading only. */
export type WorkbookColumn =
  | { readonly header: string; readonly field: RequirementField }
  | { readonly header: string; readonly field: null; readonly key: string; readonly kind: ColumnKind };

export interface WorkbookChangeRequest {
  readonly data: Readonly<ChangeRequestData>;
  readonly file: string;
}

/** The values the drop-downs offer, as files store them. */
export interface WorkbookVocabulary {
  readonly statuses: readonly string[];
  readonly priorities: readonly string[];
  /** Roster ids of the people who may own requirements; none: no drop-down. */
  readonly owners: readonly string[];
}

/** The drop-downs' values for requirements under these settings (one per reqdesk.yaml involved), in their order, each once. */
export function workbookVocabulary(settings: readonly ProjectSettings[]): WorkbookVocabulary {
  const union = (values: (s: ProjectSettings) => readonly string[]): string[] => [...new Set(settings.flatMap(values))];
  return { statuses: union((s) => s.statuses), priorities: union((s) => s.priorities), owners: union((s) => ownerCandidates(s).map((m) => m.id)) };
}

export type ChangeRequestColumn = 'id' | 'title' | 'status' | 'affects' | 'requestedBy' | 'requestedOn' | 'channel' | 'file';

export interface RequirementWorkbookLabels {
  readonly requirementsSheet: string;
  readonly changeRequestsSheet: string;
  readonly progressSheet: string;
  readonly changeRequest: Readonly<Record<ChangeRequestColumn, string>>;
  readonly milestone: string;
  readonly total: string;
  /** The progress sheet's first row, over every milestone. */
  readonly allMilestones: string;
  /** A requirement without a milestone or without a status. */
  readonly none: string;
  /** A status as the progress sheet's header shows it. */
  readonly status: (value: string) => string;
}

export interface RequirementWorkbookInput {
  readonly requirements: readonly WorkbookRequirement[];
  readonly columns: readonly WorkbookColumn[];
  readonly changeRequests: readonly WorkbookChangeRequest[];
  readonly vocabulary: WorkbookVocabulary;
  readonly labels: RequirementWorkbookLabels;
  /** ISO time recorded as the workbook's creation. */
  readonly created: string;
}

/** The sheet holding drop-down lists too long to be written into the validation itself. */
export const LISTS_SHEET = 'reqdesk-lists';
/** Excel's limit on a list written into a validation (`"a,b,c"`), quotes excluded. */
const INLINE_LIST_LIMIT = 255;
const LONG_TEXT_FIELDS: readonly RequirementField[] = ['description', 'acceptance', 'source'];
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const LONG_TEXT_WIDTH = 50;

export function requirementWorkbook(input: RequirementWorkbookInput): WorkbookPlan {
  const { requirements, columns, labels } = input;
  const rows = requirements.map((requirement) => columns.map((column) => (column.field === null ? requirement.other?.[column.key] ?? null : fieldCell(column.field, requirement.data[column.field]))));
  const lists: (readonly string[])[] = [];
  const validations = columns.flatMap((column, index): ListValidation[] => {
    const values = column.field === null ? [] : dropDownValues(column.field, input.vocabulary);
    if (values.length === 0) {
      return [];
    }
    if (fitsInline(values)) {
      return [{ column: index, source: { values } }];
    }
    lists.push(values);
    return [{ column: index, source: { sheet: LISTS_SHEET, column: lists.length - 1, count: values.length } }];
  });
  const fields = columns.map((column) => column.field);
  const entries = requirements.flatMap((r): ManifestEntry[] => (r.data.id ? [{ id: r.data.id, file: r.file, fingerprint: exportedFingerprint(r.data, fields) }] : []));
  const sheets: PlannedSheet[] = [
    {
      name: labels.requirementsSheet,
      columns: columns.map((column, index) => plannedColumn(column.header, column.field === null ? column.kind : columnKind(column.field), column.field !== null && LONG_TEXT_FIELDS.includes(column.field), rows, index)),
      rows,
      header: true,
      validations,
      hidden: false,
    },
    changeRequestSheet(input),
    progressSheet(input),
    plainSheet(MANIFEST_SHEET, manifestRows({ sheet: labels.requirementsSheet, columns: fields, headers: columns.map((column) => column.header), entries })),
  ];
  if (lists.length > 0) {
    const height = Math.max(...lists.map((list) => list.length));
    sheets.push(plainSheet(LISTS_SHEET, Array.from({ length: height }, (_, row) => lists.map((list) => list[row] ?? null))));
  }
  return { sheets, created: input.created };
}

function dropDownValues(field: RequirementField, vocabulary: WorkbookVocabulary): readonly string[] {
  switch (field) {
    case 'status':
      return vocabulary.statuses;
    case 'priority':
      return vocabulary.priorities;
    case 'owner':
      return vocabulary.owners;
    default:
      return [];
  }
}

/** A list written into the validation is comma-separated and quoted: it cannot hold those characters. */
function fitsInline(values: readonly string[]): boolean {
  return values.join(',').length <= INLINE_LIST_LIMIT && values.every((value) => !/[,"]/.test(value));
}

function columnKind(field: RequirementField): ColumnKind {
  return field === 'due' ? 'date' : 'text';
}

/** Wide enough for the header and the widest line of the column (a wide character counts two), within bounds. */
function plannedColumn(header: string, kind: ColumnKind, wrap: boolean, rows: readonly (readonly CellValue[])[], index: number): PlannedColumn {
  if (wrap) {
    return { header, width: LONG_TEXT_WIDTH, kind, wrap };
  }
  let widest = textWidth(header);
  for (const row of rows) {
    const cell = row[index];
    widest = Math.max(widest, typeof cell === 'string' ? textWidth(cell) : kind === 'date' ? 10 : String(cell ?? '').length);
  }
  return { header, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2)), kind, wrap };
}

function textWidth(text: string): number {
  let width = 0;
  for (const line of text.split('\n')) {
    // CJK ideographs, kana, Hangul and full-width forms take two columns.
    width = Math.max(width, line.length + (line.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g)?.length ?? 0));
  }
  return width;
}

/** The change requests affecting the exported requirements, in ID order. */
function changeRequestSheet(input: RequirementWorkbookInput): PlannedSheet {
  const exported = new Set(input.requirements.flatMap((r) => (r.data.id ? [r.data.id] : [])));
  const headers = input.labels.changeRequest;
  const order: readonly (readonly [ChangeRequestColumn, ColumnKind])[] = [
    ['id', 'text'], ['title', 'text'], ['status', 'text'], ['affects', 'text'], ['requestedBy', 'text'], ['requestedOn', 'date'], ['channel', 'text'], ['file', 'text'],
  ];
  const rows = input.changeRequests
    .filter((cr) => (cr.data.affects ?? []).some((id) => exported.has(id)))
    .sort((a, b) => compareText(a.data.id ?? '', b.data.id ?? ''))
    .map(({ data, file }): CellValue[] => [
      data.id ?? null,
      data.title ?? null,
      data.status ?? null,
      data.affects && data.affects.length > 0 ? data.affects.join(', ') : null,
      data.requested_by ?? null,
      data.requested_on === undefined ? null : fieldCell('due', data.requested_on),
      data.channel ?? null,
      file,
    ]);
  return {
    name: input.labels.changeRequestsSheet,
    columns: order.map(([column, kind], index) => plannedColumn(headers[column], kind, false, rows, index)),
    rows,
    header: true,
    validations: [],
    hidden: false,
  };
}

/** Per milestone (all of them first), how many requirements there are and how many have each status. */
function progressSheet(input: RequirementWorkbookInput): PlannedSheet {
  const { labels } = input;
  const seen = new Set(input.requirements.map((r) => r.data.status ?? ''));
  const statuses = [...input.vocabulary.statuses, ...[...seen].filter((s) => s !== '' && !input.vocabulary.statuses.includes(s)).sort(compareText)];
  const withNone = seen.has('') ? [...statuses, ''] : statuses;
  const milestones = new Map<string, Map<string, number>>([['', new Map()]]);
  const all = new Map<string, number>();
  for (const { data } of input.requirements) {
    const milestone = data.milestone ?? '';
    const counts = milestones.get(milestone) ?? new Map<string, number>();
    milestones.set(milestone, counts);
    for (const tally of [counts, all]) {
      tally.set(data.status ?? '', (tally.get(data.status ?? '') ?? 0) + 1);
    }
  }
  const line = (label: string, counts: ReadonlyMap<string, number>): CellValue[] => [label, [...counts.values()].reduce((a, b) => a + b, 0), ...withNone.map((s) => counts.get(s) ?? 0)];
  const named = [...milestones.keys()].filter((m) => m !== '').sort(compareText);
  const rows = [
    line(labels.allMilestones, all),
    ...named.map((m) => line(m, milestones.get(m) ?? new Map())),
    ...((milestones.get('')?.size ?? 0) > 0 ? [line(labels.none, milestones.get('') ?? new Map())] : []),
  ];
  const headers = [labels.milestone, labels.total, ...withNone.map((s) => (s === '' ? labels.none : labels.status(s)))];
  return {
    name: labels.progressSheet,
    columns: headers.map((header, index) => plannedColumn(header, index === 0 ? 'text' : 'number', false, rows, index)),
    rows,
    header: true,
    validations: [],
    hidden: false,
  };
}

function plainSheet(name: string, rows: readonly (readonly CellValue[])[]): PlannedSheet {
  return { name, columns: [], rows, header: false, validations: [], hidden: true };
}

/** IDs and milestones in the order people count them: `M2` before `M10`. */
function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
