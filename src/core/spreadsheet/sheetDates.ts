/** Dates as spreadsheets hold them, read into ISO calendar dates (`YYYY-MM-DD`). */

/** Day 0 of Excel's 1900 date system, as a UTC day count, such that serial 61 is 1900-03-01. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * The date an Excel serial number stands for (1900 date system; a fraction is a time of day and is dropped).
 * Excel counts a 29 February 1900 that never was (serial 60, kept for Lotus 1-2-3): serials before it are one day
 * off from a plain count, and 60 itself is no date. Outside 1900–9999 a number is not taken for a date.
 */
export function excelSerialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466 || Math.floor(serial) === 60) {
    return undefined;
  }
  const day = Math.floor(serial) < 60 ? Math.floor(serial) + 1 : Math.floor(serial);
  return new Date(SERIAL_EPOCH + day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A date typed as text: `2026-12-01`, `2026/12/1`, `2026.12.1`, `2026年12月1日` (a time after it is dropped).
 * Day-first and month-first forms (`1/12/2026`) are left out on purpose: which one a sheet means cannot be told.
 */
export function textDate(text: string): string | undefined {
  const match = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)(?:[\sT]+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? match[4]), Number(match[3] ?? match[5])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    : undefined;
}
