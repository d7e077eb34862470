import { type Alias, type Document, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import type { Finding } from './finding';
import { LineMap } from './lineMap';

/** Aliases expanded beyond this count are refused as a resource-exhaustion ("billion laughs") attack. */
export const MAX_ALIAS_COUNT = 100;

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
    const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
    return {
      text, lineMap, doc: undefined, value: undefined, hasSyntaxErrors: true,
      findings: [{
        ruleId: 'file-too-large',
        severity: 'error',
        message: `File is ${mb(size)} MB, over the ${mb(options.maxBytes)} MB limit (files.max_size_mb in reqdesk.yaml): it was not read.`,
        range: lineMap.range(0, Math.min(lineMap.lineEnd(0), text.length)),
      }],
    };
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const findings: Finding[] = [];
  for (const error of doc.errors) {
    findings.push(syntaxFinding(error, text, lineMap, 'error'));
  }
  for (const warning of doc.warnings) {
    findings.push(syntaxFinding(warning, text, lineMap, 'warning'));
  }
  const hasSyntaxErrors = doc.errors.length > 0;

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    findings.push(aliasFinding(doc, lineMap, error));
    return { text, lineMap, doc, value: undefined, findings, hasSyntaxErrors: true };
  }
  return { text, lineMap, doc, value, findings, hasSyntaxErrors };
}

function syntaxFinding(error: YAMLError, text: string, lineMap: LineMap, severity: 'error' | 'warning'): Finding {
  const [start, rawEnd] = error.pos;
  const end = Math.max(rawEnd, start + 1);
  const range = lineMap.range(start, Math.min(end, text.length));
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = text.slice(start, rawEnd).trim() || text.slice(start, lineMap.lineEnd(range.start.line)).split(':')[0].trim();
      return {
        ruleId: 'duplicate-key',
        severity: 'error',
        message: `Duplicate key '${key}': a key may appear only once in a mapping (the later value would silently replace the earlier one).`,
        range: keyRange(text, lineMap, start),
      };
    }
    case 'TAB_AS_INDENT':
      return { ruleId: 'yaml-syntax', severity, message: 'Tabs are not allowed for indentation in YAML: indent with spaces.', range };
    case 'MULTIPLE_DOCS':
      return {
        ruleId: 'yaml-syntax', severity,
        message: 'The file holds more than one YAML document (a second ---): ReqDesk reads exactly one per file.',
        range: lineMap.range(start, Math.min(start + 3, text.length)),
      };
    default:
      return { ruleId: 'yaml-syntax', severity, message: `YAML syntax error: ${firstSentence(error.message)}`, range };
  }
}

/** The duplicate key itself, from its start up to the colon on that line. */
function keyRange(text: string, lineMap: LineMap, start: number): ReturnType<LineMap['range']> {
  const lineEnd = lineMap.lineEnd(lineMap.position(start).line);
  const colon = text.indexOf(':', start);
  const end = colon !== -1 && colon <= lineEnd ? colon : lineEnd;
  return lineMap.range(start, Math.max(end, start + 1));
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
    message: unresolved
      ? `Alias *${name} refers to an anchor &${name} that is not defined before it.`
      : `Aliases expand to more than ${MAX_ALIAS_COUNT} nodes: refused as a possible alias bomb. Write the values out instead of nesting aliases.`,
    range,
  };
}
