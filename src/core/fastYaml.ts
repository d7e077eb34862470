import type { Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { mapNode, pairNode, scalarNode, seqNode } from './fastNodes';
import { findNonPrintable } from './nonPrintable';
import { MAX_NESTING_DEPTH } from './yamlScreen';

/**
 * The fast reading path: a reader for the plain YAML that requirements files are written in (block mappings and
 * sequences, one-line flow collections, plain and quoted one-line scalars, literal and folded block scalars,
 * comments), giving the same nodes, ranges and values as `yaml`'s parseDocument with the core schema, in one pass
 * without a token stream. It builds `yaml`'s own node classes, so everything that reads a Document's nodes reads
 * these alike.
 *
 * It decides nothing about broken or unusual text: anything outside that subset, or anything it is unsure of, makes
 * it return undefined, and the caller reads the file with `yaml` (which reports every problem with its messages).
 * The rule is "the first construct not listed above": anchors, aliases, tags, directives, several documents,
 * explicit and complex keys, merge (`<<`) and `__proto__` keys, duplicate keys, multi-line plain or quoted
 * scalars, multi-line flow collections, tabs, lone CRs, block scalars with an indentation indicator or more-indented
 * folded lines, nesting past MAX_NESTING_DEPTH, and every syntax error. test/unit/fastYaml.test.ts holds both paths
 * to the same result on the fixtures, the bench corpora, the hostile set and a seeded fuzz.
 */
export interface FastRead {
  readonly contents: Node;
  readonly value: unknown;
}

export function readFastYaml(text: string): FastRead | undefined {
  // A tab, a lone CR, a Unicode line break or a BOM anywhere: the rules for them are subtle, and real files rarely
  // hold them. Control
  // characters are errors, which `yaml`'s path reports.
  if (/[\t\x85\u2028\u2029\uFEFF]|\r(?!\n)/.test(text) || findNonPrintable(text)) {
    return undefined;
  }
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === OUT) {
      return undefined;
    }
    throw error;
  }
}

/** Thrown to leave the subset; never escapes readFastYaml. */
const OUT = Symbol('outside the fast subset');

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;

type Read = { node: Node; value: unknown; end: number };

const NULL_VALUE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Only these first characters can start something else than a string, in the core schema. */
const MAY_RESOLVE = /^[-+.~0-9nNtTfF]/;

/** The value `yaml`'s core schema gives a plain scalar (in the order it tries its tags). */
function resolvePlain(source: string): unknown {
  if (source === '' || !MAY_RESOLVE.test(source)) {
    return source === '' ? null : source;
  }
  if (NULL_VALUE.test(source)) {
    return null;
  }
  if (BOOL.test(source)) {
    return source[0] === 't' || source[0] === 'T';
  }
  if (INT_OCT.test(source)) {
    return parseInt(source.slice(2), 8);
  }
  if (INT.test(source)) {
    return parseInt(source, 10);
  }
  if (INT_HEX.test(source)) {
    return parseInt(source.slice(2), 16);
  }
  if (FLOAT_NAN.test(source)) {
    return source.endsWith('nan') || source.endsWith('NaN') || source.endsWith('NAN') ? NaN : source[0] === '-' ? -Infinity : Infinity;
  }
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) {
    return parseFloat(source);
  }
  return source;
}

/** Characters that cannot start a plain scalar here (indicators), or that make `yaml` do something else. */
function plainStartRefused(code: number, next: number): boolean {
  switch (code) {
    case 0x2c: case 0x5b: case 0x5d: case 0x7b: case 0x7d: // , [ ] { }
    case 0x23: case 0x26: case 0x2a: case 0x21: case 0x7c: case 0x3e: // # & * ! | >
    case 0x27: case 0x22: case 0x25: case 0x40: case 0x60: // ' " % @ `
      return true;
    case DASH: case 0x3f: case COLON: // - ? : start a plain scalar only when something other than a space follows
      return next === SPACE || next === LF || next === CR || Number.isNaN(next);
    default:
      return false;
  }
}

function keyName(value: unknown): string {
  return value === null ? '' : String(value);
}

class Reader {
  private depth = 0;

  constructor(private readonly text: string) {}

  document(): FastRead | undefined {
    let pos = this.skipBlankLines(0, true);
    if (this.text.startsWith('---', pos)) {
      // Only a marker line of its own: content after it on the line is rare and has its own rules.
      const after = this.text.charCodeAt(pos + 3);
      if (after !== LF && after !== CR && !Number.isNaN(after)) {
        throw OUT;
      }
      pos = this.skipBlankLines(pos + 3);
    }
    if (pos >= this.text.length || this.indentAt(pos) !== 0) {
      // An empty document, or one that starts indented: `yaml` says what those are.
      throw OUT;
    }
    const read = this.blockMapping(pos, 0, -1);
    if (this.skipBlankLines(read.end) < this.text.length) {
      throw OUT;
    }
    return { contents: read.node, value: read.value };
  }

  /** The column of `at` (the count of spaces before it on its line, when `at` is the line's first content). */
  private indentAt(at: number): number {
    let start = at;
    while (start > 0 && this.text.charCodeAt(start - 1) !== LF) {
      start--;
    }
    return at - start;
  }

  /** From `at`, anywhere in a line, past the rest of it and every blank or comment-only line: the next content. */
  private skipBlankLines(at: number, marker = false): number {
    const text = this.text;
    let pos = at;
    for (;;) {
      while (this.text.charCodeAt(pos) === SPACE) {
        pos++;
      }
      const code = this.text.charCodeAt(pos);
      if (code === HASH) {
        // A comment runs to the end of its line; `#` starts one only after a space or at the line's start.
        if (pos > 0 && this.text.charCodeAt(pos - 1) !== SPACE && this.text.charCodeAt(pos - 1) !== LF) {
          throw OUT;
        }
        const lf = text.indexOf('\n', pos);
        if (lf === -1) {
          return text.length;
        }
        pos = lf + 1;
      } else if (code === CR) {
        pos += 2;
      } else if (code === LF) {
        pos++;
      } else {
        if (!marker && pos < text.length && text.startsWith('---', pos) && this.indentAt(pos) === 0) {
          throw OUT;
        }
        if (pos < text.length && text.startsWith('...', pos) && this.indentAt(pos) === 0) {
          throw OUT;
        }
        return pos;
      }
    }
  }

  /** After a value on its line: only spaces and a comment may follow. Returns the offset after the line break. */
  private lineRest(at: number): number {
    let pos = at;
    while (this.text.charCodeAt(pos) === SPACE) {
      pos++;
    }
    const code = this.text.charCodeAt(pos);
    if (code === HASH) {
      if (pos === at && this.text.charCodeAt(pos - 1) !== SPACE) {
        throw OUT;
      }
      const lf = this.text.indexOf('\n', pos);
      return lf === -1 ? this.text.length : lf + 1;
    }
    if (code === CR) {
      return pos + 2;
    }
    if (code === LF) {
      return pos + 1;
    }
    if (pos >= this.text.length) {
      return pos;
    }
    throw OUT;
  }

  /**
   * Where `yaml` ends a node (its range's third offset) that ends at `at`: past the comment lines below it indented
   * more than `column` (and the blank lines between them), after the last one's line break.
   */
  private absorbComments(at: number, column: number): number {
    const text = this.text;
    let pos = at;
    if (pos > 0 && pos < text.length && text.charCodeAt(pos - 1) !== LF) {
      const lf = text.indexOf('\n', pos);
      pos = lf === -1 ? text.length : lf + 1;
    }
    let end = at;
    while (pos < text.length) {
      let i = pos;
      while (text.charCodeAt(i) === SPACE) {
        i++;
      }
      const c = text.charCodeAt(i);
      const lf = text.indexOf('\n', i);
      const next = lf === -1 ? text.length : lf + 1;
      if (c === HASH && i - pos > column) {
        end = next;
      } else if (!(c === LF || c === CR)) {
        break;
      }
      pos = next;
    }
    return end;
  }

  /** Whether the first line from `at` that is not blank holds only a comment. */
  private commentFollows(at: number): boolean {
    const text = this.text;
    let i = at;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === LF || c === CR) {
        i++;
      } else {
        return c === HASH;
      }
    }
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING_DEPTH) {
      throw OUT;
    }
  }

  /** A block mapping whose keys sit at `column`, the first at `pos`; `parent` is the enclosing node's column. */
  private blockMapping(pos: number, column: number, parent: number): Read {
    this.enter();
    const map = mapNode(false);
    const value: Record<string, unknown> = {};
    let at = pos;
    let end: number;
    for (;;) {
      const key = this.key(at);
      if (Object.hasOwn(value, key.name) || key.name === '__proto__' || key.name === '<<') {
        throw OUT;
      }
      const item = this.blockValue(key.colonEnd, column, true);
      map.items.push(pairNode(key.node, item.node));
      value[key.name] = item.value;
      end = item.node.range?.[2] ?? item.end;
      const next = this.skipBlankLines(item.end);
      if (next >= this.text.length) {
        at = next;
        break;
      }
      const indent = this.indentAt(next);
      if (indent === column) {
        at = next;
        continue;
      }
      if (indent <= parent) {
        at = next;
        break;
      }
      throw OUT;
    }
    // The document keeps the comments after its top-level node.
    map.range = [pos, end, parent === -1 ? end : this.absorbComments(end, column - 1)];
    this.depth--;
    return { node: map, value, end: at };
  }

  /** A block sequence whose dashes sit at `column`, the first at `pos`. */
  private blockSequence(pos: number, column: number, parent: number): Read {
    this.enter();
    const seq = seqNode(false);
    const value: unknown[] = [];
    let at = pos;
    let end: number;
    for (;;) {
      const item = this.blockValue(at + 1, column, false);
      seq.items.push(item.node);
      value.push(item.value);
      end = item.node.range?.[2] ?? item.end;
      const next = this.skipBlankLines(item.end);
      if (next >= this.text.length) {
        at = next;
        break;
      }
      const indent = this.indentAt(next);
      if (indent === column && this.isDash(next)) {
        at = next;
        continue;
      }
      // A sequence at its key's own column ends at the next key; any other ends at its parent's column.
      if (indent <= parent) {
        at = next;
        break;
      }
      throw OUT;
    }
    seq.range = [pos, end, this.absorbComments(end, column - 1)];
    this.depth--;
    return { node: seq, value, end: at };
  }

  private isDash(at: number): boolean {
    if (this.text.charCodeAt(at) !== DASH) {
      return false;
    }
    const next = this.text.charCodeAt(at + 1);
    return next === SPACE || next === LF || next === CR || Number.isNaN(next);
  }

  /**
   * The value after a key's colon or a dash at `from`, on its line or on the lines below. `column` is the column
   * of the key or dash; `inMapping` says which (a sequence may sit at its key's own column).
   */
  private blockValue(from: number, column: number, inMapping: boolean): Read {
    let pos = from;
    while (this.text.charCodeAt(pos) === SPACE) {
      pos++;
    }
    const code = this.text.charCodeAt(pos);
    if (code === LF || code === CR || code === HASH || pos >= this.text.length) {
      // Nothing on this line: a child node below, or an empty value.
      if (code === HASH && pos === from) {
        throw OUT;
      }
      const lineEnd = this.lineRest(pos);
      const next = this.skipBlankLines(lineEnd);
      const indent = next < this.text.length ? this.indentAt(next) : -1;
      if (indent > column) {
        return this.blockNode(next, indent, column);
      }
      if (inMapping && indent === column && this.isDash(next)) {
        return this.blockSequence(next, column, column);
      }
      // `yaml` gives an empty value that comments follow an end of its own: those files take its path.
      if (code === HASH || this.commentFollows(lineEnd)) {
        throw OUT;
      }
      return { node: scalarNode(null, pos, pos, pos), value: null, end: lineEnd };
    }
    if (!inMapping && this.isDash(pos)) {
      return this.blockSequence(pos, this.indentAt(pos), column);
    }
    if (!inMapping && this.hasImplicitKey(pos)) {
      return this.blockMapping(pos, this.indentAt(pos), column);
    }
    return this.inlineValue(pos, column);
  }

  /** A node that starts a line at `column`, below its parent at `parent`. */
  private blockNode(pos: number, column: number, parent: number): Read {
    if (this.isDash(pos)) {
      return this.blockSequence(pos, column, parent);
    }
    if (this.hasImplicitKey(pos)) {
      return this.blockMapping(pos, column, parent);
    }
    // A scalar alone on its own line below its key: multi-line plain scalars are not the subset's.
    throw OUT;
  }

  /** A scalar or flow collection starting at `pos`, ending on this line (block scalars run on below). */
  private inlineValue(pos: number, parent: number): Read {
    const code = this.text.charCodeAt(pos);
    if (code === 0x7c || code === 0x3e) {
      return this.blockScalar(pos, parent);
    }
    let read: Read;
    if (code === 0x5b || code === 0x7b) {
      read = this.flowCollection(pos);
    } else {
      read = this.scalarRead(pos, false);
    }
    const lineEnd = this.lineRest(read.end);
    // A line below that is indented more would continue the value or be an error: `yaml` decides those.
    const next = this.skipBlankLines(lineEnd);
    if (next < this.text.length && this.indentAt(next) > parent) {
      throw OUT;
    }
    const range = read.node.range;
    if (range) {
      range[2] = this.absorbComments(lineEnd, parent);
    }
    return { ...read, end: lineEnd };
  }

  /** A quoted or plain one-line scalar at `pos` (plain by the rules of flow or block context). */
  private scalarRead(pos: number, inFlow: boolean): Read {
    const code = this.text.charCodeAt(pos);
    let value: unknown;
    let end: number;
    if (code === 0x22 || code === 0x27) {
      ({ value, end } = this.quoted(pos));
    } else {
      const plain = inFlow ? this.plainInFlow(pos) : this.plainInBlock(pos);
      value = resolvePlain(plain.source);
      end = plain.end;
    }
    return { node: scalarNode(value, pos, end, end), value, end };
  }

  /** The end of the text from `pos` to `end` without its trailing spaces. */
  private trimmedEnd(pos: number, end: number): number {
    let trimmed = end;
    while (trimmed > pos && this.text.charCodeAt(trimmed - 1) === SPACE) {
      trimmed--;
    }
    return trimmed;
  }

  /** Whether the line from `pos` starts with `key:` followed by a space or the line's end. */
  private hasImplicitKey(pos: number): boolean {
    const code = this.text.charCodeAt(pos);
    if (code === 0x22 || code === 0x27) {
      const close = this.quotedEnd(pos);
      return close !== -1 && this.text.charCodeAt(close) === COLON && this.spaceOrEnd(close + 1);
    }
    if (plainStartRefused(code, this.text.charCodeAt(pos + 1))) {
      return false;
    }
    const text = this.text;
    for (let i = pos; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) {
        return false;
      }
      if (c === COLON && this.spaceOrEnd(i + 1)) {
        return true;
      }
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) {
        return false;
      }
    }
    return false;
  }

  private spaceOrEnd(at: number): boolean {
    const c = this.text.charCodeAt(at);
    return c === SPACE || c === LF || c === CR || Number.isNaN(c);
  }

  /** A key at `pos` up to its colon. */
  private key(pos: number): { node: Scalar; name: string; colonEnd: number } {
    const code = this.text.charCodeAt(pos);
    let value: unknown;
    let end: number;
    if (code === 0x22 || code === 0x27) {
      const quoted = this.quoted(pos);
      value = quoted.value;
      end = quoted.end;
    } else {
      if (plainStartRefused(code, this.text.charCodeAt(pos + 1))) {
        throw OUT;
      }
      const text = this.text;
      let i = pos;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === LF || c === CR || (c === HASH && text.charCodeAt(i - 1) === SPACE)) {
          throw OUT;
        }
        if (c === COLON && this.spaceOrEnd(i + 1)) {
          break;
        }
      }
      end = this.trimmedEnd(pos, i);
      value = resolvePlain(text.slice(pos, end));
    }
    let colon = end;
    while (this.text.charCodeAt(colon) === SPACE) {
      colon++;
    }
    // yaml refuses implicit keys over 1024 characters.
    if (this.text.charCodeAt(colon) !== COLON || !this.spaceOrEnd(colon + 1) || end - pos > 1000) {
      throw OUT;
    }
    return { node: scalarNode(value, pos, end, end), name: keyName(value), colonEnd: colon + 1 };
  }

  /** A plain scalar in block context: to the end of the line or a comment. */
  private plainInBlock(pos: number): { source: string; end: number } {
    if (plainStartRefused(this.text.charCodeAt(pos), this.text.charCodeAt(pos + 1))) {
      throw OUT;
    }
    const text = this.text;
    let i = pos;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) {
        break;
      }
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) {
        break;
      }
      // `a: b: c` is a nested mapping on one line: an error in block context.
      if (c === COLON && this.spaceOrEnd(i + 1)) {
        throw OUT;
      }
    }
    const end = this.trimmedEnd(pos, i);
    return { source: text.slice(pos, end), end };
  }

  /** Where a quoted scalar starting at `pos` ends (after its closing quote), or -1 when not on this line. */
  private quotedEnd(pos: number): number {
    const text = this.text;
    const quote = text.charCodeAt(pos);
    for (let i = pos + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) {
        return -1;
      }
      if (quote === 0x22 && c === 0x5c) {
        i++;
      } else if (c === quote) {
        if (quote === 0x27 && text.charCodeAt(i + 1) === 0x27) {
          i++;
        } else {
          return i + 1;
        }
      }
    }
    return -1;
  }

  private quoted(pos: number): { value: string; end: number } {
    const end = this.quotedEnd(pos);
    if (end === -1) {
      throw OUT;
    }
    const body = this.text.slice(pos + 1, end - 1);
    if (this.text.charCodeAt(pos) === 0x27) {
      return { value: body.includes("'") ? body.replaceAll("''", "'") : body, end };
    }
    return { value: body.includes('\\') ? unescape(body) : body, end };
  }

  /** A flow sequence or mapping that closes on its line. */
  private flowCollection(pos: number): Read {
    this.enter();
    const text = this.text;
    const isSeq = this.text.charCodeAt(pos) === 0x5b;
    const close = isSeq ? 0x5d : 0x7d;
    const collection = isSeq ? seqNode(true) : mapNode(true);
    const items: unknown[] = [];
    const record: Record<string, unknown> = {};
    let at = this.flowSpace(pos + 1);
    if (this.text.charCodeAt(at) === close) {
      at++;
    } else {
      for (;;) {
        if (isSeq) {
          const item = this.flowItem(at);
          (collection as YAMLSeq).items.push(item.node);
          items.push(item.value);
          at = item.end;
        } else {
          const key = this.flowKey(at);
          if (Object.hasOwn(record, key.name) || key.name === '__proto__' || key.name === '<<') {
            throw OUT;
          }
          const item = this.flowItem(this.flowSpace(key.colonEnd));
          (collection as YAMLMap).items.push(pairNode(key.node, item.node));
          record[key.name] = item.value;
          at = item.end;
        }
        const c = this.text.charCodeAt(at);
        if (c === close) {
          at++;
          break;
        }
        if (c !== COMMA) {
          throw OUT;
        }
        at = this.flowSpace(at + 1);
        // A trailing comma, or an empty entry.
        if (this.text.charCodeAt(at) === close || this.text.charCodeAt(at) === COMMA) {
          throw OUT;
        }
      }
    }
    if (at > text.length) {
      throw OUT;
    }
    collection.range = [pos, at, at];
    this.depth--;
    return { node: collection, value: isSeq ? items : record, end: at };
  }

  /** Past spaces inside a flow collection; its line must not end there. */
  private flowSpace(at: number): number {
    let pos = at;
    while (this.text.charCodeAt(pos) === SPACE) {
      pos++;
    }
    const c = this.text.charCodeAt(pos);
    if (c === LF || c === CR || c === HASH || pos >= this.text.length) {
      throw OUT;
    }
    return pos;
  }

  /** One entry of a flow collection: its node ends at its text, `end` after the spaces that follow it. */
  private flowItem(pos: number): Read {
    const code = this.text.charCodeAt(pos);
    let read: Read;
    if (code === 0x5b || code === 0x7b) {
      read = this.flowCollection(pos);
    } else {
      read = this.scalarRead(pos, true);
    }
    const after = this.flowSpace(read.end);
    const range = read.node.range;
    if (range) {
      range[2] = after;
    }
    return { ...read, end: after };
  }

  private flowKey(pos: number): { node: Scalar; name: string; colonEnd: number } {
    const { value, end } = this.scalarRead(pos, true);
    const colon = this.flowSpace(end);
    if (this.text.charCodeAt(colon) !== COLON || this.text.charCodeAt(colon + 1) !== SPACE || end === pos) {
      throw OUT;
    }
    return { node: scalarNode(value, pos, end, end), name: keyName(value), colonEnd: colon + 1 };
  }

  /** A plain scalar inside a flow collection: up to `,`, a closing bracket, `: ` or the line's end. */
  private plainInFlow(pos: number): { source: string; end: number } {
    if (plainStartRefused(this.text.charCodeAt(pos), this.text.charCodeAt(pos + 1))) {
      throw OUT;
    }
    const text = this.text;
    let i = pos;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === COMMA || c === 0x5d || c === 0x7d) {
        break;
      }
      if (c === COLON) {
        const next = this.text.charCodeAt(i + 1);
        if (next === SPACE) {
          break;
        }
        // Inside a word (`09:30`) a colon is text; before a bracket, comma or line end `yaml` decides.
        if (next === COMMA || next === 0x5b || next === 0x5d || next === 0x7b || next === 0x7d || next === LF || next === CR || Number.isNaN(next)) {
          throw OUT;
        }
        continue;
      }
      // Brackets inside a plain scalar, comments, line ends: `yaml` knows their rules.
      if (c === 0x5b || c === 0x7b || c === LF || c === CR || (c === HASH && text.charCodeAt(i - 1) === SPACE)) {
        throw OUT;
      }
    }
    const end = this.trimmedEnd(pos, i);
    if (end === pos) {
      throw OUT;
    }
    return { source: text.slice(pos, end), end };
  }

  /** A literal (|) or folded (>) block scalar whose indicator is at `pos`; `parent` is its key's or dash's column. */
  private blockScalar(pos: number, parent: number): Read {
    const text = this.text;
    const folded = this.text.charCodeAt(pos) === 0x3e;
    let at = pos + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    if (this.text.charCodeAt(at) === DASH) {
      chomp = 'strip';
      at++;
    } else if (this.text.charCodeAt(at) === 0x2b) {
      chomp = 'keep';
      at++;
    }
    let lineStart = this.lineRest(at);
    const lines: string[] = [];
    let indent = -1;
    let contentEnd = lineStart;
    let trailingEnd = lineStart;
    let trailingBlank = 0;
    while (lineStart < text.length) {
      let lf = text.indexOf('\n', lineStart);
      const next = lf === -1 ? text.length : lf + 1;
      if (lf === -1) {
        lf = text.length;
      }
      const lineEnd = text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
      let spaces = 0;
      while (lineStart + spaces < lineEnd && text.charCodeAt(lineStart + spaces) === SPACE) {
        spaces++;
      }
      if (lineStart + spaces === lineEnd) {
        // A blank line: content when more follows, else the chomping decides.
        if (indent === -1 || spaces > indent) {
          throw OUT;
        }
        lines.push('');
        trailingBlank++;
        trailingEnd = next;
        lineStart = next;
        continue;
      }
      if (indent === -1) {
        if (spaces <= parent) {
          break;
        }
        indent = spaces;
      } else if (spaces < indent) {
        break;
      }
      if (folded && spaces > indent) {
        throw OUT;
      }
      lines.push(text.slice(lineStart + indent, lineEnd));
      trailingBlank = 0;
      contentEnd = next;
      trailingEnd = next;
      lineStart = next;
    }
    if (indent === -1) {
      throw OUT;
    }
    const content = lines.slice(0, lines.length - trailingBlank);
    let value = folded ? fold(content) : content.join('\n');
    if (chomp === 'clip') {
      value += '\n';
    } else if (chomp === 'keep') {
      value += '\n'.repeat(1 + trailingBlank);
    }
    const end = chomp === 'keep' ? trailingEnd : contentEnd;
    // Comments below a block scalar, indented into its parent: `yaml` knows where they belong.
    if (this.commentFollows(end)) {
      throw OUT;
    }
    // Kept line breaks with no final one: the chomping rules there are subtle.
    if (chomp === 'keep' && text.charCodeAt(end - 1) !== LF) {
      throw OUT;
    }
    return { node: scalarNode(value, pos, end, end), value, end };
  }
}

/** Folds the lines of a `>` block scalar (none more indented): a blank line is a line break, else a space. */
function fold(lines: readonly string[]): string {
  let out = '';
  let breaks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') {
      breaks++;
      continue;
    }
    if (i > 0) {
      out += breaks > 0 ? '\n'.repeat(breaks) : ' ';
    }
    out += line;
    breaks = 0;
  }
  return out;
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', ' ': ' ' };

/** The escapes of a one-line double-quoted scalar; others (\x, \U, \N, …) leave the subset. */
function unescape(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 1, i + 5))) {
      const code = parseInt(body.slice(i + 1, i + 5), 16);
      if (code >= 0xd800 && code <= 0xdfff) {
        throw OUT;
      }
      out += String.fromCharCode(code);
      i += 4;
    } else if (e !== undefined && e in ESCAPES) {
      out += ESCAPES[e];
    } else {
      throw OUT;
    }
  }
  return out;
}
