import { isMap, isSeq, type Node } from 'yaml';
import { collectFieldSpans } from './fieldSpans';
import type { Finding } from './finding';
import type { LineMap } from './lineMap';
import { defineMessages, localized, phrase } from './messages';
import {
  type ChangeRequest, type ChangeRequestData, type DocumentHeader, type FileKind, type HistoryEntry, isListField, REQUIREMENT_FIELDS,
  type Requirement, type RequirementData,
} from './model';
import { headRange, validateAgainstSchema } from './schemaValidator';
import type { SettingsFileData } from './settings';
import { asNumber, asRecord, asString, asStringList, defined } from './values';
import { findPair } from './yamlPath';
import { parseYamlSource } from './yamlSource';

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
}

export interface ParseOptions {
  readonly maxBytes: number;
  readonly byteSize?: number;
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
});

const ROOT_NOUN: Record<FileKind, string> = {
  requirements: ROOT_MESSAGES.requirementsNeeds,
  'change-request': ROOT_MESSAGES.changeRequestNeeds,
  settings: ROOT_MESSAGES.settingsNeeds,
};

export function parseFile(file: string, text: string, kind: FileKind, options: ParseOptions): ParsedFile {
  const source = parseYamlSource(text, options);
  const { lineMap, doc, value } = source;
  const findings = [...source.findings];
  const empty: ParsedFile = {
    file, kind, findings, hasSyntaxErrors: source.hasSyntaxErrors,
    header: {}, requirements: [], changeRequest: undefined, settings: undefined,
  };
  if (!doc || value === undefined) {
    return empty;
  }
  const root = asRecord(value);
  if (!root) {
    const rootNode = doc.contents as Node | null;
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
    findings.push(...validateAgainstSchema(kind, value, doc, lineMap));
  }
  const rootNode = doc.contents as Node;
  switch (kind) {
    case 'requirements': {
      const header = readHeader(root.document);
      return { ...empty, header, requirements: readRequirements(file, root.requirements, rootNode, header, lineMap) };
    }
    case 'change-request':
      return { ...empty, changeRequest: readChangeRequest(file, root, rootNode, lineMap) };
    case 'settings':
      return { ...empty, settings: root as SettingsFileData };
  }
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
      data[field] = value;
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
    affects: asStringList(root.affects),
    reason: asString(root.reason),
    description: asString(root.description),
    expected_effect: asString(root.expected_effect),
    proposed: proposed
      ? Object.fromEntries(Object.entries(proposed).flatMap(([id, fields]) => (asRecord(fields) ? [[id, asRecord(fields) ?? {}]] : [])))
      : undefined,
    baseline: baseline
      ? Object.fromEntries(Object.entries(baseline).flatMap(([id, hash]) => (asString(hash) !== undefined ? [[id, asString(hash) ?? '']] : [])))
      : undefined,
    impact: impact
      ? defined({
          schedule_days: asNumber(impact.schedule_days),
          cost: asNumber(impact.cost),
          effort_hours: asNumber(impact.effort_hours),
          resources: asString(impact.resources),
          risk: asString(impact.risk),
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
