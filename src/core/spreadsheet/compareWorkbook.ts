import { fieldsFingerprint } from '../changeRequests/requirementFingerprint';
import { sameValue } from '../edit/yamlValue';
import type { FieldValue } from '../edit/fieldEditPlan';
import type { IndexView } from '../indexView';
import { defineMessages, localized, type LocalizedMessage } from '../messages';
import type { Requirement, RequirementData, RequirementField } from '../model';
import { exportedFingerprint, MANIFEST_SHEET, readManifest, type ExportManifest, type ManifestEntry } from './exportManifest';
import { cellField, cellText, fieldCell, type CellContext } from './fieldCells';
import type { CellValue, SheetCells, WorkbookCells } from './workbookCells';

/**
 * A returned workbook against the requirements as they are now, three ways: the export's manifest is the base
 * (which field each column holds, and each requirement's fingerprint at export), the sheet is the customer's
 * side, the workspace is ours. Values are compared as values, read back the way an export would read its own
 * cells, so whatever a spreadsheet program did to cell types on save (numbers, date cells, trimmed text) is no
 * change.
 */

export const COMPARE_MESSAGES = defineMessages({
  /** {0}: the workbook's file name. */
  notExported: '{0} is not a workbook exported by ReqDesk: it has no ReqDesk sheet saying which column holds which field.',
  /** {0}: the workbook, {1}: the sheet the export wrote. */
  sheetMissing: '{0} has no sheet "{1}", the sheet ReqDesk exported the requirements to: was it renamed or deleted?',
  /** {0}: the workbook. */
  noIdColumn: '{0} was exported without an ID column, so its rows cannot be matched to requirements.',
  /** {0}: the workbook, {1}: the sheet, {2}: columns found, {3}: columns exported. */
  columnsRemoved: 'Sheet "{1}" of {0} has {2} columns where ReqDesk exported {3}, and not every exported header is there to find them by: compare a copy whose columns keep their headers.',
});

/** Fields compared: every exported field but the ID (the key) and `changes` (ReqDesk writes that list itself). */
const NOT_COMPARED: readonly RequirementField[] = ['id', 'changes'];
/** Finding the export's values of a conflicting row tries 2^n mixes: beyond this many differing fields it gives up. */
const MAX_SPLIT_FIELDS = 12;

export interface FieldChange {
  readonly field: RequirementField;
  /** The requirement's value now; undefined: it has none. */
  readonly old: FieldValue | undefined;
  /** The workbook's value; undefined: the cell was emptied. */
  readonly new: FieldValue | undefined;
  /** The cell, as `C7`. */
  readonly cell: string;
}

export interface RequirementChange {
  readonly id: string;
  /** The index key of the file holding the requirement now. */
  readonly file: string;
  /** The sheet row, 1-based as a spreadsheet program numbers it. */
  readonly row: number;
  /** The requirement changed in the workspace since the export as well: applying the row would overwrite that. */
  readonly conflict: boolean;
  /** In a conflict, the fields the workspace changed since the export (left out of `changes`); absent when unknown. */
  readonly changedSince?: readonly RequirementField[];
  readonly changes: readonly FieldChange[];
}

export type AddedReason = 'no-id' | 'unknown-id' | 'duplicate-id';

/** A row that matches no requirement: a new one the customer asks for, or a copy of a row above. */
export interface AddedRow {
  readonly row: number;
  readonly id: string | undefined;
  readonly reason: AddedReason;
  readonly values: Readonly<Partial<Record<RequirementField, FieldValue>>>;
}

/** A cell whose value is no value of its field (a status outside the vocabulary, a date in no known form). */
export interface UnreadCell {
  readonly cell: string;
  readonly id: string | undefined;
  readonly field: RequirementField;
  readonly text: string;
}

export interface WorkbookComparison {
  /** The requirements sheet's name. */
  readonly sheet: string;
  /** Requirement rows read (not counting the header and empty rows). */
  readonly rows: number;
  /** Per requirement the workbook changed, in sheet order. */
  readonly changed: readonly RequirementChange[];
  readonly added: readonly AddedRow[];
  /** Exported requirements whose row is no longer in the sheet. */
  readonly removed: readonly ManifestEntry[];
  /** Requirements that changed in the workspace since the export while the workbook left their row as exported. */
  readonly changedInWorkspace: readonly string[];
  readonly notUnderstood: readonly UnreadCell[];
}

export type CompareResult = { readonly ok: true; readonly comparison: WorkbookComparison } | { readonly ok: false; readonly refusal: LocalizedMessage };

/** What comparing reads of the workspace: the requirements by ID. */
export type CompareIndex = Pick<IndexView, 'requirementsWithId'>;

/** Compares the workbook (`name`: its file name, for messages) with the requirements of the index. */
export function compareWorkbook(cells: WorkbookCells, index: CompareIndex, context: CellContext, name: string): CompareResult {
  const manifest = findManifest(cells);
  if (manifest === undefined) {
    return refuse(localized(COMPARE_MESSAGES.notExported, name));
  }
  const sheet = cells.sheets.find((s) => s.name === manifest.sheet);
  if (sheet === undefined) {
    return refuse(localized(COMPARE_MESSAGES.sheetMissing, name, manifest.sheet));
  }
  const idColumn = manifest.columns.indexOf('id');
  if (idColumn === -1) {
    return refuse(localized(COMPARE_MESSAGES.noIdColumn, name));
  }
  const header = sheet.rows[0] ?? [];
  const positions = columnPositions(header, manifest);
  if (positions === undefined) {
    return refuse(localized(COMPARE_MESSAGES.columnsRemoved, name, sheet.name, header.length, manifest.columns.length));
  }
  return { ok: true, comparison: new SheetComparison(manifest, positions, index, context).run(sheet) };
}

/**
 * Where each exported column is in the returned sheet: by its header when every exported header is there (each
 * taken once, left to right), so that a column the customer inserted, deleted or moved shifts nothing; else by
 * position, when the sheet is still as wide as the export; else nowhere.
 */
function columnPositions(header: readonly CellValue[], manifest: ExportManifest): number[] | undefined {
  const texts = header.map((cell) => cellText(cell).trim());
  if (manifest.headers.length === manifest.columns.length) {
    const taken = new Set<number>();
    const found = manifest.headers.map((exported) => {
      const at = texts.findIndex((text, column) => text === exported.trim() && !taken.has(column));
      taken.add(at);
      return at;
    });
    if (found.every((at) => at !== -1)) {
      return found;
    }
  }
  return texts.length >= manifest.columns.length ? manifest.columns.map((_, column) => column) : undefined;
}

/** The spreadsheet name of a cell: zero-based row and column to `A1`. */
export function cellAddress(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

/** The manifest sheet by its name first; a copy saved by another program may have renamed nothing, but look at all. */
function findManifest(cells: WorkbookCells): ExportManifest | undefined {
  const named = cells.sheets.filter((s) => s.name === MANIFEST_SHEET);
  for (const sheet of [...named, ...cells.sheets.filter((s) => s.name !== MANIFEST_SHEET)]) {
    const manifest = readManifest(sheet);
    if (manifest !== undefined) {
      return manifest;
    }
  }
  return undefined;
}

type RowValues = Partial<Record<RequirementField, FieldValue>>;

class SheetComparison {
  private readonly changed: RequirementChange[] = [];
  private readonly added: AddedRow[] = [];
  private readonly changedInWorkspace: string[] = [];
  private readonly notUnderstood: UnreadCell[] = [];
  /** Rows read so far per ID: a workspace that has an ID twice exported it on two rows, matched in order. */
  private readonly seen = new Map<string, number>();
  private readonly entries = new Map<string, ManifestEntry[]>();
  private readonly matched = new Set<Requirement>();
  private readonly fields: readonly { readonly column: number; readonly field: RequirementField }[];
  private readonly idColumn: number;
  /** The fields the manifest's fingerprints cover (what exportedFingerprint takes of its columns). */
  private readonly exported: readonly RequirementField[];

  constructor(private readonly manifest: ExportManifest, positions: readonly number[], private readonly index: CompareIndex, private readonly context: CellContext) {
    for (const entry of manifest.entries) {
      this.entries.set(entry.id, [...(this.entries.get(entry.id) ?? []), entry]);
    }
    this.fields = manifest.columns.flatMap((field, i) => (field === null ? [] : [{ column: positions[i], field }]));
    this.idColumn = positions[manifest.columns.indexOf('id')];
    this.exported = manifest.columns.filter((field) => field !== null);
  }

  run(sheet: SheetCells): WorkbookComparison {
    let rows = 0;
    sheet.rows.forEach((row, i) => {
      if (i > 0 && row.some((cell) => cellText(cell).trim() !== '')) {
        rows++;
        this.compareRow(row, i);
      }
    });
    return {
      sheet: sheet.name,
      rows,
      changed: this.changed,
      added: this.added,
      removed: [...this.entries].flatMap(([id, entries]) => entries.slice(this.seen.get(id) ?? 0)),
      changedInWorkspace: this.changedInWorkspace,
      notUnderstood: this.notUnderstood,
    };
  }

  private compareRow(row: readonly CellValue[], rowIndex: number): void {
    const id = cellText(row[this.idColumn] ?? null).trim();
    const values = this.read(row, rowIndex, id === '' ? undefined : id);
    const occurrence = this.seen.get(id) ?? 0;
    this.seen.set(id, occurrence + 1);
    const entry = this.entries.get(id)?.[occurrence];
    // The n-th row of an ID is the export's n-th, whose file the manifest names: the first requirement of that
    // file with the ID not matched to a row above, else any not matched yet.
    const candidates = id === '' ? [] : this.index.requirementsWithId(id).filter((r) => !this.matched.has(r));
    const requirement = candidates.find((r) => entry !== undefined && (r.file === entry.file || r.file.endsWith(`/${entry.file}`))) ?? candidates[0];
    if (requirement === undefined) {
      const reason: AddedReason = id === '' ? 'no-id' : occurrence > 0 ? 'duplicate-id' : 'unknown-id';
      this.added.push({ row: rowIndex + 1, id: id === '' ? undefined : id, reason, values: withoutUndefined(values) });
      return;
    }
    this.matched.add(requirement);
    const differing = this.fields.filter(({ field }) =>
      field !== 'id' && Object.hasOwn(values, field) && !sameValue(values[field], this.exportReading(field, requirement.data[field])));
    const changedHere = entry !== undefined && exportedFingerprint(requirement.data, this.manifest.columns) !== entry.fingerprint;
    const base = changedHere ? this.baseSplit(differing.map((d) => d.field), values, requirement.data, entry.fingerprint) : undefined;
    const customers = differing.filter(({ field }) => !NOT_COMPARED.includes(field) && !(base?.workspace.includes(field) ?? false));
    if (customers.length === 0) {
      if (changedHere && differing.length > 0) {
        this.changedInWorkspace.push(id);
      }
      return;
    }
    this.changed.push({
      id,
      file: requirement.file,
      row: rowIndex + 1,
      conflict: changedHere,
      ...(base === undefined ? {} : { changedSince: base.workspace }),
      changes: customers.map(({ column, field }) => ({ field, old: requirement.data[field], new: values[field], cell: cellAddress(rowIndex, column) })),
    });
  }

  /**
   * Which side changed which field, when the YAML changed since the export: the manifest keeps only a fingerprint
   * of the exported values, so the export is found as the one mix of sheet and workspace values (per differing
   * field, one or the other) with that fingerprint. A field whose base is the sheet's value changed in the
   * workspace; the rest changed in the sheet. Undefined when no mix matches (a field changed on both sides).
   */
  private baseSplit(fields: readonly RequirementField[], values: RowValues, now: Readonly<RequirementData>, fingerprint: string): { readonly workspace: RequirementField[] } | undefined {
    if (fields.length > MAX_SPLIT_FIELDS) {
      return undefined;
    }
    for (let mask = 0; mask < 1 << fields.length; mask++) {
      const base: Record<string, unknown> = { ...now };
      fields.forEach((field, i) => {
        if (mask & (1 << i)) {
          base[field] = values[field];
        }
      });
      if (fieldsFingerprint(base, this.exported) === fingerprint) {
        return { workspace: fields.filter((_, i) => mask & (1 << i)) };
      }
    }
    return undefined;
  }

  /**
   * The row's values by field; a field whose cell was not understood is left out (reported with its cell), since
   * it is no value the field could take. An empty cell reads as undefined, kept as a key: the value was removed.
   */
  private read(row: readonly CellValue[], rowIndex: number, id: string | undefined): RowValues {
    const values: RowValues = {};
    for (const { column, field } of this.fields) {
      const reading = cellField(field, row[column] ?? null, this.context);
      if (reading.notUnderstood !== undefined) {
        this.notUnderstood.push({ cell: cellAddress(rowIndex, column), id, field, text: reading.notUnderstood });
      } else {
        values[field] = reading.value;
      }
    }
    return values;
  }

  /** A value as the workbook would hold it, had it been exported now: what an untouched cell reads back as. */
  private exportReading(field: RequirementField, value: RequirementData[RequirementField]): FieldValue | undefined {
    return cellField(field, fieldCell(field, value), this.context).value;
  }
}

function withoutUndefined(values: RowValues): RowValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

function refuse(refusal: LocalizedMessage): CompareResult {
  return { ok: false, refusal };
}
