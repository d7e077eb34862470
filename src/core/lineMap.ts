import type { Position, Range } from './finding';

/** The offset where each line starts: enough to turn offsets into positions without keeping the text. */
export type LineStarts = readonly number[];

/** The line/character of `offset`; offsets past the last line stay on it. */
export function positionIn(lines: LineStarts, offset: number): Position {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid] <= offset) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return { line: low, character: offset - lines[low] };
}

export function rangeIn(lines: LineStarts, start: number, end: number): Range {
  return { start: positionIn(lines, start), end: positionIn(lines, end) };
}

/** Converts string offsets to line/character positions; built once per text. */
export class LineMap {
  readonly lineStarts: LineStarts;

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    return positionIn(this.lineStarts, Math.max(0, Math.min(offset, this.text.length)));
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  offset(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lineStarts.length - 1));
    return Math.min(this.lineStarts[line] + position.character, this.text.length);
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** End of the line's content, before its line break (\n or \r\n). */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : this.text.length;
    return next > 0 && this.text[next - 1] === '\r' && next - 1 >= this.lineStart(line) ? next - 1 : next;
  }
}
