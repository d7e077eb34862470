import { isMap, isSeq, type Node } from 'yaml';
import { collectFieldSpans } from './fieldSpans';
import { capFindings, type Finding } from './finding';
import type { TextProblem } from './fileText';
import { defineMessages, localized, phrase } from './messages';
import {
  type BaselineEntry, type ChangeRequest, type ChangeRequestData, type DocumentHeader, type FileKind, type HistoryEntry, isListField, REQUIREMENT_FIELDS,
  isRequirementField, type Requirement, type RequirementData,
} from './model';
import { LineMap } from './lineMap';
import type { CommunicationRecord } from './records/communicationRecord';
import { frontMatterYaml, splitFrontMatter } from './records/frontMatter';
import { settingsPlaces, type SettingsPlaces } from './project/settingsPlaces';
import { readRecord } from './records/recordReader';
import type { Risk } from './risks/risk';
import { readRisks } from './risks/riskReader';
import { linkStamps, splitLink } from './trace/linkStamp';
import { headRange, validateAgainstSchema } from './schemaValidator';
import type { SettingsFileData } from './settings';
import { asNumber, asRecord, asString, asStringList, defined } from './values';
import { findPair } from './yamlPath';
import { parseYamlSource, stripBom } from './yamlSource';

/**
 * Everything the index keeps of one file: plain data (structured-clonable, JSON-serialisable), so it can be made
 * in a worker and persisted. The YAML document itself is not kept: it costs far more memory.
 */
export interface ParsedFile {
  readonly file: string;
  readonly kind: FileKind;
  /** Problems found by reading the file alone: YAML syntax, schema, size. */
  readonly findings: readonly Finding[];
  readonly hasSyntaxErrors: boolean;
  readonly header: Readonly<DocumentHeader>;
  readonly requirements: readonly Requirement[];
  readonly changeRequest: ChangeRequest | undefined;
  readonly settings: SettingsFileData | undefined;
  /** Where reqdesk.yaml's values that project rules point at are (kind `settings`). */
  readonly settingsPlaces?: SettingsPlaces;
  /** A communication record's front matter and the IDs it mentions (kind `record`). */
  readonly record: CommunicationRecord | undefined;
  /** A risk register's risks, in file order (kind `risks`). */
  readonly risks: readonly Risk[];
}

export interface ParseOptions {
  readonly maxBytes: number;
  readonly byteSize?: number;
  /** What decodeFileText found wrong with the file's bytes, if anything. */
  readonly textProblem?: TextProblem;
  /** Read with `yaml`'s Document even where the fast reader could: the differential tests compare the two. */
  readonly yamlOnly?: boolean;
}

/** A file whose top level is not a mapping: what it holds ({0}), then what its kind needs ({1}). */
export const ROOT_MESSAGES = defineMessages({
  notAMapping: 'The file {0}. {1}.',
  empty: 'is empty',
  list: 'holds a list at the top level',
  scalar: 'holds a single value at the top level',
  requirementsNeeds: 'A requirements document needs a mapping with document: and requirements:',
  changeRequestNeeds: 'A change request needs a mapping with id:, title:, status: and affects:',
  settingsNeeds: 'reqdesk.yaml needs a mapping of settings',
  recordNeeds: 'A communication record needs front matter with kind:, on: and subject:',
  risksNeeds: 'A risk register needs a mapping with risks:',
  /** Markdown files in the records folder. */
  noFrontMatter: 'A communication record starts with YAML front matter: a first line ---, then kind:, on: and subject:, then a line ---.',
  unclosedFrontMatter: 'The front matter is not closed: a line --- should end it, before the text of the record.',
});

const ROOT_NOUN: Record<FileKind, string> = {
  requirements: ROOT_MESSAGES.requirementsNeeds,
  'change-request': ROOT_MESSAGES.changeRequestNeeds,
  settings: ROOT_MESSAGES.settingsNeeds,
  record: ROOT_MESSAGES.recordNeeds,
  risks: ROOT_MESSAGES.risksNeeds,
};

/** Problems of reading one file (YAML, schema) kept per file; the index caps all of a file's problems again. */
export const MAX_READING_PROBLEMS = 100;

/** Problems with a file's bytes and with reading it at all. */
export const READ_MESSAGES = defineMessages({
  binary: 'The file holds NUL bytes, so it is not a text file: it was not read.',
  utf16: 'The file is saved as UTF-16, and ReqDesk reads UTF-8 only: it was not read. Save it as UTF-8 (in VS Code: Save with Encoding, UTF-8).',
  invalidUtf8: 'The file is not valid UTF-8 from here on: bytes that are not UTF-8 read as \uFFFD, and ReqDesk does not edit the file. Save it as UTF-8.',
  /** {0}: what went wrong, in English (a reader's own message). */
  unreadable: 'ReqDesk could not read this file ({0}). The rest of the workspace is checked as usual; please report this with the file.',
});

/**
 * Reads one file into what the index keeps. Never throws: whatever goes wrong reading a file becomes a problem of
 * that file (file-unreadable), so that one file can never stop a workspace from being checked.
 */
export function parseFile(file: string, text: string, kind: FileKind, options: ParseOptions): ParsedFile {
  try {
    const parsed = parseFileUnguarded(file, text, kind, options);
    return parsed.findings.length > MAX_READING_PROBLEMS ? { ...parsed, findings: capFindings(parsed.findings, MAX_READING_PROBLEMS) } : parsed;
  } catch (error) {
    return unreadableFile(file, kind, text, error instanceof Error ? error.message : String(error));
  }
}

/** What the index keeps of a file that could not be read: one problem at its start, no data. */
export function unreadableFile(file: string, kind: FileKind, text: string, reason: string): ParsedFile {
  const firstLine = text.search(/[\r\n]/);
  return {
    file, kind, hasSyntaxErrors: true, header: {}, requirements: [], changeRequest: undefined, settings: undefined, record: undefined, risks: [],
    findings: [{
      ruleId: 'file-unreadable', severity: 'error',
      ...localized(READ_MESSAGES.unreadable, reason.split('\n')[0].slice(0, 200)),
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(firstLine === -1 ? text.length : firstLine, 200) } },
    }],
  };
}

function parseFileUnguarded(file: string, text: string, kind: FileKind, options: ParseOptions): ParsedFile {
  const problem = options.textProblem;
  if (problem && problem.kind !== 'invalid-utf8') {
    return {
      file, kind, hasSyntaxErrors: true, header: {}, requirements: [], changeRequest: undefined, settings: undefined, record: undefined, risks: [],
      findings: [{
        ruleId: 'file-encoding', severity: 'error',
        ...localized(problem.kind === 'binary' ? READ_MESSAGES.binary : READ_MESSAGES.utf16),
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      }],
    };
  }
  const markdown = kind === 'record' ? stripBom(text) : undefined;
  // A file over the size limit is reported as such (by parseYamlSource), not searched for its front matter.
  const split = markdown === undefined || (options.byteSize ?? text.length) > options.maxBytes ? undefined : splitFrontMatter(markdown);
  if (markdown !== undefined && split && !split.found) {
    return noFrontMatter(file, markdown, split.reason);
  }
  const source = parseYamlSource(markdown !== undefined && split?.found ? frontMatterYaml(markdown, split) : text, { ...options, fast: !options.yamlOnly });
  const { value } = source;
  // A record's ranges are the Markdown file's: the YAML text is its front matter at the same offsets.
  const lineMap = markdown === undefined ? source.lineMap : new LineMap(markdown);
  const rootNode = source.root;
  const findings = [...source.findings];
  if (problem?.kind === 'invalid-utf8') {
    const line = lineMap.position(problem.offset).line;
    findings.unshift({ ruleId: 'file-encoding', severity: 'error', ...localized(READ_MESSAGES.invalidUtf8), range: lineMap.range(problem.offset, Math.max(problem.offset, lineMap.lineEnd(line))) });
  }
  const empty: ParsedFile = {
    file, kind, findings, hasSyntaxErrors: source.hasSyntaxErrors || problem !== undefined,
    header: {}, requirements: [], changeRequest: undefined, settings: undefined, record: undefined, risks: [],
  };
  if (rootNode === undefined || value === undefined) {
    return empty;
  }
  const root = asRecord(value);
  if (!root || !rootNode) {
    const what = value === null ? ROOT_MESSAGES.empty : Array.isArray(value) ? ROOT_MESSAGES.list : ROOT_MESSAGES.scalar;
    findings.push({
      ruleId: value === null ? 'empty-file' : 'invalid-root',
      severity: value === null && kind === 'settings' ? 'info' : 'error',
      ...localized(ROOT_MESSAGES.notAMapping, phrase(what), phrase(ROOT_NOUN[kind])),
      range: rootNode?.range ? lineMap.range(rootNode.range[0], Math.min(rootNode.range[1], lineMap.lineEnd(lineMap.position(rootNode.range[0]).line))) : lineMap.range(0, 0),
    });
    return empty;
  }
  if (!source.hasSyntaxErrors) {
    const schema = validateAgainstSchema(kind, value, rootNode, lineMap, MAX_READING_PROBLEMS);
    findings.push(...schema.findings);
    if (schema.omitted > 0) {
      // Counted, not placed: the summary keeps their severity (schema problems are errors).
      const kept = capFindings(findings, MAX_READING_PROBLEMS, { count: schema.omitted, severity: 'error' });
      findings.splice(0, findings.length, ...kept);
    }
  }
  switch (kind) {
    case 'requirements': {
      const header = readHeader(root.document);
      return { ...empty, header, requirements: readRequirements(file, root.requirements, rootNode, header, lineMap) };
    }
    case 'change-request':
      return { ...empty, changeRequest: readChangeRequest(file, root, rootNode, lineMap) };
    case 'settings':
      return { ...empty, settings: root as SettingsFileData, settingsPlaces: settingsPlaces(rootNode, lineMap) };
    case 'record':
      return markdown !== undefined && split?.found ? { ...empty, record: readRecord(file, markdown, split, root, rootNode, lineMap) } : empty;
    case 'risks':
      return { ...empty, risks: readRisks(file, root, rootNode, lineMap) };
  }
}

/**
 * A Markdown file in the records folder without (closed) front matter: one problem at its start, no record. A file
 * with none at all may be a plain note kept there before records existed: information, so that CI does not fail on
 * it; front matter begun and never closed is an error.
 */
function noFrontMatter(file: string, text: string, reason: 'missing' | 'unclosed'): ParsedFile {
  const lineMap = new LineMap(text);
  return {
    file, kind: 'record', hasSyntaxErrors: true, header: {}, requirements: [], changeRequest: undefined, settings: undefined, record: undefined, risks: [],
    findings: [{
      ruleId: 'record-front-matter', severity: reason === 'missing' ? 'info' : 'error',
      ...localized(reason === 'missing' ? ROOT_MESSAGES.noFrontMatter : ROOT_MESSAGES.unclosedFrontMatter),
      range: lineMap.range(0, lineMap.lineEnd(0)),
    }],
  };
}

function readHeader(value: unknown): DocumentHeader {
  const header = asRecord(value) ?? {};
  return defined({
    prefix: asString(header.prefix),
    title: asString(header.title),
    customer: asString(header.customer),
    description: asString(header.description),
    version: asString(header.version),
  });
}

function readRequirements(file: string, value: unknown, rootNode: Node, header: DocumentHeader, lineMap: LineMap): Requirement[] {
  const seq = findPair(rootNode, 'requirements')?.value;
  if (!Array.isArray(value) || !isSeq(seq)) {
    return [];
  }
  const requirements: Requirement[] = [];
  value.forEach((raw, index) => {
    const node = seq.items[index] as Node | null;
    const item = asRecord(raw);
    if (!item || !isMap(node) || !node.range) {
      return;
    }
    const data = readRequirementData(item);
    requirements.push({
      data,
      linkStamps: linkStamps(asStringList(item.links)),
      id: data.id ?? '',
      file,
      document: header,
      index,
      range: lineMap.range(node.range[0], node.range[1]),
      headRange: headRange(node, lineMap) ?? lineMap.range(node.range[0], node.range[1]),
      fields: collectFieldSpans(node, 1),
      lines: lineMap.lineStarts,
    });
  });
  return requirements;
}

export function readRequirementData(item: Record<string, unknown>): RequirementData {
  // Field by field rather than through defined({...}): this runs for every requirement of every file.
  const data: Record<string, string | string[]> = {};
  for (const field of REQUIREMENT_FIELDS) {
    const value = isListField(field) ? asStringList(item[field]) : asString(item[field]);
    if (value !== undefined) {
      // A stamped link (`PORTAL-001@1:9c41e07b`) is a link to its ID: every reader of links sees that; the stamps stay beside.
      data[field] = field === 'links' && Array.isArray(value) ? value.map((link) => splitLink(link).id) : value;
    }
  }
  return data as RequirementData;
}

function readChangeRequest(file: string, root: Record<string, unknown>, rootNode: Node, lineMap: LineMap): ChangeRequest {
  const impact = asRecord(root.impact);
  const decision = asRecord(root.decision);
  const signoff = asRecord(root.customer_signoff);
  const proposed = asRecord(root.proposed);
  const baseline = asRecord(root.baseline);
  const data: ChangeRequestData = defined({
    id: asString(root.id),
    title: asString(root.title),
    status: asString(root.status),
    requested_by: asString(root.requested_by),
    requested_on: asString(root.requested_on),
    channel: asString(root.channel),
    source_record: asString(root.source_record),
    affects: asStringList(root.affects),
    reason: asString(root.reason),
    description: asString(root.description),
    expected_effect: asString(root.expected_effect),
    proposed: proposed
      ? Object.fromEntries(Object.entries(proposed).flatMap(([id, fields]) => (asRecord(fields) ? [[id, asRecord(fields) ?? {}]] : [])))
      : undefined,
    baseline: baseline
      ? Object.fromEntries(Object.entries(baseline).flatMap(([id, entry]) => {
          const read = readBaselineEntry(entry);
          return read === undefined ? [] : [[id, read]];
        }))
      : undefined,
    impact: impact
      ? defined({
          schedule_days: asNumber(impact.schedule_days),
          cost: asNumber(impact.cost),
          effort_hours: asNumber(impact.effort_hours),
          resources: asString(impact.resources),
          risk: asString(impact.risk),
          risks: asStringList(impact.risks),
          related: asStringList(impact.related),
          notes: asString(impact.notes),
        })
      : undefined,
    decision: decision
      ? defined({ outcome: asString(decision.outcome), by: asStringList(decision.by), on: asString(decision.on), rationale: asString(decision.rationale) })
      : undefined,
    customer_signoff: signoff ? defined({ by: asString(signoff.by), on: asString(signoff.on) }) : undefined,
    history: Array.isArray(root.history) ? root.history.map(readHistoryEntry) : undefined,
  });
  const r = rootNode.range ?? [0, 0];
  return { data, id: data.id ?? '', file, range: lineMap.range(r[0], r[1]), fields: collectFieldSpans(rootNode, 2), lines: lineMap.lineStarts };
}

function readHistoryEntry(raw: unknown): HistoryEntry {
  const entry = asRecord(raw) ?? {};
  return defined({
    on: asString(entry.on),
    by: asString(entry.by),
    action: asString(entry.action),
    note: asString(entry.note),
    changed: Array.isArray(entry.changed) ? (entry.changed as HistoryEntry['changed']) : undefined,
  });
}

/** A version 1 fingerprint as it is; a per-field entry with its requirement fields (the schema reports other keys). */
function readBaselineEntry(entry: unknown): BaselineEntry | undefined {
  const fingerprint = asString(entry);
  if (fingerprint !== undefined) {
    return fingerprint;
  }
  const fields = asRecord(entry);
  if (!fields) {
    return undefined;
  }
  const values = Object.fromEntries(Object.entries(fields).filter(([field]) => isRequirementField(field)));
  return defined({ fingerprint: asString(fields.fingerprint), values });
}
