/**
 * A linear pre-scan of YAML text for how deeply it nests, run before any YAML reader sees the text.
 *
 * Why: `yaml` reads nested collections by recursion. At about 800 levels of flow nesting (`[[[…`) or 950 of block
 * nesting on Node's default 984 KB stack its composer overflows; the error is caught, but the next parse in the
 * same process can then abort V8 itself ("RegExpCompiler Allocation failed"), which no try/catch, worker thread or
 * process handler contains. Every level costs about 1.2 KB of stack, so a caller already deep in its own stack,
 * or a host with a smaller one, fails earlier. Real files nest a handful of levels (a change request's
 * proposed values or history: about seven); refusing past MAX_NESTING_DEPTH keeps every parse far from the
 * reader's limits while no real file comes near it.
 *
 * The count errs on the high side where the text is ambiguous (it never needs to know a construct exactly, only
 * that it cannot nest deeper than counted): flow brackets outside quotes and comments, and block levels as the
 * distinct indentation columns of entries (`- `, `? `, `key:`) open at a line, compact entries on one line
 * (`- - x`) included. A block sequence written at its key's own column is not counted as a level of its own, so
 * block nesting may be counted at half its true depth: the limit leaves room for that too.
 */
export const MAX_NESTING_DEPTH = 100;

export interface NestingRefusal {
  /** Where the text first nests deeper than the limit. */
  readonly offset: number;
  readonly limit: number;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const DASH = 0x2d;
const QUESTION = 0x3f;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const PIPE = 0x7c;
const GREATER = 0x3e;
const AMPERSAND = 0x26;
const BANG = 0x21;
const STAR = 0x2a;
const PERCENT = 0x25;
const DOT = 0x2e;

/** Returns where the text nests deeper than `limit`, or undefined when it stays within it. */
export function screenYaml(text: string, limit = MAX_NESTING_DEPTH): NestingRefusal | undefined {
  return new Screen(text, limit).run();
}

class Screen {
  private i = 0;
  /** Offset of the current line's first character. */
  private lineStart = 0;
  private flow = 0;
  /** Columns of the block collections open at the current line, strictly increasing. */
  private readonly columns: number[] = [];
  /** Inside a block scalar whose content is indented more than this column. */
  private blockScalarParent: number | undefined;
  private refusal: number | undefined;

  constructor(private readonly text: string, private readonly limit: number) {}

  run(): NestingRefusal | undefined {
    const { text } = this;
    while (this.i < text.length && this.refusal === undefined) {
      this.line();
    }
    return this.refusal === undefined ? undefined : { offset: this.refusal, limit: this.limit };
  }

  /** One line, from its first character to just past its line break. */
  private line(): void {
    const { text } = this;
    const start = this.i;
    this.lineStart = start;
    let indent = 0;
    while (text.charCodeAt(start + indent) === SPACE) {
      indent++;
    }
    this.i = start + indent;
    const first = text.charCodeAt(this.i);
    const blank = this.atLineEnd() || first === HASH || (first === TAB && this.restIsBlank());
    if (this.blockScalarParent !== undefined) {
      if (blank || indent > this.blockScalarParent) {
        this.skipLine();
        return;
      }
      this.blockScalarParent = undefined;
    }
    if (blank) {
      this.skipLine();
      return;
    }
    if (this.flow > 0) {
      this.scan();
      return;
    }
    if (indent === 0 && (first === PERCENT || this.documentMarker())) {
      // A directive, or --- / ... : a new document starts with nothing open.
      this.columns.length = 0;
      if (first === PERCENT || text.charCodeAt(this.i) === DOT) {
        this.skipLine();
        return;
      }
      this.i += 3;
      this.skipSpaces();
      if (this.atLineEnd()) {
        this.skipLine();
        return;
      }
    }
    const columns = this.columns;
    while (columns.length > 0 && columns[columns.length - 1] > indent) {
      columns.pop();
    }
    this.node(this.column());
  }

  /** A node starting at the current character, in block context. */
  private node(column: number): void {
    const { text } = this;
    for (;;) {
      if (this.refusal !== undefined || this.atLineEnd()) {
        this.skipLine();
        return;
      }
      const c = text.charCodeAt(this.i);
      if ((c === DASH || c === QUESTION) && this.isSeparated(this.i + 1)) {
        // A sequence entry or an explicit key: a collection at this column, its content further right.
        this.open(column);
        this.i++;
        this.skipSpaces();
        column = this.column();
        continue;
      }
      if (c === COLON && this.isSeparated(this.i + 1)) {
        // The value of an explicit key (`: x` under `? k`).
        this.open(column);
        this.i++;
        this.skipSpaces();
        column = this.column();
        continue;
      }
      if (c === AMPERSAND || c === BANG) {
        // An anchor or a tag before the node itself.
        this.skipToken();
        this.skipSpaces();
        column = this.column();
        continue;
      }
      if (c === STAR) {
        this.skipToken();
        this.skipSpaces();
        this.afterScalar(column);
        return;
      }
      if (c === OPEN_SQUARE || c === OPEN_CURLY) {
        this.scan();
        return;
      }
      if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
        this.skipQuoted(c);
        this.afterScalar(column);
        return;
      }
      if (c === PIPE || c === GREATER) {
        const columns = this.columns;
        this.blockScalarParent = columns.length > 0 ? columns[columns.length - 1] : -1;
        this.skipLine();
        return;
      }
      if (c === HASH) {
        this.skipLine();
        return;
      }
      // A plain scalar: up to `: ` (then it was a key) or ` #` or the line's end.
      while (!this.atLineEnd()) {
        const d = text.charCodeAt(this.i);
        if (d === COLON && this.isSeparated(this.i + 1)) {
          break;
        }
        if (d === HASH && this.i > 0 && isBlank(text.charCodeAt(this.i - 1))) {
          this.skipLine();
          return;
        }
        this.i++;
      }
      this.afterScalar(column);
      return;
    }
  }

  /** After a scalar in block context: `: ` makes it a key of a mapping at `column`, whose value follows. */
  private afterScalar(column: number): void {
    this.skipSpaces();
    if (this.text.charCodeAt(this.i) === COLON && this.isSeparated(this.i + 1)) {
      this.open(column);
      this.i++;
      this.skipSpaces();
      this.node(this.column());
    } else {
      this.skipLine();
    }
  }

  /** A block collection at `column`: a level deeper unless one is already open there. */
  private open(column: number): void {
    const columns = this.columns;
    if (columns.length === 0 || columns[columns.length - 1] < column) {
      columns.push(column);
      this.check(this.i);
    }
  }

  /**
   * Flow context (and what follows it on the line once every bracket is closed): brackets count, quoted
   * scalars and comments are skipped. Runs across lines while a bracket is open.
   */
  private scan(): void {
    const { text } = this;
    let nodeStart = true;
    while (this.i < text.length && this.refusal === undefined) {
      const c = text.charCodeAt(this.i);
      if (c === LF || c === CR) {
        if (this.flow === 0) {
          this.skipLine();
          return;
        }
        this.i += c === CR && text.charCodeAt(this.i + 1) === LF ? 2 : 1;
        this.lineStart = this.i;
        nodeStart = true;
        continue;
      }
      if (c === OPEN_SQUARE || c === OPEN_CURLY) {
        this.flow++;
        this.check(this.i);
        this.i++;
        nodeStart = true;
      } else if (c === CLOSE_SQUARE || c === CLOSE_CURLY) {
        this.flow = Math.max(0, this.flow - 1);
        this.i++;
        nodeStart = false;
        if (this.flow === 0) {
          // `[a]: b` — a flow key, its value after the colon.
          this.afterScalar(this.column());
          return;
        }
      } else if ((c === DOUBLE_QUOTE || c === SINGLE_QUOTE) && nodeStart) {
        this.skipQuoted(c);
        nodeStart = false;
      } else if (c === HASH && (this.i === 0 || isBlank(text.charCodeAt(this.i - 1)))) {
        while (this.i < text.length && !isBreak(text.charCodeAt(this.i))) {
          this.i++;
        }
      } else {
        if (c === COMMA || c === COLON || c === QUESTION || c === DASH) {
          nodeStart = true;
        } else if (!isBlank(c)) {
          nodeStart = false;
        }
        this.i++;
      }
    }
  }

  /** The current depth is flow brackets plus open block collections; the first place past the limit is kept. */
  private check(offset: number): void {
    if (this.refusal === undefined && this.flow + this.columns.length > this.limit) {
      this.refusal = offset;
    }
  }

  /** Skips a quoted scalar from its opening quote, across lines; `''` in single quotes and `\` escapes in double. */
  private skipQuoted(quote: number): void {
    const { text } = this;
    this.i++;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (quote === DOUBLE_QUOTE && c === BACKSLASH) {
        this.i += 2;
        continue;
      }
      if (c === quote) {
        if (quote === SINGLE_QUOTE && text.charCodeAt(this.i + 1) === SINGLE_QUOTE) {
          this.i += 2;
          continue;
        }
        this.i++;
        return;
      }
      this.i++;
      if (c === LF || (c === CR && text.charCodeAt(this.i) !== LF)) {
        this.lineStart = this.i;
      }
    }
  }

  private skipToken(): void {
    const { text } = this;
    while (this.i < text.length && !isBlank(text.charCodeAt(this.i)) && !isBreak(text.charCodeAt(this.i))) {
      this.i++;
    }
  }

  private skipSpaces(): void {
    while (isBlank(this.text.charCodeAt(this.i))) {
      this.i++;
    }
  }

  /** Past the end of the line, its line break included (\n, \r\n or a lone \r). */
  private skipLine(): void {
    const { text } = this;
    while (this.i < text.length && !isBreak(text.charCodeAt(this.i))) {
      this.i++;
    }
    if (text.charCodeAt(this.i) === CR) {
      this.i++;
    }
    if (text.charCodeAt(this.i) === LF) {
      this.i++;
    }
    this.lineStart = this.i;
  }

  private atLineEnd(): boolean {
    return this.i >= this.text.length || isBreak(this.text.charCodeAt(this.i));
  }

  private restIsBlank(): boolean {
    let j = this.i;
    while (isBlank(this.text.charCodeAt(j))) {
      j++;
    }
    return j >= this.text.length || isBreak(this.text.charCodeAt(j)) || this.text.charCodeAt(j) === HASH;
  }

  private documentMarker(): boolean {
    const { text, i } = this;
    const c = text.charCodeAt(i);
    return (c === DASH || c === DOT) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c && this.isSeparated(i + 3);
  }

  /** Whether the character at `at` ends a token: a space, a tab, a line break or the end of the text. */
  private isSeparated(at: number): boolean {
    const c = this.text.charCodeAt(at);
    return at >= this.text.length || isBlank(c) || isBreak(c);
  }

  private column(): number {
    return this.i - this.lineStart;
  }
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

function isBreak(c: number): boolean {
  return c === LF || c === CR;
}
