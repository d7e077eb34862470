import { idNumber, idPrefix } from '../idSuggestions';
import { REQUIREMENT_FIELDS, type DocumentHeader, type RequirementData, type RequirementField } from '../model';
import { nextRequirementId } from '../nextRequirementId';
import type { ProjectSettings } from '../settings';
import { cellReader, columnLetters, type ColumnMapping, type ColumnTarget, type SheetHeader } from './columnMapping';
import { cellField, cellText, type CellContext } from './fieldCells';
import type { SheetCells } from './workbookCells';

/** What an import needs to know besides the sheet: the project's vocabularies and ID format, the prefix, a fallback title. */
export interface ImportContext {
  readonly settings: CellContext & Pick<ProjectSettings, 'idDigits' | 'requiredFields'>;
  /** The document's prefix: new IDs are made with it. */
  readonly prefix: string;
  /** The document's title when the sheet has no title above its header (the sheet's or the file's name). */
  readonly title: string;
}

/** One row of the sheet as a requirement: its fields, and the sheet's other columns under their headers. */
export interface ImportedRequirement {
  /** The sheet row, one-based as the spreadsheet shows it. */
  readonly row: number;
  readonly data: RequirementData;
  readonly extra: Readonly<Record<string, string>>;
}

export interface ColumnSummary {
  /** The column's letters (A, B, …). */
  readonly column: string;
  readonly header: string;
  readonly target: ColumnTarget;
  /** The key under `extra`, for a column that goes there. */
  readonly extraKey?: string;
  /** Non-empty cells of the column below the header. */
  readonly values: number;
}

/** A cell kept as written because it means nothing to its field (a status outside the vocabulary, a date in no known form). */
export interface UnderstoodNot {
  /** The cell's address, e.g. C7. */
  readonly cell: string;
  readonly field: RequirementField;
  readonly text: string;
}

export interface ImportSummary {
  readonly sheet: string;
  /** One-based. */
  readonly headerRow: number;
  /** Requirements imported. */
  readonly rows: number;
  readonly columns: readonly ColumnSummary[];
  readonly blankRows: number;
  readonly notUnderstood: readonly UnderstoodNot[];
  readonly generatedIds: readonly { readonly row: number; readonly id: string }[];
  readonly duplicateIds: readonly { readonly id: string; readonly rows: readonly number[] }[];
  /** IDs kept as the sheet has them though they are not in the PREFIX-001 form (`reqdesk check` reports them). */
  readonly unusualIds: readonly { readonly cell: string; readonly id: string }[];
  /** Required fields (title, and the project's `required_fields`) rows leave empty: reported, never invented. */
  readonly missing: readonly { readonly field: RequirementField; readonly rows: readonly number[] }[];
  /** Every non-empty cell of the sheet. */
  readonly cellsRead: number;
  /** Cells that landed in the new file: headers, the title and notes above them, fields and `extra`. */
  readonly cellsPlaced: number;
  /** Cells of columns the user chose to skip. */
  readonly cellsSkipped: number;
}

export interface ImportPlan {
  readonly header: DocumentHeader;
  readonly requirements: readonly ImportedRequirement[];
  readonly summary: ImportSummary;
}

/** The pattern of the requirements schema's requirement IDs. */
const REQUIREMENT_ID = /^[A-Z][A-Z0-9_]*-[0-9]+$/;

/**
 * The sheet's rows below its header as requirements, by the mapping. Every non-empty cell lands somewhere: the
 * first one above the header is the document's title and the others its description, the rest go to a field or
 * to `extra` (only a column the user skips is left out, and counted). IDs are kept as the sheet writes them; a
 * row without one gets the next free ID with the prefix. Rows with no cell of their own are passed over.
 */
export function importPlan(sheet: SheetCells, header: SheetHeader, mapping: readonly ColumnMapping[], context: ImportContext): ImportPlan {
  const read = cellReader(sheet);
  const placed = new Set<string>();
  const place = (row: number, column: number): void => {
    placed.add(`${row},${column}`);
  };
  const above = sheet.rows.slice(0, header.row).flatMap((cells, row) => cells.map((cell, column) => ({ row, column, text: cellText(cell).trim() })).filter((c) => c.text !== ''));
  above.forEach((c) => place(c.row, c.column));
  let cellsSkipped = 0;
  for (const { column, target } of mapping) {
    const at = read(header.row, column);
    if (cellText(at.value).trim() !== '') {
      if (target.kind === 'skip') {
        cellsSkipped += 1;
      } else {
        place(at.row, at.column);
      }
    }
  }

  const extraKeys = extraKeysOf(mapping);
  const columns = mapping.map((m) => ({ ...m, values: 0 }));
  const kept = mapping.filter((m) => m.target.kind !== 'skip').map((m) => m.column);
  const notUnderstood: UnderstoodNot[] = [];
  const requirements: { row: number; data: RequirementData; extra: Record<string, string> }[] = [];
  let blankRows = 0;
  for (let row = header.row + 1; row < sheet.rows.length; row += 1) {
    // A row with nothing of its own (a merged block from above may still cover it) is a blank line of the sheet.
    if (!kept.some((column) => cellText(sheet.rows[row]?.[column] ?? null).trim() !== '')) {
      const own = columns.filter((column) => cellText(sheet.rows[row]?.[column.column] ?? null).trim() !== '');
      own.forEach((column) => (column.values += 1));
      blankRows += own.length === 0 ? 1 : 0;
      cellsSkipped += own.length;
      continue;
    }
    const data: Record<string, string | string[]> = {};
    const extra: Record<string, string> = {};
    for (const column of columns) {
      const at = read(row, column.column);
      const text = cellText(at.value).trim();
      if (text === '') {
        continue;
      }
      column.values += 1;
      const { target } = column;
      if (target.kind === 'skip') {
        cellsSkipped += at.row === row && at.column === column.column ? 1 : 0;
        continue;
      }
      place(at.row, at.column);
      if (target.kind === 'extra') {
        extra[extraKeys.get(column.column) ?? column.header] = typeof at.value === 'string' ? at.value.replace(/\r\n?/g, '\n').trim() : text;
        continue;
      }
      const reading = cellField(target.field, at.value, context.settings);
      if (reading.notUnderstood !== undefined) {
        notUnderstood.push({ cell: `${columnLetters(column.column)}${row + 1}`, field: target.field, text: reading.notUnderstood });
      }
      const previous = data[target.field];
      data[target.field] = Array.isArray(previous) && Array.isArray(reading.value) ? [...new Set([...previous, ...reading.value])] : (reading.value ?? text);
    }
    requirements.push({ row: row + 1, data: data as RequirementData, extra });
  }

  const idColumn = mapping.find((m) => m.target.kind === 'field' && m.target.field === 'id');
  const generatedIds = generateIds(requirements, context);
  const allPlaced = [...placed].length;
  return {
    header: documentHeader(context, above.map((c) => c.text)),
    requirements,
    summary: {
      sheet: sheet.name,
      headerRow: header.row + 1,
      rows: requirements.length,
      columns: columns.map((c) => ({ column: columnLetters(c.column), header: c.header, target: c.target, extraKey: c.target.kind === 'extra' ? extraKeys.get(c.column) : undefined, values: c.values })),
      blankRows,
      notUnderstood,
      generatedIds,
      duplicateIds: duplicates(requirements),
      unusualIds: requirements
        .filter((r) => r.data.id !== undefined && !generatedIds.some((g) => g.row === r.row) && !REQUIREMENT_ID.test(r.data.id))
        .map((r) => ({ cell: `${columnLetters(idColumn?.column ?? 0)}${r.row}`, id: r.data.id ?? '' })),
      missing: missingFields(requirements, context),
      cellsRead: sheet.rows.reduce((sum, cells) => sum + cells.filter((cell) => cellText(cell).trim() !== '').length, 0),
      cellsPlaced: allPlaced,
      cellsSkipped,
    },
  };
}

/** The key of each `extra` column: its header (else `column F`), numbered when two columns share one. */
function extraKeysOf(mapping: readonly ColumnMapping[]): Map<number, string> {
  const keys = new Map<number, string>();
  const used = new Set<string>();
  for (const m of mapping) {
    if (m.target.kind !== 'extra') {
      continue;
    }
    const base = m.header === '' ? `column ${columnLetters(m.column)}` : m.header;
    let key = base;
    for (let n = 2; used.has(key); n += 1) {
      key = `${base} (${n})`;
    }
    used.add(key);
    keys.set(m.column, key);
  }
  return keys;
}

/** New IDs for the rows without one, after the highest number the sheet uses with the prefix. */
function generateIds(requirements: { row: number; data: RequirementData }[], context: ImportContext): { row: number; id: string }[] {
  const ids = requirements.flatMap((r) => (r.data.id === undefined ? [] : [r.data.id]));
  let highest = Math.max(0, ...ids.filter((id) => idPrefix(id) === context.prefix).map((id) => idNumber(id) ?? 0));
  const generated: { row: number; id: string }[] = [];
  for (const requirement of requirements) {
    if (requirement.data.id === undefined) {
      const id = nextRequirementId(context.prefix, highest, ids, context.settings.idDigits);
      highest += 1;
      requirement.data = { id, ...requirement.data };
      generated.push({ row: requirement.row, id });
    }
  }
  return generated;
}

function duplicates(requirements: readonly ImportedRequirement[]): { id: string; rows: number[] }[] {
  const rowsById = new Map<string, number[]>();
  for (const { data, row } of requirements) {
    rowsById.set(data.id ?? '', [...(rowsById.get(data.id ?? '') ?? []), row]);
  }
  return [...rowsById].filter(([, rows]) => rows.length > 1).map(([id, rows]) => ({ id, rows }));
}

function missingFields(requirements: readonly ImportedRequirement[], context: ImportContext): { field: RequirementField; rows: number[] }[] {
  const required = REQUIREMENT_FIELDS.filter((field) => field === 'title' || context.settings.requiredFields.includes(field));
  return required
    .map((field) => ({ field, rows: requirements.filter((r) => isEmpty(r.data[field])).map((r) => r.row) }))
    .filter((m) => m.rows.length > 0);
}

function isEmpty(value: string | string[] | undefined): boolean {
  return value === undefined || value.length === 0;
}

function documentHeader(context: ImportContext, above: readonly string[]): DocumentHeader {
  const [title, ...notes] = above;
  return { prefix: context.prefix, title: title ?? context.title, ...(notes.length > 0 ? { description: notes.join('\n') } : {}) };
}

