import { isListField, type RequirementField } from '../model';
import { cellText } from './fieldCells';
import { headerField, headerKey } from './headerSynonyms';
import type { CellValue, MergedRange, SheetCells } from './workbookCells';

/** Where a column's cells go: a requirement field, `extra` under the column's header, or nowhere (the user's choice). */
export type ColumnTarget =
  | { readonly kind: 'field'; readonly field: RequirementField }
  | { readonly kind: 'extra' }
  | { readonly kind: 'skip' };

export interface ColumnMapping {
  /** Zero-based. */
  readonly column: number;
  /** The header as written ('' when the column has none). */
  readonly header: string;
  readonly target: ColumnTarget;
}

export interface SheetHeader {
  /** The header row, zero-based. */
  readonly row: number;
  /** The header of each column from the first (a merged header cell names each column it spans). */
  readonly headers: readonly string[];
}

/** Real sheets put a title, a date and blank rows above the header, rarely more. */
const HEADER_SEARCH_ROWS = 20;

/**
 * The header row: among the first rows, the one whose cells name the most fields (at least two), the first of
 * equals, so that title rows, notes and blank rows above it are passed over. Headers the user names
 * (`known`, e.g. from `--map`) count as field names too.
 */
export function findHeaderRow(sheet: SheetCells, known: readonly string[] = []): SheetHeader | undefined {
  const knownKeys = new Set(known.map(headerKey));
  let best: { row: number; score: number } | undefined;
  for (let row = 0; row < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); row += 1) {
    const named = new Set<string>();
    for (const header of rowHeaders(sheet, row)) {
      const field = headerField(header);
      if (field !== undefined) {
        named.add(field);
      } else if (knownKeys.has(headerKey(header))) {
        named.add(`known:${headerKey(header)}`);
      }
    }
    if (named.size >= 2 && named.size > (best?.score ?? 0)) {
      best = { row, score: named.size };
    }
  }
  return best && { row: best.row, headers: rowHeaders(sheet, best.row) };
}

/**
 * The proposed mapping of every column that has a header or a value below it: a header that names a field maps
 * to it (a list field may take several columns; another field only its first), every other column to `extra`.
 */
export function proposeMapping(sheet: SheetCells, header: SheetHeader): ColumnMapping[] {
  const taken = new Set<RequirementField>();
  const mapping: ColumnMapping[] = [];
  for (let column = 0; column < sheetWidth(sheet, header); column += 1) {
    const text = header.headers[column] ?? '';
    if (text === '' && !hasValueBelow(sheet, header.row, column)) {
      continue;
    }
    const field = headerField(text);
    const free = field !== undefined && (isListField(field) || !taken.has(field));
    if (free) {
      taken.add(field);
    }
    mapping.push({ column, header: text, target: free ? { kind: 'field', field } : { kind: 'extra' } });
  }
  return mapping;
}

/** A field that is not a list, mapped from two columns: the mapping cannot be used (one value would be lost). */
export function doubleMappedField(mapping: readonly ColumnMapping[]): RequirementField | undefined {
  const seen = new Set<RequirementField>();
  for (const { target } of mapping) {
    if (target.kind === 'field' && !isListField(target.field)) {
      if (seen.has(target.field)) {
        return target.field;
      }
      seen.add(target.field);
    }
  }
  return undefined;
}

/** The column as a spreadsheet names it: A, B, …, Z, AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Where a cell's value sits: the cell itself, or the top left cell of the merged block it is part of. */
export interface CellPlace {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
}

/** Reads cells as the sheet shows them: a merged block's value in each cell it spans (looked up by row, not searched). */
export function cellReader(sheet: SheetCells): (row: number, column: number) => CellPlace {
  const mergesByRow = new Map<number, MergedRange[]>();
  for (const merge of sheet.merges) {
    for (let row = merge.top; row <= merge.bottom; row += 1) {
      mergesByRow.set(row, [...(mergesByRow.get(row) ?? []), merge]);
    }
  }
  return (row, column) => {
    const merge = mergesByRow.get(row)?.find((m) => m.left <= column && column <= m.right);
    const at = merge ? { row: merge.top, column: merge.left } : { row, column };
    return { ...at, value: sheet.rows[at.row]?.[at.column] ?? null };
  };
}

function rowHeaders(sheet: SheetCells, row: number): string[] {
  const width = Math.max(sheet.rows[row]?.length ?? 0, ...sheet.merges.filter((m) => m.top <= row && row <= m.bottom).map((m) => m.right + 1));
  const read = cellReader(sheet);
  return Array.from({ length: width }, (_, column) => cellText(read(row, column).value).trim());
}

function sheetWidth(sheet: SheetCells, header: SheetHeader): number {
  return Math.max(header.headers.length, ...sheet.rows.slice(header.row + 1).map((row) => row.length));
}

function hasValueBelow(sheet: SheetCells, headerRow: number, column: number): boolean {
  return sheet.rows.slice(headerRow + 1).some((row) => cellText(row[column] ?? null).trim() !== '');
}
