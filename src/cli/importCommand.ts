import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { isRequirementField, REQUIREMENT_FIELDS } from '../core/model';
import type { ProjectSettings } from '../core/settings';
import { closest } from '../core/schemaValidator';
import { columnLetters, doubleMappedField, findHeaderRow, proposeMapping, type ColumnMapping, type ColumnTarget } from '../core/spreadsheet/columnMapping';
import { csvSheet } from '../core/spreadsheet/csvSheet';
import { headerKey } from '../core/spreadsheet/headerSynonyms';
import { importedFileText } from '../core/spreadsheet/importedFileText';
import { importPlan } from '../core/spreadsheet/importPlan';
import { importPrefix } from '../core/spreadsheet/importPrefix';
import { importSummaryLines } from '../core/spreadsheet/importSummaryLines';
import type { SheetCells } from '../core/spreadsheet/workbookCells';
import { writeFileAtomically } from './atomicWrite';
import { CliError, UsageError, type CliIo } from './cliIo';
import { toKey } from './cliPaths';
import type { ImportCommandLine } from './commandLine';
import { fsErrorReason } from './fsErrorReason';
import { loadSettingsOnly } from './workspaceLoader';

/**
 * Turns a requirements table (.xlsx or .csv) into a new *.req.yaml: finds the header row, maps the columns (as
 * proposed, changed by --map), writes the file and prints where every column went and what the sheet left open.
 * An existing --out is replaced only with --force.
 */
export async function runImport(options: ImportCommandLine, io: CliIo): Promise<number> {
  const source = toKey(io.cwd, options.file);
  const out = toKey(io.cwd, options.out);
  if (!options.force && (await exists(out))) {
    throw new CliError(`${options.out} already exists: add --force to replace it`);
  }
  const bytes = await readFile(source).catch((error: unknown) => {
    throw new CliError(`${options.file}: ${fsErrorReason(error)}`);
  });
  const sheet = chooseSheet(await sheetsOf(source, bytes, options.file), options.sheet, options.file);
  const header = findHeaderRow(sheet, options.map.map((m) => m.header));
  if (header === undefined) {
    throw new CliError(`${options.file}: no header row in the first 20 rows of sheet ${sheet.name} (no two cells name a field such as ID, Title, 编号, 需求名称); name the columns with --map 'Header=field'`);
  }
  const mapping = remapped(proposeMapping(sheet, header), options.map);
  const doubled = doubleMappedField(mapping);
  if (doubled !== undefined) {
    throw new UsageError(`--map maps two columns to ${doubled}: one of them would be lost (map one to extra)`);
  }
  const settings = await projectSettings(out, io.cwd);
  const prefix = options.prefix ?? importPrefix(sheet, header, mapping, basename(source));
  const plan = importPlan(sheet, header, mapping, { settings, prefix, title: basename(source, extname(source)) });
  await writeFileAtomically(out, new TextEncoder().encode(importedFileText(plan))).catch((error: unknown) => {
    throw new CliError(`${options.out}: ${fsErrorReason(error)}`);
  });
  io.stdout.write(`Wrote ${options.out} (prefix ${prefix}) from ${options.file}\n`);
  for (const line of importSummaryLines(plan.summary)) {
    io.stdout.write(`  ${line.message}\n`);
  }
  return 0;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

async function sheetsOf(path: string, bytes: Uint8Array, shown: string): Promise<readonly SheetCells[]> {
  switch (extname(path).toLowerCase()) {
    case '.csv':
      return [csvSheet(bytes, basename(path, extname(path))).sheet];
    case '.xlsx': {
      const { readWorkbook, WorkbookReadError } = await import('../workbook/workbookCodec.js');
      try {
        return (await readWorkbook(bytes)).sheets;
      } catch (error) {
        throw error instanceof WorkbookReadError ? new CliError(`${shown}: ${error.message}`) : error;
      }
    }
    default:
      throw new CliError(`${shown} is not an .xlsx or .csv file`);
  }
}

/** The sheet named by --sheet (exactly, else ignoring case), else the first visible sheet with a header row. */
function chooseSheet(sheets: readonly SheetCells[], wanted: string | undefined, shown: string): SheetCells {
  const names = sheets.map((s) => s.name).join(', ');
  if (wanted !== undefined) {
    const found = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!found) {
      throw new CliError(`${shown} has no sheet '${wanted}' (its sheets: ${names})`);
    }
    return found;
  }
  const visible = sheets.filter((s) => !s.hidden);
  const sheet = visible.find((s) => findHeaderRow(s) !== undefined) ?? visible[0];
  if (!sheet) {
    throw new CliError(`${shown} has no visible sheet`);
  }
  return sheet;
}

/** The proposed mapping with --map's changes: each names a column by its header (or its letters) and a field, extra or skip. */
function remapped(mapping: readonly ColumnMapping[], changes: ImportCommandLine['map']): ColumnMapping[] {
  const result = [...mapping];
  for (const change of changes) {
    const index = result.findIndex((m) => headerKey(m.header) === headerKey(change.header) && m.header !== '');
    const byLetters = index === -1 ? result.findIndex((m) => columnLetters(m.column) === change.header.toUpperCase()) : index;
    if (byLetters === -1) {
      throw new UsageError(`--map names no column of the sheet: '${change.header}' (its headers: ${mapping.map((m) => m.header || columnLetters(m.column)).join(', ')})`);
    }
    result[byLetters] = { ...result[byLetters], target: target(change.target) };
  }
  return result;
}

function target(name: string): ColumnTarget {
  if (name === 'extra' || name === 'skip') {
    return { kind: name };
  }
  if (isRequirementField(name)) {
    return { kind: 'field', field: name };
  }
  const guess = closest(name, [...REQUIREMENT_FIELDS, 'extra', 'skip']);
  throw new UsageError(`--map: '${name}' is no requirement field, extra or skip${guess ? ` (did you mean '${guess}'?)` : ''}`);
}

/**
 * The settings of the reqdesk.yaml that will apply to the new file (its vocabularies, ID digits, required fields):
 * only the settings files are read, not the requirements around it.
 */
async function projectSettings(out: string, cwd: string): Promise<ProjectSettings> {
  return (await loadSettingsOnly([dirname(out)], cwd)).settingsFor(out);
}
