/** A cell: text is kept inert for spreadsheets, a number is written as a number, undefined as an empty cell. */
export type CsvCell = string | number | undefined;

/**
 * RFC 4180 CSV with CRLF line ends, starting with a UTF-8 byte order mark so that Excel reads Chinese text
 * correctly. The first row is the header. Shared by every CSV export (CLI list and changes, the table).
 */
export function formatCsvLines(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(cell: CsvCell): string {
  return typeof cell === 'number' ? String(cell) : csvField(cell ?? '');
}

export function csvField(text: string): string {
  // A cell starting with = + - @ is run as a formula by spreadsheets: a leading ' keeps it plain text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
