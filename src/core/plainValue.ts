import { type Document, isMap, isScalar, isSeq, YAMLMap, YAMLSeq } from 'yaml';

const NOT_PLAIN = Symbol('not plain');

/**
 * The document's value exactly as yaml's toJS gives it, built by a direct walk, for documents made only of plain
 * mappings, sequences and scalars (nearly every requirements file): toJS's general machinery (anchors, merge keys,
 * tags with their own conversions) costs about 5% of parsing. Anything else gives undefined, and the caller uses
 * toJS; test/unit/plainValue.test.ts holds the two to the same result.
 */
export function plainValue(doc: Document): { readonly value: unknown } | undefined {
  const value = convert(doc.contents);
  return value === NOT_PLAIN ? undefined : { value };
}

function convert(node: unknown): unknown {
  if (node === null) {
    return null;
  }
  if (isScalar(node)) {
    const value = node.value;
    return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : NOT_PLAIN;
  }
  // Subclasses (!!set, !!omap, !!pairs) convert to other shapes.
  if (isMap(node) && Object.getPrototypeOf(node) === YAMLMap.prototype) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = pair.key;
      const name = isScalar(key) ? keyName(key.value) : undefined;
      // `<<` may be a merge key; `__proto__` would set the prototype instead of a property.
      if (name === undefined || name === '<<' || name === '__proto__') {
        return NOT_PLAIN;
      }
      const value = convert(pair.value);
      if (value === NOT_PLAIN) {
        return NOT_PLAIN;
      }
      out[name] = value;
    }
    return out;
  }
  if (isSeq(node) && Object.getPrototypeOf(node) === YAMLSeq.prototype) {
    const out: unknown[] = [];
    for (const item of node.items) {
      const value = convert(item);
      if (value === NOT_PLAIN) {
        return NOT_PLAIN;
      }
      out.push(value);
    }
    return out;
  }
  // Aliases, pairs outside a mapping, and anything a custom tag made.
  return NOT_PLAIN;
}

/** The property name toJS gives a scalar key; undefined for keys it would have to stringify as YAML. */
function keyName(value: unknown): string | undefined {
  if (value === null) {
    return '';
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}
