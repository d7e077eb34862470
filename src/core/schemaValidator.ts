import type { ErrorObject, ValidateFunction } from 'ajv';
import { Document, isMap, isPair, type Node } from 'yaml';
import type { Finding, Range } from './finding';
import { LineMap } from './lineMap';
import type { FileKind, RequirementField } from './model';
import { defineMessages, formatMessage, localized, phrase, type LocalizedMessage, type MessageArg, type MessageText } from './messages';
import * as generated from './generated/validators';
import { fieldValidatorName, kindValidatorName } from './schemaCompilation';
import { SCHEMAS } from './schemas';
import type { ProjectSettings } from './settings';
import { pointerSegments, resolvePath } from './yamlPath';

/** The validators compiled ahead of time (schemaCompilation.ts says why), by export name. */
const GENERATED = generated as unknown as Readonly<Record<string, ValidateFunction | undefined>>;

function validatorFor(kind: FileKind): ValidateFunction | undefined {
  return GENERATED[kindValidatorName(kind)];
}

/**
 * Validates a plain value against its kind's schema and places each problem on the YAML node it concerns. Past
 * `limit` problems the rest are only counted (`omitted`): placing each costs a look-up in its mapping, and a
 * mapping of 200,000 unknown keys would make that quadratic.
 */
export function validateAgainstSchema(kind: FileKind, value: unknown, root: Node | null, lineMap: LineMap, limit = Number.POSITIVE_INFINITY): { readonly findings: Finding[]; readonly omitted: number } {
  const validate = validatorFor(kind);
  if (!validate || validate(value)) {
    return { findings: [], omitted: 0 };
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const errors = validate.errors ?? [];
  for (const [i, error] of errors.entries()) {
    if (findings.length >= limit) {
      return { findings, omitted: errors.length - i };
    }
    const finding = toFinding(error, root, lineMap);
    const key = `${finding.range.start.line}:${finding.range.start.character}:${finding.message}`;
    if (finding.message && !seen.has(key)) {
      seen.add(key);
      findings.push(finding);
    }
  }
  return { findings, omitted: 0 };
}

/**
 * Why `value` cannot be written to a requirement's `field` (undefined: it can). The requirements schema decides
 * its shape, the project's vocabulary its status and priority; `undefined` stands for removing the field.
 */
export function validateRequirementValue(field: RequirementField, value: unknown, settings: ProjectSettings): LocalizedMessage | undefined {
  if (value === undefined) {
    const required = (SCHEMAS.requirements as { definitions: { requirement: { required?: string[] } } }).definitions.requirement.required ?? [];
    return required.includes(field) ? localized(M.requiredValue, field) : undefined;
  }
  const validate = GENERATED[fieldValidatorName(field)];
  const error = validate && !validate(value) ? validate.errors?.[0] : undefined;
  if (error) {
    // The messages of file diagnostics, with the field as the place: "links item 2 must be a requirement ID …".
    const finding = toFinding({ ...error, instancePath: `/${field}${error.instancePath}` }, new Document({ [field]: value }).contents as Node, new LineMap(''));
    return finding.template === undefined ? localized(M.invalid, field) : localized(finding.template, ...(finding.args ?? []));
  }
  const vocabulary = field === 'status' ? settings.statuses : field === 'priority' ? settings.priorities : undefined;
  if (vocabulary && typeof value === 'string' && !vocabulary.includes(value)) {
    return localized(M.oneOf, field, vocabulary.join(', '), shown(value));
  }
  return undefined;
}

/** What the schema reports, in English; l10n/bundle.l10n.zh-cn.json translates each template. */
export const SCHEMA_MESSAGES = defineMessages({
  theValue: 'The value',
  theList: 'The list',
  /** Where a value is: {0} the position from 1; in the "… of {1}" forms, {1} is the place that holds it. */
  requirementLabel: 'requirement {0}',
  requirementOfLabel: 'requirement {0} of {1}',
  historyEntryLabel: 'history entry {0}',
  historyEntryOfLabel: 'history entry {0} of {1}',
  listItemLabel: 'list item {0}',
  /** {0}: the list's field name (links, roles…), {1}: the position from 1, {2}: the place that holds the list. */
  itemLabel: '{0} item {1}',
  itemOfLabel: '{0} item {1} of {2}',
  requiredIn: "{0} is missing the required field '{1}'.",
  required: "The required field '{0}' is missing.",
  /** {0}: a requirement field that cannot be removed. */
  requiredValue: '{0} is required: a requirement must have one.',
  unknownFieldIn: "Unknown field '{0}' in {1}.",
  unknownField: "Unknown field '{0}'.",
  /** {0}: the whole sentence about the unknown field, {1}: the field name it is probably meant to be. */
  didYouMean: "{0} Did you mean '{1}'?",
  /** {2}: what the value is now, e.g. "(it is 'x')". */
  oneOf: '{0} must be one of {1} {2}.',
  type: '{0} must be {1} {2}.',
  typeOr: '{0} or {1}',
  typeString: 'text',
  typeNumber: 'a number',
  typeInteger: 'a whole number',
  typeArray: 'a list',
  typeObject: 'a mapping (key: value pairs)',
  typeBoolean: 'true or false',
  typeNull: 'empty',
  date: '{0} must be a date like 2026-12-01 {1}.',
  dateTime: '{0} must be a UTC date and time like 2026-11-20T09:12:00Z {1}.',
  notEmpty: '{0} must not be empty.',
  minItemsOne: '{0} must have at least {1} entry.',
  minItemsMany: '{0} must have at least {1} entries.',
  twice: '{0} lists {1} twice.',
  atMost: '{0} must be at most {1}.',
  atLeast: '{0} must be at least {1}.',
  moreThan: '{0} must be more than {1}.',
  /** {1}: ajv's own (English) description, e.g. "must NOT have more than 2 items". */
  other: '{0} {1}.',
  invalid: '{0} is invalid.',
  keyNotAllowedIn: "'{0}' is not allowed as a key here in {1}: {2}.",
  keyNotAllowed: "'{0}' is not allowed as a key here: {1}.",
  expectedOneOf: 'expected one of {0}',
  expectedRequirementId: 'expected a requirement ID like PORTAL-001',
  expectedLowerWord: 'expected lower-case letters, digits or dashes starting with a letter, like missing-owner',
  expectedPattern: 'expected a name matching {0}',
  keyInvalid: 'invalid',
  changeRequestId: '{0} must be a change request ID like CR-0007 {1}.',
  requirementId: '{0} must be a requirement ID like PORTAL-001 (capital letters, a dash, digits) {1}.',
  requirementLink: '{0} must be a requirement ID like PORTAL-001, bare or with the stamp Mark Link Reviewed writes (PORTAL-001@1:9c41e07b) {1}.',
  prefix: '{0} must be capital letters, digits or _ starting with a letter, like PORTAL {1}.',
  lowerWord: '{0} must be lower-case letters, digits or dashes starting with a letter, like in-progress {1}.',
  oneWord: '{0} must be one word without spaces, like alice {1}.',
  fingerprint: '{0} must be a hexadecimal fingerprint written by ReqDesk {1}.',
  pattern: '{0} must match {1} {2}.',
  itIs: "(it is '{0}')",
  itIsEmpty: '(it is empty)',
  itIsList: '(it is a list)',
  itIsMapping: '(it is a mapping)',
});

const M = SCHEMA_MESSAGES;

function toFinding(error: ErrorObject, root: Node | null, lineMap: LineMap): Finding {
  const segments = pointerSegments(error.instancePath);
  const target = resolvePath(root, segments);
  const name = fieldLabelText(segments);
  const value = name ?? phrase(M.theValue);
  const list = name ?? phrase(M.theList);
  let message: LocalizedMessage | undefined;
  let range = rangeOf(target.node ?? target.key ?? target.nearest, lineMap);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      message = name ? localized(M.requiredIn, name, missing) : localized(M.required, missing);
      range = headRange(target.node, lineMap) ?? range;
      break;
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = closest(extra, allowed);
      const unknown = name ? phrase(M.unknownFieldIn, extra, name) : phrase(M.unknownField, extra);
      message = suggestion ? localized(M.didYouMean, unknown, suggestion) : localized(unknown.template, ...unknown.args);
      const extraTarget = resolvePath(root, [...segments, extra]);
      range = rangeOf(extraTarget.key, lineMap) ?? range;
      break;
    }
    case 'enum':
      message = localized(M.oneOf, value, (params.allowedValues as unknown[]).join(', '), shown(error.data));
      break;
    case 'type':
      message = localized(M.type, value, typeWords(String(params.type)), shown(error.data));
      range = range ?? rangeOf(target.nearest, lineMap);
      break;
    case 'pattern':
      message = patternMessage(value, error);
      break;
    case 'format':
      message = localized(params.format === 'date' ? M.date : M.dateTime, value, shown(error.data));
      break;
    case 'minLength':
      message = localized(M.notEmpty, value);
      break;
    case 'minItems':
      message = localized(Number(params.limit) === 1 ? M.minItemsOne : M.minItemsMany, list, String(params.limit));
      break;
    case 'uniqueItems': {
      // ajv's i/j order differs between its code paths (typed items or not): the later index is the repeat.
      const later = Math.max(Number(params.i), Number(params.j));
      const item = resolvePath(root, [...segments, String(later)]);
      message = localized(M.twice, list, JSON.stringify((error.data as unknown[])[later]));
      range = rangeOf(item.node, lineMap) ?? range;
      break;
    }
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
      message = localized(error.keyword === 'maximum' ? M.atMost : error.keyword === 'minimum' ? M.atLeast : M.moreThan, value, String(params.limit));
      break;
    case 'propertyNames':
      // ajv reports the offending name through the nested error that follows; this one adds nothing.
      message = undefined;
      break;
    default:
      message = error.message ? localized(M.other, value, error.message) : localized(M.invalid, value);
  }
  const propertyName = (error as { propertyName?: string }).propertyName;
  if (propertyName !== undefined && error.keyword !== 'propertyNames') {
    const keyTarget = resolvePath(root, [...segments, propertyName]);
    range = rangeOf(keyTarget.key, lineMap) ?? range;
    message = name ? localized(M.keyNotAllowedIn, propertyName, name, keyRule(error)) : localized(M.keyNotAllowed, propertyName, keyRule(error));
  }
  return { ruleId: 'schema', severity: 'error', ...(message ?? { message: '' }), range: range ?? lineMap.range(0, 0) };
}

function keyRule(error: ErrorObject): MessageArg {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'enum') {
    return phrase(M.expectedOneOf, (params.allowedValues as unknown[]).join(', '));
  }
  if (error.keyword === 'pattern') {
    const pattern = String(params.pattern);
    if (pattern.includes('-[0-9]+$')) {
      return phrase(M.expectedRequirementId);
    }
    if (pattern === LOWER_WORD) {
      return phrase(M.expectedLowerWord);
    }
    return phrase(M.expectedPattern, pattern);
  }
  return error.message ?? phrase(M.keyInvalid);
}

/** The pattern of vocabulary words and rule ids in reqdesk.yaml. */
const LOWER_WORD = '^[a-z][a-z0-9-]*$';

function patternMessage(name: MessageArg, error: ErrorObject): LocalizedMessage {
  const pattern = String((error.params as { pattern: string }).pattern);
  const value = shown(error.data);
  if (pattern.startsWith('^CR-')) {
    return localized(M.changeRequestId, name, value);
  }
  if (pattern.includes('-[0-9]+(@')) {
    return localized(M.requirementLink, name, value);
  }
  if (pattern.includes('-[0-9]+$')) {
    return localized(M.requirementId, name, value);
  }
  if (pattern === '^[A-Z][A-Z0-9_]*$') {
    return localized(M.prefix, name, value);
  }
  if (pattern === LOWER_WORD) {
    return localized(M.lowerWord, name, value);
  }
  if (pattern === '^[^\\s]+$') {
    return localized(M.oneWord, name, value);
  }
  if (/^\^(v2:)?\[0-9a-f\]/.test(pattern)) {
    return localized(M.fingerprint, name, value);
  }
  return localized(M.pattern, name, pattern, value);
}

/** "requirements/3/links/1" → "links item 2 of requirement 4"; reads the way users count. */
export function fieldLabel(segments: readonly string[]): string {
  const label = fieldLabelText(segments);
  return label === undefined ? '' : formatMessage('{0}', [label]);
}

/** fieldLabel as a message (undefined for the root), so that each language orders "item 2 of requirement 4" its way. */
export function fieldLabelText(segments: readonly string[]): MessageArg | undefined {
  // Innermost first: list positions ({ owner, position }), or the field's own name.
  const parts: ({ owner: string | undefined; position: number } | string)[] = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    if (/^\d+$/.test(segment)) {
      parts.push({ owner: segments[i - 1], position: Number(segment) + 1 });
      i--;
    } else {
      // The field's own name, unless list positions already say where it is ("links item 2 of requirement 4").
      if (parts.length === 0) {
        parts.push(segment);
      }
      break;
    }
  }
  // Built from the outside in, each place taking the one that holds it as an argument: languages order them differently.
  return parts.reduceRight<MessageArg | undefined>((outer, part) => {
    if (typeof part === 'string') {
      return part;
    }
    const { owner, position } = part;
    if (owner === 'requirements') {
      return outer === undefined ? phrase(M.requirementLabel, position) : phrase(M.requirementOfLabel, position, outer);
    }
    if (owner === 'history') {
      return outer === undefined ? phrase(M.historyEntryLabel, position) : phrase(M.historyEntryOfLabel, position, outer);
    }
    // A list at the top has no name and nothing around it.
    if (owner === undefined) {
      return phrase(M.listItemLabel, position);
    }
    return outer === undefined ? phrase(M.itemLabel, owner, position) : phrase(M.itemOfLabel, owner, position, outer);
  }, undefined);
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: M.typeString, number: M.typeNumber, integer: M.typeInteger, array: M.typeArray, object: M.typeObject, boolean: M.typeBoolean, null: M.typeNull,
};

function typeWords(type: string): MessageArg {
  const words = type.split(',').map((t): MessageArg => (TYPE_WORDS[t] ? phrase(TYPE_WORDS[t]) : t));
  return words.reduceRight((later, word) => phrase(M.typeOr, word, later));
}

function shown(data: unknown): MessageText {
  if (data === null || data === undefined) {
    return phrase(M.itIsEmpty);
  }
  if (typeof data === 'object') {
    return phrase(Array.isArray(data) ? M.itIsList : M.itIsMapping);
  }
  const value = String(data);
  return phrase(M.itIs, value.length > 40 ? `${value.slice(0, 40)}…` : value);
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
