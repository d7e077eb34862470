import type { Cell, CellValue as LibraryCellValue, Worksheet } from '@cj-tech-master/excelts' with { 'resolution-mode': 'import' };
import type { CellValue, MergedRange, SheetCells, WorkbookCells } from '../core/spreadsheet/workbookCells';

/** A workbook larger than this is refused before unzipping: no requirements table is that big. */
export const MAX_WORKBOOK_BYTES = 64 * 1024 * 1024;

/** Why a file could not be read as a workbook, in words the callers put into their localized message. */
export class WorkbookReadError extends Error {}

/**
 * Reads .xlsx bytes into plain cells: what a spreadsheet program shows, not how it stored it (shared or inline
 * strings, rich text, a hyperlink's text, a formula's cached result, a date-formatted number as a date).
 */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookCells> {
  if (bytes.byteLength > MAX_WORKBOOK_BYTES) {
    throw new WorkbookReadError(`larger than ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB`);
  }
  const { Workbook } = await import('@cj-tech-master/excelts');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    throw new WorkbookReadError(`not an Excel workbook (${error instanceof Error ? error.message : String(error)})`);
  }
  return { sheets: workbook.worksheets.map(sheetCells) };
}

function sheetCells(sheet: Worksheet): SheetCells {
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = cellValue(cell);
      if (value !== null) {
        values[columnNumber - 1] = value;
      }
    });
    if (values.length > 0) {
      rows[rowNumber - 1] = Array.from(values, (value) => value ?? null);
    }
  });
  return {
    name: sheet.name,
    rows: Array.from(rows, (row) => row ?? []),
    merges: mergedRanges(sheet),
    hidden: sheet.state !== undefined && sheet.state !== 'visible',
  };
}

function cellValue(cell: Cell): CellValue {
  // A merged cell other than the top left one repeats the master's value: the sheet shows it once.
  if (cell.isMerged && cell.master !== cell) {
    return null;
  }
  return plainValue(cell.value);
}

function plainValue(value: LibraryCellValue): CellValue {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'string') {
    return value === '' ? null : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : { date: dateText(value) };
  }
  if ('richText' in value) {
    return plainValue(value.richText.map((run) => run.text).join(''));
  }
  if ('hyperlink' in value) {
    return plainValue(value.text);
  }
  if ('error' in value) {
    return value.error;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return 'result' in value && value.result !== undefined ? plainValue(value.result) : null;
  }
  return 'checkbox' in value ? value.checkbox : null;
}

/** The library reads a date as the UTC instant of the sheet's local wall time; its UTC fields are what the sheet shows. */
function dateText(date: Date): string {
  const day = date.toISOString().slice(0, 10);
  const time = date.toISOString().slice(11, 19);
  return time === '00:00:00' ? day : `${day}T${time}`;
}

function mergedRanges(sheet: Worksheet): MergedRange[] {
  const merges = sheet.model.merges ?? [];
  return merges.flatMap((reference) => {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(reference);
    return match
      ? [{ top: Number(match[2]) - 1, left: columnIndex(match[1]), bottom: Number(match[4]) - 1, right: columnIndex(match[3]) }]
      : [];
  });
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) {
    index = index * 26 + letter.charCodeAt(0) - 64;
  }
  return index - 1;
}
