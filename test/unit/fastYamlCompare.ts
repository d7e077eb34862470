import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { readFastYaml } from '../../src/core/fastYaml';
import { plainValue } from '../../src/core/plainValue';
import { screenedDocument } from '../../src/core/screenedParse';
import { findNonPrintable } from '../../src/core/nonPrintable';

/** A node as both readers must give it: kind, value and the range a finding or a span can use. */
function outline(node: unknown, path: string, into: string[]): void {
  const n = node as Node | null;
  const range = n?.range ? `${n.range[0]}-${n.range[1]}-${n.range[2]}` : 'none';
  if (isMap(n)) {
    into.push(`${path} map${n.flow ? ' flow' : ''} ${range}`);
    n.items.forEach((pair, i) => {
      if (!isPair(pair)) {
        into.push(`${path}/${i} not a pair`);
        return;
      }
      outline(pair.key, `${path}/${i}k`, into);
      outline(pair.value, `${path}/${i}v`, into);
    });
  } else if (isSeq(n)) {
    into.push(`${path} seq${n.flow ? ' flow' : ''} ${range}`);
    n.items.forEach((item, i) => outline(item, `${path}/${i}`, into));
  } else if (isScalar(n)) {
    const value = typeof n.value === 'number' && Object.is(n.value, -0) ? '-0' : JSON.stringify(n.value) ?? String(n.value);
    into.push(`${path} ${typeof n.value} ${value} ${range}`);
  } else {
    into.push(`${path} ${String(node)}`);
  }
}

export type Comparison =
  | { readonly kind: 'fast'; readonly differences: string[] }
  | { readonly kind: 'refused' };

/**
 * Reads `text` with both paths. When the fast reader takes the file, `yaml` must read it without an error or a
 * warning and give the same nodes and value; `differences` lists what differs (empty when the two agree).
 */
export function compareReaders(text: string): Comparison {
  const fast = readFastYaml(text);
  if (!fast) {
    return { kind: 'refused' };
  }
  const { doc } = screenedDocument(text);
  const differences: string[] = [];
  if (!doc) {
    return { kind: 'fast', differences: ['yaml refused to read what the fast reader read'] };
  }
  if (doc.errors.length > 0 || doc.warnings.length > 0 || findNonPrintable(text)) {
    differences.push(`yaml reports ${[...doc.errors, ...doc.warnings].map((e) => e.code).join(', ') || 'a control character'}`);
  }
  const expected: string[] = [];
  const actual: string[] = [];
  outline(doc.contents, '', expected);
  outline(fast.contents, '', actual);
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    if (expected[i] !== actual[i]) {
      differences.push(`yaml: ${expected[i]}  fast: ${actual[i]}`);
      break;
    }
  }
  const value = plainValue(doc)?.value ?? doc.toJS();
  if (!isDeepStrictEqual(value, fast.value)) {
    differences.push(`value: yaml ${JSON.stringify(value).slice(0, 200)} fast ${JSON.stringify(fast.value).slice(0, 200)}`);
  }
  return { kind: 'fast', differences };
}
