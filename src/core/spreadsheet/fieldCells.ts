import { isListField, type RequirementData, type RequirementField } from '../model';
import type { ProjectSettings } from '../settings';
import { vocabularyLabelsOf } from '../vocabularyLabels';
import { isDateCell, type CellValue } from './workbookCells';
import { excelSerialDate, textDate } from './sheetDates';

/**
 * How a requirement field sits in a spreadsheet cell, both ways: the export writes `fieldCell`, import and compare
 * read back with `cellField`, so that an exported workbook saved again unchanged reads as the same requirements.
 */

/** Separators a person types between IDs or tags in one cell: commas and semicolons (ASCII and full width), 、 and new lines. */
const LIST_SEPARATORS = /[,;，；、\r\n]+/;
/** IDs never hold spaces, so spaces separate them too. */
const ID_LIST_SEPARATORS = /[,;，；、\s]+/;
/** A criterion's own numbering or bullet, as people type it in one cell: `1.` `1)` `1、` `(1)` `-` `•` `*`. */
const ITEM_MARK = /^\s*(?:\(?\d{1,3}[.)、．]|\(\d{1,3}\)|[-•*·])\s+|^\s*\d{1,3}[、．]\s*/;

/** The cell an export writes for a field: text stays text (IDs like `007` included), a date is a date cell. */
export function fieldCell(field: RequirementField, value: RequirementData[RequirementField]): CellValue {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) {
    return null;
  }
  if (Array.isArray(value)) {
    return value.join(field === 'acceptance' ? '\n' : ', ');
  }
  return field === 'due' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { date: value } : value;
}

/** A cell read into a field: the value, and whether it was understood (a value outside the vocabulary, a date in no known form, is kept as written and reported). */
export interface CellReading {
  readonly value: string | string[] | undefined;
  /** The cell as written, when it was kept as text without being understood. */
  readonly notUnderstood?: string;
}

/** What reading a cell needs to know about the project: its vocabularies and roster, and labels in every language. */
export type CellContext = Pick<ProjectSettings, 'statuses' | 'priorities' | 'roster' | 'vocabularyLabels'>;

/** Reads one cell into a field's value; an empty cell (or one holding only spaces) has none. */
export function cellField(field: RequirementField, cell: CellValue, context: CellContext): CellReading {
  const text = cellText(cell).trim();
  if (text === '') {
    return { value: undefined };
  }
  if (isListField(field)) {
    return { value: listItems(field, text) };
  }
  switch (field) {
    case 'status':
      return vocabularyReading(text, context.statuses, context);
    case 'priority':
      return vocabularyReading(text, context.priorities, context);
    case 'owner':
      return { value: rosterId(text, context) ?? text };
    case 'due':
      return dueReading(cell, text);
    default:
      // A number in a text column (an ID typed as 7) reads as the digits the sheet shows.
      return { value: typeof cell === 'string' ? cell.replace(/\r\n?/g, '\n').trim() : text };
  }
}

/** A cell as the text it shows: numbers in plain digits, booleans as TRUE/FALSE, dates as ISO dates. */
export function cellText(cell: CellValue): string {
  if (cell === null) {
    return '';
  }
  if (isDateCell(cell)) {
    return cell.date;
  }
  if (typeof cell === 'boolean') {
    return cell ? 'TRUE' : 'FALSE';
  }
  return typeof cell === 'number' ? numberText(cell) : cell;
}

function numberText(value: number): string {
  // Float noise from a spreadsheet (0.30000000000000004) is not what the sheet shows.
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

function listItems(field: RequirementField, text: string): string[] {
  if (field === 'acceptance') {
    return text.split(/\r\n?|\n/).map((line) => line.replace(ITEM_MARK, '').trim()).filter((line) => line !== '');
  }
  const separators = field === 'tags' ? LIST_SEPARATORS : ID_LIST_SEPARATORS;
  return text.split(separators).map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * A status or priority by its stored value, a label in any language (the project's own, then the built-in
 * Chinese ones: 进行中, 高), or its words written out (`In progress`): spaces, dashes and case do not matter.
 */
function vocabularyReading(text: string, values: readonly string[], context: CellContext): CellReading {
  const wanted = wordKey(text);
  const byValue = values.find((value) => wordKey(value) === wanted);
  if (byValue !== undefined) {
    return { value: byValue };
  }
  for (const labels of vocabularyLabelsOf(context)) {
    const byLabel = values.find((value) => labels[value] !== undefined && wordKey(labels[value]) === wanted);
    if (byLabel !== undefined) {
      return { value: byLabel };
    }
  }
  return { value: text, notUnderstood: text };
}

function wordKey(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/** A roster member by id, name or e-mail; none when the text names no one in the roster. */
function rosterId(text: string, context: CellContext): string | undefined {
  const wanted = text.toLowerCase();
  return context.roster.find((m) => m.id.toLowerCase() === wanted || m.name?.toLowerCase() === wanted || m.email?.toLowerCase() === wanted)?.id;
}

function dueReading(cell: CellValue, text: string): CellReading {
  if (isDateCell(cell)) {
    return { value: cell.date.slice(0, 10) };
  }
  // A CSV holds every cell as text: a date cell Excel wrote unformatted arrives as its serial's digits.
  const serial = typeof cell === 'number' ? cell : /^\d{5}(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
  const date = serial !== undefined ? excelSerialDate(serial) : textDate(text);
  return date === undefined ? { value: text, notUnderstood: text } : { value: date };
}
