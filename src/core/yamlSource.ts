import { type Alias, type Document, isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Node, visit, type YAMLError } from 'yaml';
import { readFastYaml } from './fastYaml';
import type { Finding } from './finding';
import { LineMap } from './lineMap';
import { defineMessages, localized, phrase, type LocalizedMessage, type MessageArg } from './messages';
import { plainValue } from './plainValue';
import { screenedDocument } from './screenedParse';
import { findNonPrintable } from './nonPrintable';
import { MAX_NESTING_DEPTH } from './yamlScreen';

/** What the YAML reader reports, in English; l10n/bundle.l10n.zh-cn.json translates each template. */
export const YAML_MESSAGES = defineMessages({
  fileTooLarge: 'File is {0}, over the {1} limit (files.max_size_mb in reqdesk.yaml): it was not read.',
  bytes: '{0} bytes',
  duplicateKey: "Duplicate key '{0}': a key may appear only once in a mapping (the later value would silently replace the earlier one).",
  tabIndent: 'Tabs are not allowed for indentation in YAML: indent with spaces.',
  multipleDocuments: 'The file holds more than one YAML document (a second ---): ReqDesk reads exactly one per file.',
  /** {0}: the yaml library's own (English) description. */
  syntaxError: 'YAML syntax error: {0}',
  /** {0}: the character's code in hexadecimal, e.g. 001B. */
  nonPrintable: 'The text holds the control character U+{0}, which YAML does not allow (most editors do not show it): remove it.',
  /** {0}: the nesting limit. */
  tooDeep: 'The YAML nests more than {0} levels deep here, so ReqDesk does not read the file: a structure this deep is no requirements data, and it could exhaust the YAML reader.',
  /** {0}: the key as written. */
  complexKey: 'A list or mapping is used as a key here ({0}): keys in ReqDesk files are plain names.',
  /** {0}: the directive as written, e.g. %FOO. */
  unknownDirective: 'Unknown YAML directive {0}: YAML ignores it.',
  /** {0}: the tag as written, e.g. !foo or !!int. */
  unknownTag: 'The YAML tag {0} is unknown or does not fit the value here: the value is read as if it had no tag.',
  /** {0}: the yaml library's own (English) description. */
  yamlWarning: 'YAML warning: {0}',
  unclosedFlow: 'YAML syntax error: this {0} is not closed by a {1} (or a line inside it is not indented enough).',
  undefinedAlias: 'Alias *{0} refers to an anchor &{0} that is not defined before it.',
  aliasBomb: 'Aliases expand to more than {0} nodes: refused as a possible alias bomb. Write the values out instead of nesting aliases.',
  cyclicAlias: 'Alias *{0} is inside the node its anchor &{0} marks: the value would contain itself.',
  tooManyAliases: 'The file uses more than {0} aliases (*name): refused, reading them would take too long. Write the values out instead.',
  /** {0}: the alias name, {1}: the nesting limit. */
  deepAlias: 'Alias *{0} nests the value more than {1} levels deep once aliases are expanded: refused. Write the values out instead.',
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
  /** `yaml`'s Document; undefined when the file was not parsed at all (too large, too deep) or read fast. */
  readonly doc: Document | undefined;
  /** The top-level node (from the Document or the fast reader); undefined when the file was not parsed. */
  readonly root: Node | null | undefined;
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
  /**
   * Read with the fast reader when the text is in its subset (fastYaml.ts): nodes and values, no Document. For
   * reading only; edits need the Document.
   */
  readonly fast?: boolean;
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
      text, lineMap, doc: undefined, root: undefined, value: undefined, hasSyntaxErrors: true,
      findings: [{
        ruleId: 'file-too-large',
        severity: 'error',
        ...localized(YAML_MESSAGES.fileTooLarge, ...sizes(size, options.maxBytes)),
        range: lineMap.range(0, Math.min(lineMap.lineEnd(0), text.length)),
      }],
    };
  }

  if (options.fast) {
    const fast = readFastYaml(text);
    if (fast) {
      return { text, lineMap, doc: undefined, root: fast.contents, value: fast.value, findings: [], hasSyntaxErrors: false };
    }
  }
  const screened = screenedDocument(text);
  if (!screened.doc) {
    return {
      text, lineMap, doc: undefined, root: undefined, value: undefined, hasSyntaxErrors: true,
      findings: [{
        ruleId: 'yaml-too-deep',
        severity: 'error',
        ...localized(YAML_MESSAGES.tooDeep, screened.refusal.limit),
        range: lineMap.range(screened.refusal.offset, Math.min(screened.refusal.offset + 1, text.length)),
      }],
    };
  }
  const doc = screened.doc;
  const findings: Finding[] = [];
  const nonPrintable = findNonPrintable(text);
  if (nonPrintable) {
    const code = nonPrintable.code.toString(16).toUpperCase().padStart(4, '0');
    findings.push({
      ruleId: 'yaml-syntax', severity: 'error',
      ...localized(YAML_MESSAGES.nonPrintable, code),
      range: lineMap.range(nonPrintable.index, nonPrintable.index + 1),
    });
  }
  const unclosed = unclosedFlowStarts(doc, doc.errors);
  for (const error of doc.errors) {
    const flow = unclosed.get(error);
    findings.push(flow ? unclosedFlowFinding(flow.start, flow.bracket, lineMap) : syntaxFinding(error, text, lineMap));
  }
  const keyProblems = keyFindings(doc, text, lineMap);
  findings.push(...keyProblems);
  for (const warning of doc.warnings) {
    findings.push(warningFinding(warning, text, lineMap));
  }
  const hasSyntaxErrors = doc.errors.length > 0 || keyProblems.length > 0 || nonPrintable !== undefined;

  let value: unknown;
  try {
    // An alias is written *name: without a * there is nothing to count.
    const refused = text.includes('*') ? aliasProblem(doc, lineMap) : undefined;
    if (refused) {
      findings.push(refused);
      return { text, lineMap, doc, root: doc.contents, value: undefined, findings, hasSyntaxErrors: true };
    }
    value = (plainValue(doc) ?? { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) }).value;
  } catch (error) {
    findings.push(aliasFinding(doc, lineMap, error));
    return { text, lineMap, doc, root: doc.contents, value: undefined, findings, hasSyntaxErrors: true };
  }
  return { text, lineMap, doc, root: doc.contents, value, findings, hasSyntaxErrors };
}

/** ["6.0 MB", "5.0 MB"]: in bytes when rounding would make the two look equal (or zero). */
function sizes(size: number, limit: number): [MessageArg, MessageArg] {
  const unit = limit >= 1024 * 1024 ? { name: 'MB', bytes: 1024 * 1024 } : { name: 'KB', bytes: 1024 };
  const show = (n: number): string => `${(n / unit.bytes).toFixed(1)} ${unit.name}`;
  return show(size) === show(limit) || show(limit) === show(0)
    ? [phrase(YAML_MESSAGES.bytes, size), phrase(YAML_MESSAGES.bytes, limit)]
    : [show(size), show(limit)];
}

function syntaxFinding(error: YAMLError, text: string, lineMap: LineMap): Finding {
  const range = errorRange(error, text, lineMap);
  const severity = 'error';
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { ruleId: 'yaml-syntax', severity, ...localized(YAML_MESSAGES.tabIndent), range };
    case 'MULTIPLE_DOCS':
      return {
        ruleId: 'yaml-syntax', severity,
        ...localized(YAML_MESSAGES.multipleDocuments),
        range: lineMap.range(error.pos[0], Math.min(error.pos[0] + 3, text.length)),
      };
    default:
      return { ruleId: 'yaml-syntax', severity, ...localized(YAML_MESSAGES.syntaxError, firstSentence(error.message)), range };
  }
}

/** A warning of the YAML reader says what it is about: it is not a syntax error, and the file is still read. */
function warningFinding(warning: YAMLError, text: string, lineMap: LineMap): Finding {
  const range = errorRange(warning, text, lineMap);
  const written = text.slice(warning.pos[0], Math.max(warning.pos[1], warning.pos[0] + 1)).trim().split(/\s/)[0] ?? '';
  const message = warning.code === 'BAD_DIRECTIVE'
    ? localized(YAML_MESSAGES.unknownDirective, written || firstWord(warning.message))
    : warning.code === 'TAG_RESOLVE_FAILED'
      ? localized(YAML_MESSAGES.unknownTag, written || firstWord(warning.message))
      : localized(YAML_MESSAGES.yamlWarning, firstSentence(warning.message));
  return { ruleId: 'yaml-warning', severity: 'warning', ...message, range };
}

function errorRange(error: YAMLError, text: string, lineMap: LineMap): Finding['range'] {
  const [start, rawEnd] = error.pos;
  return lineMap.range(start, Math.min(Math.max(rawEnd, start + 1), text.length));
}

function firstWord(message: string): string {
  return message.slice(message.lastIndexOf(' ') + 1);
}

/**
 * Keys the reader accepts but these files cannot use: the same key twice in one mapping (the later value would
 * silently replace the earlier one), and lists or mappings as keys. Found in one pass over the mappings, by
 * property name as the value will have it: yaml's own duplicate check compares every key with every other,
 * which takes minutes for a mapping of 200,000 keys.
 */
function keyFindings(doc: Document, text: string, lineMap: LineMap): Finding[] {
  const findings: Finding[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isCollection(key)) {
          const r = key.range ?? [0, 0];
          const written = text.slice(r[0], r[1]).replace(/\s+/g, ' ').trim();
          findings.push({
            ruleId: 'complex-key', severity: 'error',
            ...localized(YAML_MESSAGES.complexKey, written.length > 40 ? `${written.slice(0, 40)}…` : written),
            range: lineMap.range(r[0], r[1]),
          });
        } else if (isScalar(key) && key.range) {
          const name = key.value === null ? '' : String(key.value);
          if (seen.has(name)) {
            const [start, end] = [key.range[0], Math.max(key.range[1], key.range[0] + 1)];
            findings.push({
              ruleId: 'duplicate-key', severity: 'error',
              ...localized(YAML_MESSAGES.duplicateKey, text.slice(start, end).trim()),
              range: lineMap.range(start, end),
            });
          }
          seen.add(name);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        stack.push(item);
      }
    } else if (isPair(node)) {
      stack.push(node.key, node.value);
    }
  }
  // The walk goes depth first from the end; problems read in the file's order.
  return findings.sort((a, b) => lineMap.offset(a.range.start) - lineMap.offset(b.range.start));
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
 * (on its first alias), when an alias sits inside the node it refers to (the value would contain itself), or when
 * aliases nest the value deeper than the text itself may nest (yamlScreen.ts says why that matters).
 */
function aliasProblem(doc: Document, lineMap: LineMap): Finding | undefined {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  const expanded = new Map<Node, { readonly size: number; readonly depth: number }>();
  const inProgress = new Set<Node>();
  let first: Alias | undefined;
  let cyclic: Alias | undefined;
  let deep: Alias | undefined;
  let total = 0;
  let count = 0;
  const measure = (node: unknown): { readonly size: number; readonly depth: number } => {
    if (isAlias(node)) {
      const target = targets.get(node);
      if (target && inProgress.has(target)) {
        cyclic ??= node;
        return LEAF;
      }
      return target ? measure(target) : LEAF;
    }
    if (isPair(node)) {
      const key = measure(node.key);
      const value = measure(node.value);
      return { size: key.size + value.size, depth: Math.max(key.depth, value.depth) };
    }
    if (!isCollection(node)) {
      return LEAF;
    }
    const known = expanded.get(node);
    if (known !== undefined) {
      return known;
    }
    inProgress.add(node);
    let size = 1;
    let depth = 0;
    for (const item of node.items) {
      const inner = measure(item);
      size = Math.min(size + inner.size, MAX_ALIAS_NODES + 1);
      depth = Math.max(depth, inner.depth);
      // Deeper than the limit already: measuring on would only recurse further.
      if (depth > MAX_NESTING_DEPTH) {
        break;
      }
    }
    inProgress.delete(node);
    const result = { size, depth: depth + 1 };
    expanded.set(node, result);
    return result;
  };
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        first ??= node;
        count++;
        const target = anchors.get(node.source);
        if (target) {
          targets.set(node, target);
          const { size, depth } = measure(node);
          total += size;
          if (depth > MAX_NESTING_DEPTH) {
            deep ??= node;
          }
        }
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
      return cyclic || deep || total > MAX_ALIAS_NODES || count > MAX_ALIASES ? visit.BREAK : undefined;
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
  if (deep) {
    return {
      ruleId: 'yaml-alias', severity: 'error', range: at(deep),
      ...localized(YAML_MESSAGES.deepAlias, deep.source, MAX_NESTING_DEPTH),
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

const LEAF = { size: 1, depth: 0 } as const;
