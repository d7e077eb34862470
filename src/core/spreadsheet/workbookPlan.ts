import type { CellValue } from './workbookCells';

/**
 * A workbook to write, described as plain data: what each sheet holds and how it is laid out. The core decides all
 * of it (requirementWorkbook.ts); src/workbook only turns it into .xlsx bytes, so that the layout is tested here
 * without a file and the codec holds no decision of its own.
 */

/** How a column's cells are typed. `text` cells are stored as text and formatted `@` (Text), so that a value typed in later (`007`, `=1+1`) stays text too. */
export type ColumnKind = 'text' | 'number' | 'date';

export interface PlannedColumn {
  readonly header: string;
  /** In characters, as spreadsheets measure column widths. */
  readonly width: number;
  readonly kind: ColumnKind;
  /** Long text: cells wrap instead of running into the next column. */
  readonly wrap: boolean;
}

/**
 * Where a drop-down's values come from: written into the validation itself, or (too long for that: Excel takes
 * 255 characters) a column of another sheet, zero-based, from its first row.
 */
export type ListSource = { readonly values: readonly string[] } | { readonly sheet: string; readonly column: number; readonly count: number };

/** A drop-down on every data row of one column (zero-based); other values are still allowed (a warning, not a refusal). */
export interface ListValidation {
  readonly column: number;
  readonly source: ListSource;
}

export interface PlannedSheet {
  readonly name: string;
  readonly columns: readonly PlannedColumn[];
  /** Data rows, below the header row; cells in column order. */
  readonly rows: readonly (readonly CellValue[])[];
  /** The columns' headers are written as a bold, frozen first row with an autofilter over the data; false: a plain sheet (the manifest), rows from the first. */
  readonly header: boolean;
  readonly validations: readonly ListValidation[];
  readonly hidden: boolean;
}

export interface WorkbookPlan {
  readonly sheets: readonly PlannedSheet[];
  /** The workbook's created and modified time (ISO), fixed by the caller: the same data gives the same bytes. */
  readonly created: string;
}
