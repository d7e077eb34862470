import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { Document, isMap, isPair, type Node } from 'yaml';
import type { Finding, Range } from './finding';
import { LineMap } from './lineMap';
import type { FileKind, RequirementField } from './model';
import { SCHEMAS } from './schemas';
import type { ProjectSettings } from './settings';
import { pointerSegments, resolvePath } from './yamlPath';

/**
 * Vocabulary enums are configurable in reqdesk.yaml, so the validator drops them from the schema and the
 * vocabulary rules check them against the project's settings. Editors still get the default enums for completion.
 */
const CONFIGURABLE_ENUMS: Partial<Record<FileKind, readonly string[][]>> = {
  requirements: [
    ['definitions', 'requirement', 'properties', 'priority'],
    ['definitions', 'requirement', 'properties', 'status'],
  ],
};

let compiled: Map<FileKind, ValidateFunction> | undefined;
let compiler: Ajv | undefined;

function validators(): Map<FileKind, ValidateFunction> {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    compiler = ajv;
    addFormats(ajv, ['date', 'date-time']);
    compiled = new Map();
    for (const [kind, schema] of Object.entries(SCHEMAS) as [FileKind, object][]) {
      compiled.set(kind, ajv.compile(withoutConfigurableEnums(kind, schema)));
    }
  }
  return compiled;
}

function withoutConfigurableEnums(kind: FileKind, schema: object): object {
  const copy = structuredClone(schema) as Record<string, unknown>;
  for (const path of CONFIGURABLE_ENUMS[kind] ?? []) {
    let node: Record<string, unknown> | undefined = copy;
    for (const segment of path) {
      node = node?.[segment] as Record<string, unknown> | undefined;
    }
    if (node) {
      delete node.enum;
    }
  }
  return copy;
}

/** Validates a plain value against its kind's schema and places each problem on the YAML node it concerns. */
export function validateAgainstSchema(kind: FileKind, value: unknown, doc: Document, lineMap: LineMap): Finding[] {
  const validate = validators().get(kind);
  if (!validate || validate(value)) {
    return [];
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const finding = toFinding(error, doc, lineMap);
    const key = `${finding.range.start.line}:${finding.range.start.character}:${finding.message}`;
    if (finding.message && !seen.has(key)) {
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings;
}

/**
 * Why `value` cannot be written to a requirement's `field` (undefined: it can). The requirements schema decides
 * its shape, the project's vocabulary its status and priority; `undefined` stands for removing the field.
 */
export function validateRequirementValue(field: RequirementField, value: unknown, settings: ProjectSettings): string | undefined {
  validators();
  const requirementRef = `${(SCHEMAS.requirements as { $id: string }).$id}#/definitions/requirement`;
  if (value === undefined) {
    const required = (compiler?.getSchema(requirementRef)?.schema as { required?: string[] } | undefined)?.required ?? [];
    return required.includes(field) ? `${field} is required: a requirement must have one.` : undefined;
  }
  const validate = compiler?.getSchema(`${requirementRef}/properties/${field}`);
  const error = validate && !validate(value) ? validate.errors?.[0] : undefined;
  if (error) {
    // The messages of file diagnostics, with the field as the place: "links item 2 must be a requirement ID …".
    return toFinding({ ...error, instancePath: `/${field}${error.instancePath}` }, new Document({ [field]: value }), new LineMap('')).message;
  }
  const vocabulary = field === 'status' ? settings.statuses : field === 'priority' ? settings.priorities : undefined;
  if (vocabulary && typeof value === 'string' && !vocabulary.includes(value)) {
    return `${field} must be one of ${vocabulary.join(', ')} (it is '${value}').`;
  }
  return undefined;
}

function toFinding(error: ErrorObject, doc: Document, lineMap: LineMap): Finding {
  const segments = pointerSegments(error.instancePath);
  const target = resolvePath(doc, segments);
  const name = fieldLabel(segments);
  let message: string;
  let range = rangeOf(target.node ?? target.key ?? target.nearest, lineMap);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      message = name ? `${name} is missing the required field '${missing}'.` : `The required field '${missing}' is missing.`;
      range = headRange(target.node, lineMap) ?? range;
      break;
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = closest(extra, allowed);
      message = `Unknown field '${extra}'${name ? ` in ${name}` : ''}.` + (suggestion ? ` Did you mean '${suggestion}'?` : '');
      const extraTarget = resolvePath(doc, [...segments, extra]);
      range = rangeOf(extraTarget.key, lineMap) ?? range;
      break;
    }
    case 'enum':
      message = `${name || 'The value'} must be one of ${(params.allowedValues as unknown[]).join(', ')}${shown(error.data)}.`;
      break;
    case 'type':
      message = `${name || 'The value'} must be ${typeWords(String(params.type))}${shown(error.data)}.`;
      range = range ?? rangeOf(target.nearest, lineMap);
      break;
    case 'pattern':
      message = patternMessage(name, error);
      break;
    case 'format':
      message = `${name || 'The value'} must be ${params.format === 'date' ? 'a date like 2026-12-01' : 'a UTC date and time like 2026-11-20T09:12:00Z'}${shown(error.data)}.`;
      break;
    case 'minLength':
      message = `${name || 'The value'} must not be empty.`;
      break;
    case 'minItems':
      message = `${name || 'The list'} must have at least ${String(params.limit)} ${Number(params.limit) === 1 ? 'entry' : 'entries'}.`;
      break;
    case 'uniqueItems': {
      // ajv's i/j order differs between its code paths (typed items or not): the later index is the repeat.
      const later = Math.max(Number(params.i), Number(params.j));
      const item = resolvePath(doc, [...segments, String(later)]);
      message = `${name || 'The list'} lists ${JSON.stringify((error.data as unknown[])[later])} twice.`;
      range = rangeOf(item.node, lineMap) ?? range;
      break;
    }
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
      message = `${name || 'The value'} must be ${error.keyword === 'maximum' ? 'at most' : error.keyword === 'minimum' ? 'at least' : 'more than'} ${String(params.limit)}.`;
      break;
    case 'propertyNames':
      // ajv reports the offending name through the nested error that follows; this one adds nothing.
      message = '';
      break;
    default:
      message = `${name || 'The value'} ${error.message ?? 'is invalid'}.`;
  }
  const propertyName = (error as { propertyName?: string }).propertyName;
  if (propertyName !== undefined && error.keyword !== 'propertyNames') {
    const keyTarget = resolvePath(doc, [...segments, propertyName]);
    range = rangeOf(keyTarget.key, lineMap) ?? range;
    message = `'${propertyName}' is not allowed as a key here${name ? ` in ${name}` : ''}: ${keyRule(error)}.`;
  }
  return { ruleId: 'schema', severity: 'error', message, range: range ?? lineMap.range(0, 0) };
}

function keyRule(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'enum') {
    return `expected one of ${(params.allowedValues as unknown[]).join(', ')}`;
  }
  if (error.keyword === 'pattern') {
    const pattern = String(params.pattern);
    if (pattern.includes('-[0-9]+$')) {
      return 'expected a requirement ID like PORTAL-001';
    }
    if (pattern === LOWER_WORD) {
      return 'expected lower-case letters, digits or dashes starting with a letter, like missing-owner';
    }
    return `expected a name matching ${pattern}`;
  }
  return error.message ?? 'invalid';
}

/** The pattern of vocabulary words and rule ids in reqdesk.yaml. */
const LOWER_WORD = '^[a-z][a-z0-9-]*$';

function patternMessage(name: string, error: ErrorObject): string {
  const pattern = String((error.params as { pattern: string }).pattern);
  const value = shown(error.data);
  if (pattern.startsWith('^CR-')) {
    return `${name || 'The value'} must be a change request ID like CR-0007${value}.`;
  }
  if (pattern.includes('-[0-9]+$')) {
    return `${name || 'The value'} must be a requirement ID like PORTAL-001 (capital letters, a dash, digits)${value}.`;
  }
  if (pattern === '^[A-Z][A-Z0-9_]*$') {
    return `${name || 'The value'} must be capital letters, digits or _ starting with a letter, like PORTAL${value}.`;
  }
  if (pattern === LOWER_WORD) {
    return `${name || 'The value'} must be lower-case letters, digits or dashes starting with a letter, like in-progress${value}.`;
  }
  if (pattern === '^[^\\s]+$') {
    return `${name || 'The value'} must be one word without spaces, like alice${value}.`;
  }
  if (pattern.startsWith('^[0-9a-f]')) {
    return `${name || 'The value'} must be a hexadecimal fingerprint written by ReqDesk${value}.`;
  }
  return `${name || 'The value'} must match ${pattern}${value}.`;
}

/** "requirements/3/links/1" → "links item 2 of requirement 4"; reads the way users count. */
export function fieldLabel(segments: readonly string[]): string {
  const parts: string[] = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    if (/^\d+$/.test(segment)) {
      const owner = segments[i - 1];
      const noun = owner === 'requirements' ? 'requirement' : owner === 'history' ? 'history entry' : `${owner ?? 'list'} item`;
      parts.push(`${noun} ${Number(segment) + 1}`);
      i--;
    } else {
      // The field's own name, unless list positions already say where it is ("links item 2 of requirement 4").
      if (parts.length === 0) {
        parts.push(segment);
      }
      break;
    }
  }
  return parts.join(' of ');
}

function typeWords(type: string): string {
  return type
    .split(',')
    .map((t) => ({ string: 'text', number: 'a number', integer: 'a whole number', array: 'a list', object: 'a mapping (key: value pairs)', boolean: 'true or false', null: 'empty' })[t] ?? t)
    .join(' or ');
}

function shown(data: unknown): string {
  if (data === null || data === undefined) {
    return ' (it is empty)';
  }
  if (typeof data === 'object') {
    return Array.isArray(data) ? ' (it is a list)' : ' (it is a mapping)';
  }
  const text = String(data);
  return ` (it is '${text.length > 40 ? `${text.slice(0, 40)}…` : text}')`;
}

function rangeOf(node: Node | undefined, lineMap: LineMap): Range | undefined {
  const r = node?.range;
  return r ? lineMap.range(r[0], Math.max(r[1], r[0])) : undefined;
}

/** The first key/value pair of a mapping: a short, stable place to show "missing field" on. */
export function headRange(node: Node | undefined, lineMap: LineMap): Range | undefined {
  if (isMap(node) && node.items.length > 0) {
    const first = node.items[0];
    if (isPair(first)) {
      const start = (first.key as Node | null)?.range?.[0];
      const keyEnd = (first.key as Node | null)?.range?.[1];
      const valueEnd = (first.value as Node | null)?.range?.[1];
      if (start !== undefined && keyEnd !== undefined) {
        // A value spanning further lines (a nested block, a folded text) would cover the whole block: keep to the key then.
        const sameLine = valueEnd !== undefined && lineMap.position(valueEnd).line === lineMap.position(start).line;
        return lineMap.range(start, sameLine ? valueEnd : keyEnd);
      }
    }
  }
  return rangeOf(node, lineMap);
}

/** A near spelling among the allowed names (edit distance ≤ 2, or an abbreviation), for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const abbreviated = lower.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(lower)) : [];
  if (abbreviated.length === 1) {
    return abbreviated[0];
  }
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
