import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';

/** What sits at a JSON-pointer-like path inside a YAML document. */
export interface PathTarget {
  /** The node at the path, if it exists. */
  readonly node: Node | undefined;
  /** The key node when the path ends at a mapping entry. */
  readonly key: Node | undefined;
  /** The deepest existing ancestor (the node itself when it exists). */
  readonly nearest: Node | undefined;
}

/** Splits an ajv instancePath ("/requirements/0/priority") into segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') {
    return [];
  }
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function scalarKey(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) {
    return String(key.value);
  }
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

export function findPair(map: Node, key: string): Pair<Node, Node | null> | undefined {
  if (!isMap(map)) {
    return undefined;
  }
  for (const item of map.items) {
    if (isPair(item) && scalarKey(item) === key) {
      return item as Pair<Node, Node | null>;
    }
  }
  return undefined;
}

/** What sits at `segments` below a document's top-level node. */
export function resolvePath(root: Node | null | undefined, segments: readonly string[]): PathTarget {
  let node: Node | undefined = root ?? undefined;
  let key: Node | undefined;
  let nearest: Node | undefined = node;
  for (const segment of segments) {
    if (!node) {
      break;
    }
    if (isMap(node)) {
      const pair = findPair(node, segment);
      key = pair?.key ?? undefined;
      node = pair?.value ?? undefined;
    } else if (isSeq(node)) {
      key = undefined;
      const item = node.items[Number(segment)];
      node = item && typeof item === 'object' ? (item as Node) : undefined;
    } else {
      key = undefined;
      node = undefined;
    }
    if (node) {
      nearest = node;
    } else if (key) {
      nearest = key;
    }
  }
  return { node, key, nearest };
}

/** Start and end offset of a node's own text (without trailing comments or blank lines). */
export function nodeSpan(node: Node | undefined): [number, number] | undefined {
  const range = node?.range;
  return range ? [range[0], range[1]] : undefined;
}
