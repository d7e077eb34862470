import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isDate } from '../core/changeRequests/utcTimestamp';
import { closest } from '../core/schemaValidator';
import { PREFIX_PATTERN } from '../core/spreadsheet/importPrefix';
import { UsageError } from './cliIo';

export type CheckFormat = 'text' | 'json';
export type ListFormat = 'table' | 'csv' | 'json';
export type ChangesFormat = 'md' | 'csv' | 'json';
export type ReportFormat = 'md' | 'html' | 'json';
export type ReportLanguage = 'en' | 'zh-cn';
export type ExportFormat = 'spec-md' | 'spec-html' | 'xlsx' | 'csv' | 'md';
export type CompareFormat = 'text' | 'json';
export type ActionsFormat = 'table' | 'csv' | 'json';
export type TraceFormat = 'md' | 'csv' | 'json';

export interface CheckCommandLine {
  readonly command: 'check';
  readonly paths: readonly string[];
  readonly strict: boolean;
  readonly format: CheckFormat;
  /** The day dates are judged as of (YYYY-MM-DD, checked); undefined: REQDESK_TODAY, else the local date. */
  readonly asOf: string | undefined;
}

export interface ListCommandLine {
  readonly command: 'list';
  readonly paths: readonly string[];
  readonly statuses: readonly string[];
  readonly owners: readonly string[];
  readonly priorities: readonly string[];
  /** Only requirements past their due date and not done. */
  readonly overdue: boolean;
  readonly format: ListFormat;
  readonly asOf: string | undefined;
}

export interface SetCommandLine {
  readonly command: 'set';
  readonly id: string;
  readonly field: string;
  readonly value: string;
  readonly paths: readonly string[];
}

export interface ReviewCommandLine {
  readonly command: 'review';
  /** The requirements whose links are stamped (the arguments shaped like IDs; the others are paths). */
  readonly ids: readonly string[];
  readonly paths: readonly string[];
  /** Print what would be stamped, write nothing. */
  readonly dryRun: boolean;
}

export interface ChangesCommandLine {
  readonly command: 'changes';
  readonly paths: readonly string[];
  readonly statuses: readonly string[];
  readonly customer: string | undefined;
  /** YYYY-MM-DD, checked. */
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly format: ChangesFormat;
  /** Written there instead of printed; the Markdown's IDs then link to the files relative to it. */
  readonly out: string | undefined;
}

export interface ExportCommandLine {
  readonly command: 'export';
  readonly paths: readonly string[];
  readonly format: ExportFormat;
  readonly out: string | undefined;
}

export interface ImportCommandLine {
  readonly command: 'import';
  /** The .xlsx or .csv file. */
  readonly file: string;
  readonly sheet: string | undefined;
  readonly prefix: string | undefined;
  /** `--map 'Header=field,…'`: columns mapped otherwise than proposed (a field, `extra` or `skip`), in order. */
  readonly map: readonly { readonly header: string; readonly target: string }[];
  /** The new *.req.yaml. */
  readonly out: string;
  /** Replace --out when it exists. */
  readonly force: boolean;
}

export interface CompareCommandLine {
  readonly command: 'compare';
  /** The returned workbook (.xlsx). */
  readonly workbook: string;
  /** Where the requirements are (default: the current folder). */
  readonly paths: readonly string[];
  readonly format: CompareFormat;
}

export interface ActionsCommandLine {
  readonly command: 'actions';
  readonly paths: readonly string[];
  /** Only actions not done yet. */
  readonly open: boolean;
  /** Only actions of these people (roster ids as written in `who`). */
  readonly who: readonly string[];
  readonly format: ActionsFormat;
  readonly asOf: string | undefined;
}

export interface ReportCommandLine {
  readonly command: 'report';
  readonly paths: readonly string[];
  readonly asOf: string | undefined;
  readonly format: ReportFormat;
  readonly lang: ReportLanguage;
  readonly out: string | undefined;
}

export interface ImpactCommandLine {
  readonly command: 'impact';
  readonly id: string;
  readonly paths: readonly string[];
  /** How many links back to follow; the project's `trace.impact_depth` when not given. */
  readonly depth: number | undefined;
  readonly format: 'text' | 'json';
}

export interface TraceCommandLine {
  readonly command: 'trace';
  readonly paths: readonly string[];
  readonly format: TraceFormat;
  /** Only the requirements no test mentions. */
  readonly uncovered: boolean;
  /** Exit 1 when a done or accepted requirement has no test mentioning it. */
  readonly strict: boolean;
  readonly out: string | undefined;
}

export type CommandLine =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | CheckCommandLine
  | ListCommandLine
  | SetCommandLine
  | ReviewCommandLine
  | ChangesCommandLine
  | ExportCommandLine
  | ImportCommandLine
  | CompareCommandLine
  | ActionsCommandLine
  | ReportCommandLine
  | TraceCommandLine
  | ImpactCommandLine;

const COMMANDS = ['check', 'list', 'set', 'review', 'changes', 'export', 'import', 'compare', 'actions', 'report', 'trace', 'impact'] as const;
const HELP = { help: { type: 'boolean', short: 'h' } } as const;
/** For the commands that judge dates: CI fixes "today" so that a build does not change with the calendar. */
const AS_OF = { 'as-of': { type: 'string' } } as const;

/** Reads argv (without node and the script); throws UsageError on anything it does not understand. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) {
    throw new UsageError('missing command');
  }
  if (first === '-h' || first === '--help' || first === 'help') {
    return { command: 'help' };
  }
  if (first === '-v' || first === '--version') {
    return { command: 'version' };
  }
  switch (first) {
    case 'check':
      return parseCheck(rest);
    case 'list':
      return parseList(rest);
    case 'set':
      return parseSet(rest);
    case 'review':
      return parseReview(rest);
    case 'changes':
      return parseChanges(rest);
    case 'report':
      return parseReport(rest);
    case 'export':
      return parseExport(rest);
    case 'import':
      return parseImport(rest);
    case 'compare':
      return parseCompare(rest);
    case 'actions':
      return parseActions(rest);
    case 'trace':
      return parseTrace(rest);
    case 'impact':
      return parseImpact(rest);
  }
  if (first.startsWith('-')) {
    throw new UsageError(`unknown option '${first}'`);
  }
  const guess = closest(first, COMMANDS);
  throw new UsageError(`unknown command '${first}'${guess ? ` (did you mean '${guess}'?)` : ''}`);
}

function parseCheck(args: readonly string[]): CommandLine {
  const { values, positionals } = parse('check', args, {
    ...HELP,
    strict: { type: 'boolean' },
    format: { type: 'string' },
    ...AS_OF,
  });
  if (values.help) {
    return { command: 'help' };
  }
  return {
    command: 'check',
    paths: positionals,
    strict: values.strict === true,
    format: oneOf('check', values.format, ['text', 'json'] as const),
    asOf: asOfDate('check', values['as-of']),
  };
}

function parseList(args: readonly string[]): CommandLine {
  const { values, positionals } = parse('list', args, {
    ...HELP,
    status: { type: 'string', multiple: true },
    owner: { type: 'string', multiple: true },
    priority: { type: 'string', multiple: true },
    overdue: { type: 'boolean' },
    format: { type: 'string' },
    ...AS_OF,
  });
  if (values.help) {
    return { command: 'help' };
  }
  return {
    command: 'list',
    paths: positionals,
    statuses: splitValues(values.status),
    owners: splitValues(values.owner),
    priorities: splitValues(values.priority),
    overdue: values.overdue === true,
    format: oneOf('list', values.format, ['table', 'csv', 'json'] as const),
    asOf: asOfDate('list', values['as-of']),
  };
}

function parseActions(args: readonly string[]): CommandLine {
  const { values, positionals } = parse('actions', args, {
    ...HELP,
    open: { type: 'boolean' },
    who: { type: 'string', multiple: true },
    format: { type: 'string' },
    ...AS_OF,
  });
  if (values.help) {
    return { command: 'help' };
  }
  return {
    command: 'actions',
    paths: positionals,
    open: values.open === true,
    who: splitValues(values.who),
    format: oneOf('actions', values.format, ['table', 'csv', 'json'] as const),
    asOf: asOfDate('actions', values['as-of']),
  };
}

function parseReport(args: readonly string[]): CommandLine {
  const { values, positionals } = parse('report', args, { ...HELP, format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' }, ...AS_OF });
  if (values.help) {
    return { command: 'help' };
  }
  const lang = values.lang === undefined ? 'en' : String(values.lang).toLowerCase();
  if (lang !== 'en' && lang !== 'zh-cn') {
    throw new UsageError(`--lang must be en or zh-cn for reqdesk report (it is '${String(values.lang)}')`);
  }
  return {
    command: 'report',
    paths: positionals,
    asOf: asOfDate('report', values['as-of']),
    format: oneOf('report', values.format, ['md', 'html', 'json'] as const),
    lang,
    out: outFile('report', values.out),
  };
}

function parseSet(args: readonly string[]): CommandLine {
  const { values, positionals } = parse('set', args, HELP);
  if (values.help) {
    return { command: 'help' };
  }
  const [id, field, value, ...paths] = positionals;
  if (id === undefined || field === undefined || value === undefined) {
    throw new UsageError('set needs <ID> <field> <value>, e.g. reqdesk set PORTAL-001 status done');
  }
  return { command: 'set', id, field, value, paths };
}

function parseReview(args: readonly string[]): CommandLine {
  const { values, positionals } = parse('review', args, { ...HELP, 'dry-run': { type: 'boolean' } });
  if (values.help) {
    return { command: 'help' };
  }
  // An ID is never a path ReqDesk reads (those are *.yaml files and folders), so the two need no separator.
  const isId = (arg: string): boolean => /^[A-Z][A-Z0-9_]*-[0-9]+$/.test(arg);
  const ids = positionals.filter(isId);
  if (ids.length === 0) {
    throw new UsageError('review needs at least one <ID>, e.g. reqdesk review PORTAL-002');
  }
  return { command: 'review', ids, paths: positionals.filter((arg) => !isId(arg)), dryRun: values['dry-run'] === true };
}

function parseChanges(args: readonly string[]): CommandLine {
  const { values, positionals } = parse('changes', args, {
    ...HELP,
    status: { type: 'string', multiple: true },
    customer: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.help) {
    return { command: 'help' };
  }
  const date = (option: 'from' | 'to'): string | undefined => {
    const value = values[option];
    if (value !== undefined && (typeof value !== 'string' || !isDate(value))) {
      throw new UsageError(`--${option} must be a date like 2026-07-01 for reqdesk changes (it is '${String(value)}')`);
    }
    return value;
  };
  const from = date('from');
  const to = date('to');
  if (from !== undefined && to !== undefined && from > to) {
    throw new UsageError(`--from ${from} is after --to ${to}: no change request can match`);
  }
  const customer = typeof values.customer === 'string' && values.customer.trim() !== '' ? values.customer.trim() : undefined;
  return {
    command: 'changes',
    paths: positionals,
    statuses: splitValues(values.status),
    customer,
    from,
    to,
    format: oneOf('changes', values.format, ['md', 'csv', 'json'] as const),
    out: outFile('changes', values.out),
  };
}

function parseExport(args: readonly string[]): CommandLine {
  const { values, positionals } = parse('export', args, { ...HELP, format: { type: 'string' }, out: { type: 'string' } });
  if (values.help) {
    return { command: 'help' };
  }
  return { command: 'export', paths: positionals, format: oneOf('export', values.format, ['spec-md', 'spec-html', 'xlsx', 'csv', 'md'] as const), out: outFile('export', values.out) };
}

function parseTrace(args: readonly string[]): CommandLine {
  const { values, positionals } = parse('trace', args, {
    ...HELP, format: { type: 'string' }, uncovered: { type: 'boolean' }, strict: { type: 'boolean' }, out: { type: 'string' },
  });
  if (values.help) {
    return { command: 'help' };
  }
  return {
    command: 'trace',
    paths: positionals,
    format: oneOf('trace', values.format, ['md', 'csv', 'json'] as const),
    uncovered: values.uncovered === true,
    strict: values.strict === true,
    out: outFile('trace', values.out),
  };
}

function parseImpact(args: readonly string[]): CommandLine {
  const { values, positionals } = parse('impact', args, { ...HELP, depth: { type: 'string' }, format: { type: 'string' } });
  if (values.help) {
    return { command: 'help' };
  }
  const [id, ...paths] = positionals;
  if (id === undefined || !/^CR-[0-9]+$/.test(id)) {
    throw new UsageError('impact needs a change request ID, e.g. reqdesk impact CR-0002');
  }
  const depth = values.depth === undefined ? undefined : Number(values.depth);
  if (depth !== undefined && !(Number.isInteger(depth) && depth >= 1 && depth <= 20)) {
    throw new UsageError(`impact --depth takes a whole number from 1 to 20, not '${values.depth ?? ''}'`);
  }
  return { command: 'impact', id, paths, depth, format: oneOf('impact', values.format, ['text', 'json'] as const) };
}

function parseImport(args: readonly string[]): CommandLine {
  const { values, positionals } = parse('import', args, {
    ...HELP,
    sheet: { type: 'string' },
    prefix: { type: 'string' },
    map: { type: 'string', multiple: true },
    out: { type: 'string' },
    force: { type: 'boolean' },
  });
  if (values.help) {
    return { command: 'help' };
  }
  const [file, ...more] = positionals;
  if (file === undefined || more.length > 0) {
    throw new UsageError('import needs one spreadsheet file, e.g. reqdesk import table.xlsx --out table.req.yaml');
  }
  const out = outFile('import', values.out);
  if (out === undefined) {
    throw new UsageError('import needs --out FILE.req.yaml: the requirements file to write');
  }
  if (!/\.req\.ya?ml$/i.test(out)) {
    throw new UsageError(`--out must name a requirements file (*.req.yaml) for reqdesk import (it is '${out}')`);
  }
  const prefix = typeof values.prefix === 'string' ? values.prefix.trim() : undefined;
  if (prefix !== undefined && (!PREFIX_PATTERN.test(prefix) || prefix === 'CR')) {
    throw new UsageError(`--prefix must be capital letters, digits or _ starting with a letter, and not CR, for reqdesk import (it is '${prefix}')`);
  }
  return {
    command: 'import',
    file,
    sheet: typeof values.sheet === 'string' ? values.sheet : undefined,
    prefix,
    map: columnMap(values.map),
    out,
    force: values.force === true,
  };
}

/** `Header=field` pairs, comma-separated or repeated; a header may hold `=` up to the last one. */
function columnMap(value: unknown): { header: string; target: string }[] {
  const raw = Array.isArray(value) ? value.map(String) : [];
  return raw.flatMap((v) => v.split(',')).map((pair) => pair.trim()).filter((pair) => pair !== '').map((pair) => {
    const equals = pair.lastIndexOf('=');
    const header = pair.slice(0, Math.max(equals, 0)).trim();
    const target = pair.slice(equals + 1).trim();
    if (equals <= 0 || header === '' || target === '') {
      throw new UsageError(`--map takes Header=field pairs for reqdesk import (it has '${pair}')`);
    }
    return { header, target };
  });
}

function parseCompare(args: readonly string[]): CommandLine {
  const { values, positionals } = parse('compare', args, { ...HELP, format: { type: 'string' } });
  if (values.help) {
    return { command: 'help' };
  }
  const [workbook, ...paths] = positionals;
  if (workbook === undefined) {
    throw new UsageError('compare needs the workbook, e.g. reqdesk compare returned.xlsx');
  }
  return { command: 'compare', workbook, paths, format: oneOf('compare', values.format, ['text', 'json'] as const) };
}

function outFile(command: string, value: unknown): string | undefined {
  if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
    throw new UsageError(`--out needs a file name for reqdesk ${command}`);
  }
  return value;
}

function asOfDate(command: string, value: unknown): string | undefined {
  if (value !== undefined && (typeof value !== 'string' || !isDate(value))) {
    throw new UsageError(`--as-of must be a date like 2026-12-07 for reqdesk ${command} (it is '${String(value)}')`);
  }
  return value;
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed = { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };

function parse(command: string, args: readonly string[], options: Options): Parsed {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains in long sentences; the first clause says what went wrong.
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    throw new UsageError(`${message.charAt(0).toLowerCase()}${message.slice(1)} (reqdesk ${command})`);
  }
}

function oneOf<T extends string>(command: string, value: unknown, allowed: readonly T[]): T {
  if (value === undefined) {
    return allowed[0];
  }
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    const choices = `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
    throw new UsageError(`--format must be ${choices} for reqdesk ${command} (it is '${String(value)}')`);
  }
  return found;
}

/** Filters may be repeated (--status new --status done) or comma-separated (--status new,done). */
function splitValues(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return raw.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter((v) => v !== '');
}
