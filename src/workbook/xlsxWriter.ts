import type { Worksheet } from '@cj-tech-master/excelts' with { 'resolution-mode': 'import' };
import { isDateCell, type CellValue } from '../core/spreadsheet/workbookCells';
import type { ColumnKind, ListSource, PlannedSheet, WorkbookPlan } from '../core/spreadsheet/workbookPlan';

const NUMBER_FORMATS: Readonly<Record<ColumnKind, string | undefined>> = { text: '@', number: undefined, date: 'yyyy-mm-dd' };

/**
 * Writes a planned workbook as .xlsx bytes. Text goes in as text (a shared string, whatever it looks like: `007`,
 * `=1+1`), dates as date-formatted serials; created, modified and every zip entry's time are the plan's, so the
 * same plan gives the same bytes.
 */
export async function writeWorkbook(plan: WorkbookPlan): Promise<Uint8Array> {
  const { Workbook } = await import('@cj-tech-master/excelts');
  const workbook = new Workbook();
  const created = new Date(plan.created);
  workbook.creator = 'ReqDesk';
  workbook.created = created;
  workbook.modified = created;
  for (const planned of plan.sheets) {
    writeSheet(workbook.addWorksheet(planned.name, planned.header ? { views: [{ state: 'frozen', ySplit: 1 }] } : {}), planned);
  }
  return workbook.xlsx.writeBuffer({ zip: { modTime: created } });
}

function writeSheet(sheet: Worksheet, planned: PlannedSheet): void {
  sheet.columns = planned.columns.map((column) => ({
    width: column.width,
    style: { ...(NUMBER_FORMATS[column.kind] ? { numFmt: NUMBER_FORMATS[column.kind] } : {}), ...(column.wrap ? { alignment: { wrapText: true, vertical: 'top' } } : {}) },
  }));
  if (planned.header) {
    const header = sheet.addRow(planned.columns.map((column) => column.header));
    header.eachCell((cell) => {
      cell.font = { bold: true };
    });
  }
  for (const row of planned.rows) {
    sheet.addRow(row.map(libraryValue));
  }
  const width = Math.max(planned.columns.length, 1);
  const last = sheet.rowCount;
  if (planned.header) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(last, 1), column: width } };
  }
  for (const validation of planned.validations) {
    const letter = columnLetters(validation.column);
    // Rows beyond the data get the drop-down too: rows a reader adds are offered the same values.
    sheet.dataValidations.add(`${letter}2:${letter}${Math.max(last, 1) + 1000}`, {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(validation.source)],
      showErrorMessage: true,
      errorStyle: 'warning',
    });
  }
  if (planned.hidden) {
    sheet.state = 'hidden';
  }
}

function libraryValue(cell: CellValue): string | number | boolean | Date | null {
  if (isDateCell(cell)) {
    // The library writes a Date's UTC fields as the sheet's wall time (the reader reads them back the same way).
    const [date, time = '00:00:00'] = cell.date.split('T');
    return new Date(`${date}T${time}Z`);
  }
  return cell;
}

function listFormula(source: ListSource): string {
  if ('values' in source) {
    return `"${source.values.join(',')}"`;
  }
  const letter = columnLetters(source.column);
  return `'${source.sheet.replace(/'/g, "''")}'!$${letter}$1:$${letter}$${source.count}`;
}

/** A zero-based column index as its letters: 0 → A, 26 → AA. */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
