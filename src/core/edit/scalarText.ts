import { Document, Scalar } from 'yaml';
import { screenedDocument } from '../screenedParse';
import type { YamlScalar } from './yamlValue';

/** Where a scalar is written: as a block value (`key: x`, `- x`), inside a flow collection, or as a key in either. */
export type ScalarContext = 'block' | 'flow' | 'key' | 'flowKey';

export type BlockStyle = 'folded' | 'literal';

/** A block scalar split for writing: the header after the key (`>-`, `|2`) and the content lines, already indented. */
export interface BlockScalarText {
  readonly header: string;
  readonly lines: readonly string[];
}

/** Files are read by other tools too: YAML 1.1 readers (PyYAML and others) take these plain words as booleans. */
const YAML_1_1_BOOLEANS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/**
 * Text that reads back as itself when written plain in any context, without asking the parser: it starts with a
 * letter and holds only letters, digits, single spaces between words and `_ . - / ( ) '` — nothing YAML reads as
 * an indicator, a comment, a flow separator or a number. Most titles, names and IDs are such text; the rest is
 * probed by parsing it (plainReadsBack).
 */
const SAFE_PLAIN = /^\p{L}(?:[\p{L}\p{N}_.\-/()']| (?! |$))*$/u;
/** Words of the YAML 1.2 core schema that read as a boolean or null although they are letters only. */
const CORE_SCHEMA_WORDS = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;


/**
 * A scalar on one line. A string keeps its previous quoting style when that style can still hold it;
 * otherwise it is plain when the plain form reads back as the same string, else quoted.
 */
export function inlineScalar(value: YamlScalar, context: ScalarContext, previousType?: Scalar['type']): string {
  if (value === null) {
    return 'null';
  }
  if (typeof value === 'boolean') {
    return String(value);
  }
  if (typeof value === 'number') {
    return numberText(value);
  }
  if (previousType === Scalar.QUOTE_DOUBLE) {
    return doubleQuoted(value);
  }
  if (previousType === Scalar.QUOTE_SINGLE && !needsEscapes(value)) {
    return singleQuoted(value);
  }
  return plainReadsBack(value, context) ? value : quoted(value);
}

/** Whether `text`, written plain in this context, parses back as exactly that string. */
function plainReadsBack(text: string, context: ScalarContext): boolean {
  const isKey = context === 'key' || context === 'flowKey';
  if (text === '' || needsEscapes(text) || (!isKey && YAML_1_1_BOOLEANS.test(text))) {
    return false;
  }
  if (SAFE_PLAIN.test(text) && !CORE_SCHEMA_WORDS.test(text)) {
    return true;
  }
  const probe = { block: `k: ${text}`, flow: `[${text}]`, key: `${text}: x`, flowKey: `{ ${text}: x }` }[context];
  const { doc } = screenedDocument(probe);
  if (!doc || doc.errors.length > 0 || doc.warnings.length > 0) {
    return false;
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch {
    // An alias to nowhere (`*x`): certainly not plain text.
    return false;
  }
  if (context === 'flow') {
    return Array.isArray(value) && value.length === 1 && value[0] === text;
  }
  const entries = value !== null && typeof value === 'object' ? Object.entries(value) : [];
  return entries.length === 1 && (isKey ? entries[0][0] === text && entries[0][1] === 'x' : entries[0][0] === 'k' && entries[0][1] === text);
}

/** Line breaks and control characters: a plain or single-quoted scalar cannot hold them on one line. */
function needsEscapes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f || code === 0x2028 || code === 0x2029 || code === 0xfeff) {
      return true;
    }
  }
  return false;
}

/** Single quotes need no escapes besides '' and leave backslashes alone; double quotes when the text needs escapes or holds a '. */
function quoted(text: string): string {
  return needsEscapes(text) || text.includes("'") ? doubleQuoted(text) : singleQuoted(text);
}

function singleQuoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** JSON's string escapes are all valid in YAML double quotes, and JSON leaves non-ASCII text (e.g. Chinese) as is. */
function doubleQuoted(text: string): string {
  return JSON.stringify(text);
}

function numberText(value: number): string {
  if (Number.isNaN(value)) {
    return '.nan';
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? '.inf' : '-.inf';
  }
  return String(value);
}

/**
 * The value as a block scalar whose parent (the key, or the dash of a list item) sits at `parentColumn`
 * and whose content is indented `relativeIndent` further. Folded text wraps at `lineWidth` where it can.
 * Undefined when YAML cannot hold the value in a block scalar (the caller quotes it instead).
 */
export function blockScalar(
  value: string, style: BlockStyle, parentColumn: number, relativeIndent: number, lineWidth: number, previous: readonly string[] = [],
): BlockScalarText | undefined {
  const scalar = new Scalar(value);
  scalar.type = style === 'folded' ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  // yaml's stringifier knows the chomping and indentation-indicator rules; it writes this one fragment only.
  // Its folding lets a first line run longer than the others, so lines are folded here instead.
  const fragment = new Document({ x: scalar }).toString({ indent: relativeIndent, lineWidth: 0 });
  const lines = fragment.split('\n');
  const header = lines[0].slice('x: '.length);
  if (!/^[|>]/.test(header)) {
    return undefined;
  }
  const content = lines.slice(1, -1);
  const pad = ' '.repeat(parentColumn);
  if (style !== 'folded') {
    return { header, lines: content.map((line) => (line === '' ? line : pad + line)) };
  }
  const width = lineWidth - parentColumn;
  const kept = previous.map((line) => (line.startsWith(pad) ? line.slice(parentColumn) : line));
  let from = 0;
  const folded = content.flatMap((line) => {
    const refolded = refoldLine(line, relativeIndent, width, kept, from);
    from = refolded.next;
    return refolded.lines;
  });
  return { header, lines: folded.map((line) => (line === '' ? line : pad + line)) };
}

/**
 * Folds a line of folded-block content the way the block had it before, as far as the text is the same: the
 * old lines it starts and ends with are kept as they were, and only the text between them is folded anew, so
 * that a changed sentence changes the lines it is on. `previous` are the old content lines (at the same
 * indentation); the search for the line's start begins at `from`, and `next` says where the next line's begins.
 */
function refoldLine(line: string, indent: number, width: number, previous: readonly string[], from: number): { lines: string[]; next: number } {
  const pad = line.slice(0, indent);
  if (line.length <= indent || line[indent] === ' ') {
    return { lines: [line], next: from };
  }
  const breakable = (text: string): boolean => text !== '' && text[0] !== ' ' && !text.endsWith(' ');
  const oldText = (i: number): string | undefined => (previous[i].startsWith(pad) && breakable(previous[i].slice(indent)) ? previous[i].slice(indent) : undefined);
  let rest = line.slice(indent);
  let start = from;
  while (start < previous.length && oldText(start) === undefined) {
    start++;
  }
  const head: string[] = [];
  let i = start;
  for (; i < previous.length; i++) {
    const old = oldText(i);
    if (old === undefined || !rest.startsWith(`${old} `) || rest[old.length + 1] === ' ') {
      break;
    }
    head.push(pad + old);
    rest = rest.slice(old.length + 1);
  }
  let end = i;
  while (end < previous.length && oldText(end) !== undefined) {
    end++;
  }
  const tail: string[] = [];
  for (let j = end - 1; j >= i && head.length + tail.length < end - start; j--) {
    const old = oldText(j);
    if (old === undefined || !(rest === old || (rest.endsWith(` ${old}`) && rest[rest.length - old.length - 2] !== ' '))) {
      break;
    }
    tail.unshift(pad + old);
    rest = rest.slice(0, Math.max(0, rest.length - old.length - 1));
  }
  const middle = rest === '' ? [] : foldLine(pad + rest, indent, width);
  return { lines: [...head, ...middle, ...tail], next: head.length + tail.length > 0 ? end : from };
}

/**
 * Breaks a line of folded-block content at single spaces so that it fits `width`: a reader folds each such
 * break back into the space. More-indented lines are kept whole: their line breaks are not folded.
 */
function foldLine(line: string, indent: number, width: number): string[] {
  if (line.length <= width || line[indent] === ' ') {
    return [line];
  }
  const pad = line.slice(0, indent);
  const parts: string[] = [];
  let rest = line.slice(indent);
  while (indent + rest.length > width) {
    let split = -1;
    for (let i = 1; i < rest.length - 1; i++) {
      if (rest[i] === ' ' && rest[i - 1] !== ' ' && rest[i + 1] !== ' ') {
        if (indent + i > width && split !== -1) {
          break;
        }
        split = i;
      }
    }
    if (split === -1) {
      break;
    }
    parts.push(pad + rest.slice(0, split));
    rest = rest.slice(split + 1);
  }
  return [...parts, pad + rest];
}
