import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isDate } from '../core/changeRequests/utcTimestamp';
import { closest } from '../core/schemaValidator';
import { UsageError } from './cliIo';

export type CheckFormat = 'text' | 'json';
export type ListFormat = 'table' | 'csv' | 'json';
export type ChangesFormat = 'md' | 'csv' | 'json';
export type ExportFormat = 'spec-md' | 'spec-html';
export type ActionsFormat = 'table' | 'csv' | 'json';

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

export type CommandLine =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | CheckCommandLine
  | ListCommandLine
  | SetCommandLine
  | ChangesCommandLine
  | ExportCommandLine
  | ActionsCommandLine;

const COMMANDS = ['check', 'list', 'set', 'changes', 'export', 'actions'] as const;
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
    case 'changes':
      return parseChanges(rest);
    case 'export':
      return parseExport(rest);
    case 'actions':
      return parseActions(rest);
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
  return { command: 'export', paths: positionals, format: oneOf('export', values.format, ['spec-md', 'spec-html'] as const), out: outFile('export', values.out) };
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
