import type { Finding, Range, Severity } from '../../src/core/finding';
import type { FileKind, RequirementData } from '../../src/core/model';
import { parseFile, type ParsedFile } from '../../src/core/parsedFile';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';

/**
 * Test data for the core. Exact YAML text matters in most tests (ranges are asserted to the character), so the
 * main tool is the `yaml` tag below; the fluent `workspace()` builder is for tests about several files, where
 * only the shape of the data matters.
 */

/**
 * A dedenting template tag: drops the first line break after the backtick, removes the indentation common to
 * all non-blank lines and the trailing indentation before the closing backtick, and keeps one final newline.
 *
 *   yaml`
 *     id: CR-0001
 *     title: x
 *   `  → "id: CR-0001\ntitle: x\n"
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return `${lines.map((l) => l.slice(common)).join('\n')}\n`;
}

/** 0-based line/character range, written like VS Code shows it minus one: "4:2-4:9". */
export function at(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export interface BriefFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: string;
}

/** A finding as tests compare it: every field, the range in `at` form; related locations left out. */
export function brief(finding: Finding): BriefFinding {
  return { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, range: at(finding.range) };
}

/** Parses one file on its own, with the default size limit. */
export function parse(text: string, kind: FileKind = 'requirements', maxBytes = DEFAULT_SETTINGS.maxFileBytes): ParsedFile {
  return parseFile(kind === 'settings' ? 'reqdesk.yaml' : 'test', text, kind, { maxBytes });
}

/** The problems of one file of an index, optionally of one rule only. */
export function problems(index: WorkspaceIndex, file: string, ruleId?: string): BriefFinding[] {
  return index.findings(file).filter((f) => ruleId === undefined || f.ruleId === ruleId).map(brief);
}

/** The day test indexes judge due dates as of, so that no test depends on the calendar. */
export const TEST_TODAY = '2026-12-07';

/** An index holding exactly the given files, as of TEST_TODAY. */
export function indexOf(files: Readonly<Record<string, string>>): WorkspaceIndex {
  const index = new WorkspaceIndex(TEST_TODAY);
  for (const [file, text] of Object.entries(files)) {
    // Markdown files stand for communication records (the records folder's globs are the discovery's business).
    index.update(file, text, file.endsWith('.md') ? { kind: 'record' } : {});
  }
  return index;
}

/** Requirement fields for the builder; `undefined` leaves a field out. */
export type RequirementSpec = { readonly [K in Exclude<keyof RequirementData, 'id'>]?: RequirementData[K] };

/** The fields every built requirement has unless told otherwise: enough for no rule to complain. */
const CLEAN_REQUIREMENT: RequirementSpec = { title: 'A requirement', priority: 'high', owner: 'alice', status: 'new' };

/**
 * A requirements document in a fixed layout, so that tests can name lines: the header takes lines 0-3; each
 * requirement starts with `  - id: X`, followed one per line by title, priority, owner, status (unless left
 * out) and then the other given fields in the order given. Lists are written in flow style: `[a, b]`.
 */
export class DocumentBuilder {
  private readonly items: string[] = [];

  constructor(private readonly prefix: string, private readonly title: string) {}

  req(id: string, fields: RequirementSpec = {}): this {
    const entries = Object.entries({ ...CLEAN_REQUIREMENT, ...fields }).filter(([, v]) => v !== undefined);
    const lines = [`  - id: ${id}`, ...entries.map(([key, value]) => `    ${key}: ${scalarOrFlow(value)}`)];
    this.items.push(lines.join('\n'));
    return this;
  }

  toYaml(): string {
    const head = `document:\n  prefix: ${this.prefix}\n  title: ${this.title}\n`;
    return this.items.length === 0 ? `${head}requirements: []\n` : `${head}requirements:\n${this.items.join('\n')}\n`;
  }
}

/** Change request fields for the builder; nested mappings are written as block YAML. */
export interface ChangeRequestSpec {
  readonly id: string;
  readonly status: string;
  readonly affects: readonly string[];
  readonly title?: string;
  readonly [field: string]: unknown;
}

export class WorkspaceBuilder {
  private readonly files = new Map<string, string>();

  /** A requirements document, one `req()` per requirement. */
  requirements(file: string, prefix: string, fill: (doc: DocumentBuilder) => DocumentBuilder = (d) => d): this {
    this.files.set(file, fill(new DocumentBuilder(prefix, `${prefix} requirements`)).toYaml());
    return this;
  }

  changeRequest(file: string, spec: ChangeRequestSpec): this {
    const { id, title = `Change ${spec.id}`, ...rest } = spec;
    this.files.set(file, blockYaml({ id, title, ...rest }, 0));
    return this;
  }

  /** reqdesk.yaml or any other file, as literal text. */
  file(file: string, text: string): this {
    this.files.set(file, text);
    return this;
  }

  build(): WorkspaceIndex {
    return indexOf(Object.fromEntries(this.files));
  }
}

export function workspace(): WorkspaceBuilder {
  return new WorkspaceBuilder();
}

function scalarOrFlow(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(scalarOrFlow).join(', ')}]`;
  }
  if (typeof value === 'string') {
    return /^[\w][\w .()/-]*$/.test(value) && !/^(true|false|null|~|\d[\d.:-]*)$/.test(value) ? value : JSON.stringify(value);
  }
  return String(value);
}

function blockYaml(value: Readonly<Record<string, unknown>>, indent: number): string {
  const pad = ' '.repeat(indent);
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([key, v]) => {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        return `${pad}${key}:\n${blockYaml(v as Record<string, unknown>, indent + 2)}`;
      }
      if (Array.isArray(v) && v.some((item) => item !== null && typeof item === 'object')) {
        return `${pad}${key}:\n${v.map((item) => `${pad}  - ${scalarOrFlowMap(item)}\n`).join('')}`;
      }
      return `${pad}${key}: ${scalarOrFlow(v)}\n`;
    })
    .join('');
}

function scalarOrFlowMap(value: unknown): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${scalarOrFlow(v)}`).join(', ')} }`;
  }
  return scalarOrFlow(value);
}
