import { type Alias, type Document, isAlias, isCollection, isPair, isSeq, type Node, parseDocument, visit, type YAMLError } from 'yaml';
import type { Finding } from './finding';
import { LineMap } from './lineMap';
import { defineMessages, localized, phrase, type LocalizedMessage, type MessageArg } from './messages';
import { plainValue } from './plainValue';

/** What the YAML reader reports, in English; l10n/bundle.l10n.zh-cn.json translates each template. */
export const YAML_MESSAGES = defineMessages({
  fileTooLarge: 'File is {0}, over the {1} limit (files.max_size_mb in reqdesk.yaml): it was not read.',
  bytes: '{0} bytes',
  duplicateKey: "Duplicate key '{0}': a key may appear only once in a mapping (the later value would silently replace the earlier one).",
  tabIndent: 'Tabs are not allowed for indentation in YAML: indent with spaces.',
  multipleDocuments: 'The file holds more than one YAML document (a second ---): ReqDesk reads exactly one per file.',
  /** {0}: the yaml library's own (English) description. */
  syntaxError: 'YAML syntax error: {0}',
  unclosedFlow: 'YAML syntax error: this {0} is not closed by a {1} (or a line inside it is not indented enough).',
  undefinedAlias: 'Alias *{0} refers to an anchor &{0} that is not defined before it.',
  aliasBomb: 'Aliases expand to more than {0} nodes: refused as a possible alias bomb. Write the values out instead of nesting aliases.',
  cyclicAlias: 'Alias *{0} is inside the node its anchor &{0} marks: the value would contain itself.',
  tooManyAliases: 'The file uses more than {0} aliases (*name): refused, reading them would take too long. Write the values out instead.',
});

/**
 * Nodes that aliases may add to a file's value, all aliases together. The value is built sharing each anchored
 * node, but everything that reads it (the schema validator first) walks it as a tree, where nested aliases
 * multiply ("billion laughs"). Plain reuse such as `owner: *lead` on every requirement stays far below this.
 */
export const MAX_ALIAS_NODES = 100_000;

/** yaml resolves each alias by scanning every alias and anchor before it (quadratic): more are refused. */
export const MAX_ALIASES = 1_000;

/** yaml's own per-anchor check, kept as a backstop behind MAX_ALIAS_NODES. */
export const MAX_ALIAS_COUNT = MAX_ALIAS_NODES;

export interface YamlSource {
  readonly text: string;
  readonly lineMap: LineMap;
  /** Undefined when the file was not parsed at all (too large). */
  readonly doc: Document | undefined;
  /** The plain value, or undefined when it could not be built. */
  readonly value: unknown;
  readonly findings: Finding[];
  /** True when the YAML itself is broken: such a file is never edited. */
  readonly hasSyntaxErrors: boolean;
}

export interface YamlSourceOptions {
  /** Size of the file on disk, when known; else the text length stands in for it. */
  readonly byteSize?: number;
  readonly maxBytes: number;
}

const BOM = '\uFEFF';

/** Callers hand the core text without a byte order mark; this strips one defensively. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export function parseYamlSource(rawText: string, options: YamlSourceOptions): YamlSource {
  const text = stripBom(rawText);
  const lineMap = new LineMap(text);
  const size = options.byteSize ?? text.length;
  if (size > options.maxBytes) {
    return {
      text, lineMap, doc: undefined, value: undefined, hasSyntaxErrors: true,
      findings: [{
        ruleId: 'file-too-large',
        severity: 'error',
        ...localized(YAML_MESSAGES.fileTooLarge, ...sizes(size, options.maxBytes)),
        range: lineMap.range(0, Math.min(lineMap.lineEnd(0), text.length)),
      }],
    };
  }

  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const findings: Finding[] = [];
  const unclosed = unclosedFlowStarts(doc, doc.errors);
  for (const error of doc.errors) {
    const flow = unclosed.get(error);
    findings.push(flow ? unclosedFlowFinding(flow.start, flow.bracket, lineMap) : syntaxFinding(error, text, lineMap, 'error'));
  }
  for (const warning of doc.warnings) {
    findings.push(syntaxFinding(warning, text, lineMap, 'warning'));
  }
  const hasSyntaxErrors = doc.errors.length > 0;

  let value: unknown;
  try {
    // An alias is written *name: without a * there is nothing to count.
    const refused = text.includes('*') ? aliasProblem(doc, lineMap) : undefined;
    if (refused) {
      findings.push(refused);
      return { text, lineMap, doc, value: undefined, findings, hasSyntaxErrors: true };
    }
    value = (plainValue(doc) ?? { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) }).value;
  } catch (error) {
    findings.push(aliasFinding(doc, lineMap, error));
    return { text, lineMap, doc, value: undefined, findings, hasSyntaxErrors: true };
  }
  return { text, lineMap, doc, value, findings, hasSyntaxErrors };
}

/** ["6.0 MB", "5.0 MB"]: in bytes when rounding would make the two look equal (or zero). */
function sizes(size: number, limit: number): [MessageArg, MessageArg] {
  const unit = limit >= 1024 * 1024 ? { name: 'MB', bytes: 1024 * 1024 } : { name: 'KB', bytes: 1024 };
  const show = (n: number): string => `${(n / unit.bytes).toFixed(1)} ${unit.name}`;
  return show(size) === show(limit) || show(limit) === show(0)
    ? [phrase(YAML_MESSAGES.bytes, size), phrase(YAML_MESSAGES.bytes, limit)]
    : [show(size), show(limit)];
}

function syntaxFinding(error: YAMLError, text: string, lineMap: LineMap, severity: 'error' | 'warning'): Finding {
  const [start, rawEnd] = error.pos;
  const end = Math.max(rawEnd, start + 1);
  const range = lineMap.range(start, Math.min(end, text.length));
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      // yaml reports only the key's first character; the key runs up to the colon.
      const [keyStart, keyEnd] = keySpan(text, lineMap, start);
      const key = text.slice(keyStart, keyEnd).trim();
      return {
        ruleId: 'duplicate-key',
        severity: 'error',
        ...localized(YAML_MESSAGES.duplicateKey, key),
        range: lineMap.range(keyStart, keyEnd),
      };
    }
    case 'TAB_AS_INDENT':
      return { ruleId: 'yaml-syntax', severity, ...localized(YAML_MESSAGES.tabIndent), range };
    case 'MULTIPLE_DOCS':
      return {
        ruleId: 'yaml-syntax', severity,
        ...localized(YAML_MESSAGES.multipleDocuments),
        range: lineMap.range(start, Math.min(start + 3, text.length)),
      };
    default:
      return { ruleId: 'yaml-syntax', severity, ...localized(YAML_MESSAGES.syntaxError, firstSentence(error.message)), range };
  }
}

function unclosedFlowFinding(start: number, bracket: string, lineMap: LineMap): Finding {
  const closer = bracket === '[' ? ']' : '}';
  return {
    ruleId: 'yaml-syntax',
    severity: 'error',
    ...localized(YAML_MESSAGES.unclosedFlow, bracket, closer),
    range: lineMap.range(start, start + 1),
  };
}

/** The duplicate key itself, from its start up to the colon on that line. */
function keySpan(text: string, lineMap: LineMap, start: number): [number, number] {
  const lineEnd = lineMap.lineEnd(lineMap.position(start).line);
  const colon = text.indexOf(':', start);
  const end = colon !== -1 && colon <= lineEnd ? colon : lineEnd;
  let trimmed = Math.max(end, start + 1);
  while (trimmed > start + 1 && (text[trimmed - 1] === ' ' || text[trimmed - 1] === '\t')) {
    trimmed--;
  }
  return [start, trimmed];
}

/**
 * yaml reports an unclosed [ or { where the block around it resumes, often on a later line. The bracket that
 * was never closed is where the user must look: map each such error to the flow collection that ends there.
 */
function unclosedFlowStarts(doc: Document, errors: readonly YAMLError[]): Map<YAMLError, { start: number; bracket: string }> {
  const starts = new Map<YAMLError, { start: number; bracket: string }>();
  const flowErrors = errors.filter((e) => e.code === 'BAD_INDENT' && /^Flow (sequence|map)\b/.test(e.message));
  if (flowErrors.length === 0) {
    return starts;
  }
  const flows: { seq: boolean; start: number; end: number; used: boolean }[] = [];
  visit(doc, (_key, node) => {
    if (isCollection(node) && node.flow && node.range) {
      flows.push({ seq: isSeq(node), start: node.range[0], end: node.range[1], used: false });
    }
    return undefined;
  });
  for (const error of flowErrors) {
    const seq = error.message.startsWith('Flow sequence');
    const flow = flows.find((f) => !f.used && f.seq === seq && f.end === error.pos[0]);
    if (flow) {
      flow.used = true;
      starts.set(error, { start: flow.start, bracket: seq ? '[' : '{' });
    }
  }
  return starts;
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0].trim();
  return line.endsWith('.') ? line : `${line}.`;
}

function aliasFinding(doc: Document, lineMap: LineMap, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  const unresolved = /unresolved alias/i.test(reason);
  const name = unresolved ? reason.slice(reason.lastIndexOf(':') + 1).trim() : undefined;
  let first: Alias | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (name === undefined || node.source === name) {
        first = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  const range = first?.range ? lineMap.range(first.range[0], first.range[1]) : lineMap.range(0, lineMap.lineEnd(0));
  return {
    ruleId: 'yaml-alias',
    severity: 'error',
    ...(unresolved ? localized(YAML_MESSAGES.undefinedAlias, name ?? '') : bombMessage()),
    range,
  };
}

function bombMessage(): LocalizedMessage {
  return localized(YAML_MESSAGES.aliasBomb, MAX_ALIAS_NODES.toLocaleString('en-US'));
}

/**
 * Counts, in one pass, the nodes the aliases stand for once expanded; refuses the file past MAX_ALIAS_NODES
 * (on its first alias) or when an alias sits inside the node it refers to (the value would contain itself).
 */
function aliasProblem(doc: Document, lineMap: LineMap): Finding | undefined {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  const expanded = new Map<Node, number>();
  const inProgress = new Set<Node>();
  let first: Alias | undefined;
  let cyclic: Alias | undefined;
  let total = 0;
  let count = 0;
  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) {
      const target = targets.get(node);
      if (target && inProgress.has(target)) {
        cyclic ??= node;
        return 1;
      }
      return target ? sizeOf(target) : 1;
    }
    if (isPair(node)) {
      return sizeOf(node.key) + sizeOf(node.value);
    }
    if (!isCollection(node)) {
      return 1;
    }
    const known = expanded.get(node);
    if (known !== undefined) {
      return known;
    }
    inProgress.add(node);
    let size = 1;
    for (const item of node.items) {
      size = Math.min(size + sizeOf(item), MAX_ALIAS_NODES + 1);
    }
    inProgress.delete(node);
    expanded.set(node, size);
    return size;
  };
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        first ??= node;
        count++;
        const target = anchors.get(node.source);
        if (target) {
          targets.set(node, target);
          total += sizeOf(node);
        }
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
      return cyclic || total > MAX_ALIAS_NODES || count > MAX_ALIASES ? visit.BREAK : undefined;
    },
  });
  const at = (alias: Alias | undefined): Finding['range'] =>
    alias?.range ? lineMap.range(alias.range[0], alias.range[1]) : lineMap.range(0, lineMap.lineEnd(0));
  if (cyclic) {
    return {
      ruleId: 'yaml-alias', severity: 'error', range: at(cyclic),
      ...localized(YAML_MESSAGES.cyclicAlias, cyclic.source),
    };
  }
  if (count > MAX_ALIASES) {
    return {
      ruleId: 'yaml-alias', severity: 'error', range: at(first),
      ...localized(YAML_MESSAGES.tooManyAliases, MAX_ALIASES.toLocaleString('en-US')),
    };
  }
  return total > MAX_ALIAS_NODES ? { ruleId: 'yaml-alias', severity: 'error', ...bombMessage(), range: at(first) } : undefined;
}
