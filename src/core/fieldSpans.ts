import { isMap, isPair, isSeq, type Node } from 'yaml';
import type { Range } from './finding';
import { type LineStarts, rangeIn } from './lineMap';
import type { FieldSpan } from './model';
import { scalarKey } from './yamlPath';

/**
 * Records where each key/value pair of a mapping sits, down to `depth` levels, keyed by dotted path
 * ("decision.by", "proposed.PORTAL-001", "history.0.on"). Sequence values also get the span of every item.
 */
export function collectFieldSpans(map: Node | null | undefined, depth: number, prefix = '', into: Record<string, FieldSpan> = {}): Record<string, FieldSpan> {
  if (!isMap(map)) {
    return into;
  }
  for (const pair of map.items) {
    if (!isPair(pair)) {
      continue;
    }
    const name = scalarKey(pair);
    const key = pair.key as Node | null;
    if (name === undefined || !key?.range) {
      continue;
    }
    const value = pair.value as Node | null;
    // An empty value ("owner:") sits just after the colon: point at the key's end.
    const span = value?.range
      ? [key.range[0], key.range[1], value.range[0], value.range[1]]
      : [key.range[0], key.range[1], key.range[1], key.range[1]];
    if (isSeq(value)) {
      for (const item of value.items) {
        const r = (item as Node | null)?.range;
        if (r) {
          span.push(r[0], r[1]);
        }
      }
    }
    const path = prefix + name;
    into[path] = span;
    if (depth > 1 && isMap(value)) {
      collectFieldSpans(value, depth - 1, `${path}.`, into);
    } else if (depth > 1 && isSeq(value)) {
      value.items.forEach((item, i) => collectFieldSpans(item as Node, depth - 1, `${path}.${i}.`, into));
    }
  }
  return into;
}

/** Something whose fields were located in a file: a requirement or a change request. */
export interface Located {
  readonly fields: Readonly<Partial<Record<string, FieldSpan>>>;
  readonly lines: LineStarts;
}

type FieldPath<L extends Located> = keyof L['fields'] & string;

/** The range of the field's key, if the field is written. */
export function keyRange<L extends Located>(of: L, path: FieldPath<L>): Range | undefined {
  const span = of.fields[path];
  return span && rangeIn(of.lines, span[0], span[1]);
}

/** The range of the field's value (the end of its key when the value is empty). */
export function valueRange<L extends Located>(of: L, path: FieldPath<L>): Range | undefined {
  const span = of.fields[path];
  return span && rangeIn(of.lines, span[2], span[3]);
}

/** The range of one item of a list-valued field. */
export function itemRange<L extends Located>(of: L, path: FieldPath<L>, index: number): Range | undefined {
  const span = of.fields[path];
  const at = 4 + 2 * index;
  return span && index >= 0 && at + 1 < span.length ? rangeIn(of.lines, span[at], span[at + 1]) : undefined;
}

/** The ranges of all items of a list-valued field, in order. */
export function itemRanges<L extends Located>(of: L, path: FieldPath<L>): Range[] {
  const span = of.fields[path];
  const ranges: Range[] = [];
  for (let at = 4; span && at + 1 < span.length; at += 2) {
    ranges.push(rangeIn(of.lines, span[at], span[at + 1]));
  }
  return ranges;
}
