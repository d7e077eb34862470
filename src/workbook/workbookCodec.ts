/**
 * The spreadsheet codec's one entry. It is a bundle of its own (dist/workbook.js, see scripts/build.mjs) that the
 * extension and the CLI import only when a spreadsheet command runs: the library behind it is as large as the rest
 * of the extension.
 */
export { MAX_WORKBOOK_BYTES, readWorkbook, WorkbookReadError } from './xlsxReader';
export { writeWorkbook } from './xlsxWriter';
