/**
 * A workbook as the core sees it: sheets of plain cell values, as a spreadsheet program stores them. The readers
 * (src/workbook for .xlsx, the core's CSV decoding for .csv) produce it; import and compare take it, so that every
 * decision about a sheet is made on values, never on a file.
 */

/** A date cell, as the local calendar date (and time, when it has one) the sheet shows: no time zone. */
export interface DateCell {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`. */
  readonly date: string;
}

/** One cell: text, a number, a boolean, a date, or empty. Formulas are read as their cached result. */
export type CellValue = string | number | boolean | DateCell | null;

/** A merged block of cells, zero-based and inclusive; its value sits in the top left cell. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetCells {
  readonly name: string;
  /** Rows from the sheet's first, each as long as its last non-empty cell; trailing empty rows are left out. */
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges: readonly MergedRange[];
  /** Hidden (or very hidden) in the workbook: an export's manifest, or a sheet the author put away. */
  readonly hidden: boolean;
}

export interface WorkbookCells {
  readonly sheets: readonly SheetCells[];
}

export function isDateCell(value: CellValue): value is DateCell {
  return typeof value === 'object' && value !== null;
}
