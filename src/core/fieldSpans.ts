import { isMap, isPair, isSeq, type Node } from 'yaml';
import type { LineMap } from './lineMap';
import type { FieldSpan } from './model';
import { scalarKey } from './yamlPath';

/**
 * Records where each key/value pair of a mapping sits, down to `depth` levels, keyed by dotted path
 * ("decision.by", "proposed.PORTAL-001.priority"). Sequence values also get the range of every item.
 */
export function collectFieldSpans(map: Node | null | undefined, lineMap: LineMap, depth: number, prefix = '', into: Record<string, FieldSpan> = {}): Record<string, FieldSpan> {
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
    const keyRange = lineMap.range(key.range[0], key.range[1]);
    // An empty value ("owner:") sits just after the colon: point at the key's end.
    const valueRange = value?.range ? lineMap.range(value.range[0], value.range[1]) : lineMap.range(key.range[1], key.range[1]);
    const items = isSeq(value)
      ? value.items.flatMap((item) => {
          const r = (item as Node | null)?.range;
          return r ? [lineMap.range(r[0], r[1])] : [];
        })
      : undefined;
    const path = prefix + name;
    into[path] = items ? { key: keyRange, value: valueRange, items } : { key: keyRange, value: valueRange };
    if (depth > 1 && isMap(value)) {
      collectFieldSpans(value, lineMap, depth - 1, `${path}.`, into);
    } else if (depth > 1 && isSeq(value)) {
      value.items.forEach((item, i) => collectFieldSpans(item as Node, lineMap, depth - 1, `${path}.${i}.`, into));
    }
  }
  return into;
}
