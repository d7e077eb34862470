import type { LineStarts } from './lineMap';
import type { FieldSpan } from './model';
import { jsonOrUndefined } from './jsonOrUndefined';

type Spans = Record<string, FieldSpan>;

const TAB = 0x09;
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * The located half of an encoded file, kept as UTF-8 until a range in the file is asked for: the file's line
 * lengths, then the field spans of each requirement (or of its change request), TAB-separated (JSON never holds a
 * raw TAB). On reopen only the files that show a problem, are edited or revealed need theirs; decoding every
 * file's spans up front was half of the JSON the extension host parsed.
 */
export class DeferredSpans {
  private source: Uint8Array | undefined;
  private parts: string[] | undefined;
  private lineStarts: LineStarts | undefined;
  private readonly fieldSpans: (Spans | undefined)[] = [];

  /**
   * `source` is the section after the first TAB of an encoded file, a copy of its own (so that it keeps nothing
   * else alive); its parts were counted by the caller.
   */
  constructor(source: Uint8Array) {
    this.source = source;
  }

  /** How many TAB-separated parts `section` holds (line lengths + one per located item). */
  static countParts(section: Uint8Array): number {
    let count = 1;
    for (let at = section.indexOf(TAB); at !== -1; at = section.indexOf(TAB, at + 1)) {
      count++;
    }
    return count;
  }

  lines(): LineStarts {
    this.lineStarts ??= lineStarts(this.part(0));
    return this.lineStarts;
  }

  /** The field spans of the `item`-th located item (requirement order, or 0 for a change request). */
  fields(item: number): Spans {
    let spans = this.fieldSpans[item];
    if (!spans) {
      spans = checkSpans(this.part(item + 1));
      this.fieldSpans[item] = spans;
    }
    return spans;
  }

  /** Decoded once per file, on the first range asked for in it; the source is released then. */
  private part(index: number): string {
    if (!this.parts) {
      this.parts = decoder.decode(this.source).split('\t');
      this.source = undefined;
    }
    return this.parts[index] ?? '';
  }
}

/**
 * The caller counted the parts when it decoded the file; a part that is not what the codec writes (a damaged
 * cache that still splits right) yields no spans, or a single line, rather than an error thrown in the middle of
 * a view: the rules then point at the item's head.
 */
function checkSpans(text: string): Spans {
  const value = jsonOrUndefined(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {};
  }
  const spans = value as Record<string, unknown>;
  for (const name in spans) {
    const span = spans[name];
    if (!Array.isArray(span) || span.length < 4 || span.length % 2 !== 0 || !span.every((n) => typeof n === 'number')) {
      return {};
    }
  }
  return spans as Spans;
}

function lineStarts(text: string): LineStarts {
  const lengths = jsonOrUndefined(text);
  const starts: number[] = [];
  let at = 0;
  for (const length of Array.isArray(lengths) ? lengths : []) {
    if (typeof length !== 'number') {
      return [0];
    }
    at += length;
    starts.push(at);
  }
  return starts.length > 0 ? starts : [0];
}
