import { fieldsFingerprint } from '../changeRequests/requirementFingerprint';
import { isRequirementField, type RequirementData, type RequirementField } from '../model';
import { cellText } from './fieldCells';
import type { CellValue, SheetCells } from './workbookCells';

/**
 * The hidden sheet an exported workbook carries so that a returned copy can be compared three ways: which field
 * each column of the requirements sheet holds (headers are in the UI language, and people rename them), and per
 * requirement its file and the fingerprint of the exported fields at export (the base: did the YAML change too?).
 *
 * Layout, one value per cell, all text:
 *   row 1: `reqdesk-export`, version, the requirements sheet's name
 *   row 2: `columns`, then one field name per column of the requirements sheet, in order (empty: a column that is
 *          no field, such as the file, shown for reading only)
 *   row 3: `headers`, then each column's header as exported: a returned copy's columns are found by them, so a
 *          column the customer inserted or moved does not shift the others
 *   row 4+: id, file (workspace-relative, `/`-separated), fingerprint
 */
export const MANIFEST_SHEET = 'reqdesk';
const MARK = 'reqdesk-export';
const VERSION = '1';

export interface ManifestEntry {
  readonly id: string;
  /** The requirement's file, relative to the workspace folder, with `/`. */
  readonly file: string;
  /** `fieldsFingerprint` of the exported fields (the manifest's columns) at export. */
  readonly fingerprint: string;
}

export interface ExportManifest {
  /** The name of the sheet holding one requirement per row, under a header row. */
  readonly sheet: string;
  /** The field of each column of that sheet, from the first; null for a column that is no field. */
  readonly columns: readonly (RequirementField | null)[];
  /** Each column's header text at export, in the same order. */
  readonly headers: readonly string[];
  readonly entries: readonly ManifestEntry[];
}

/** The fingerprint the manifest keeps for a requirement: over the exported fields only. */
export function exportedFingerprint(data: Readonly<RequirementData>, columns: readonly (RequirementField | null)[]): string {
  return fieldsFingerprint(data, columns.filter((field) => field !== null));
}

export function manifestRows(manifest: ExportManifest): CellValue[][] {
  return [
    [MARK, VERSION, manifest.sheet],
    ['columns', ...manifest.columns.map((field) => field ?? '')],
    ['headers', ...manifest.headers],
    ...manifest.entries.map((entry) => [entry.id, entry.file, entry.fingerprint]),
  ];
}

/** The manifest a sheet holds, or undefined when it is not one (another tool's sheet, a newer version, damage). */
export function readManifest(sheet: SheetCells): ExportManifest | undefined {
  const [mark, columns, headers, ...entries] = sheet.rows.map((row) => row.map(cellText));
  if (mark?.[0] !== MARK || mark[1] !== VERSION || !mark[2] || columns?.[0] !== 'columns' || headers?.[0] !== 'headers') {
    return undefined;
  }
  const fields: (RequirementField | null)[] = [];
  for (const field of columns.slice(1)) {
    if (field !== '' && !isRequirementField(field)) {
      return undefined;
    }
    fields.push(field === '' ? null : field);
  }
  return {
    sheet: mark[2],
    columns: fields,
    headers: headers.slice(1),
    entries: entries.filter((row) => row[0] && row[1] && row[2]).map(([id, file, fingerprint]) => ({ id, file, fingerprint })),
  };
}
