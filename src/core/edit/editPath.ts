import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { findPair } from '../yamlPath';

/** A key of a mapping or the index of a list item: ['requirements', 3, 'status']. */
export type PathSegment = string | number;

/** A value that exists at the path. */
export interface FoundValue {
  readonly kind: 'found';
  /** Null only for a key written without any value node (`? key` or `{ key }`). */
  readonly node: Node | null;
  /** The mapping entry holding the value; undefined for a list item. */
  readonly pair: Pair<Node, Node | null> | undefined;
  readonly parent: YAMLMap | YAMLSeq;
  /** Whether the value sits inside a flow collection (`{ … }`, `[ … ]`), where only flow style is valid. */
  readonly inFlow: boolean;
}

/** The last existing mapping on the path lacks `key`; `rest` are the keys that would go below it. */
export interface MissingKey {
  readonly kind: 'missing';
  readonly map: YAMLMap;
  readonly key: string;
  readonly rest: readonly PathSegment[];
  readonly inFlow: boolean;
}

/** An empty value (`decision:`) stands where the path needs a mapping; `rest` are the keys that would go below it. */
export interface EmptyValue {
  readonly kind: 'empty';
  readonly found: FoundValue;
  readonly rest: readonly PathSegment[];
}

export type Located = FoundValue | MissingKey | EmptyValue;

/**
 * Follows a path through the document, or says why an edit there is refused: a path through a list or a
 * single value where a mapping is needed, or through an alias or anchored node (editing it would also
 * change every place that refers to it).
 */
export function locate(doc: Document, path: readonly PathSegment[]): Located | string {
  if (path.length === 0) {
    return 'An edit needs the path of a value inside the file; the path is empty.';
  }
  let node = doc.contents as Node | null;
  let found: FoundValue | undefined;
  let inFlow = false;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const where = `The value at ${pathLabel(path.slice(0, i))}`;
    const shared = sharedNodeReason(node, where);
    if (shared) {
      return shared;
    }
    inFlow ||= (isMap(node) || isSeq(node)) && node.flow === true;
    if (typeof segment === 'string') {
      if (isMap(node)) {
        const pair = findPair(node, segment);
        if (!pair) {
          return { kind: 'missing', map: node, key: segment, rest: path.slice(i + 1), inFlow };
        }
        found = { kind: 'found', node: pair.value, pair, parent: node, inFlow };
        node = pair.value;
      } else if (found && isEmpty(node)) {
        return { kind: 'empty', found, rest: path.slice(i) };
      } else {
        return `${where} is ${described(node)}, not a mapping: it has no key '${segment}'.`;
      }
    } else if (isSeq(node) && Number.isInteger(segment) && segment >= 0 && segment < node.items.length) {
      const item = node.items[segment] as Node | null;
      found = { kind: 'found', node: item, pair: undefined, parent: node, inFlow };
      node = item;
    } else {
      return isSeq(node)
        ? `${where} has no item ${segment + 1} (it has ${node.items.length}).`
        : `${where} is ${described(node)}, not a list: it has no item ${segment + 1}.`;
    }
  }
  return sharedNodeReason(node, `The value at ${pathLabel(path)}`) ?? (found as FoundValue);
}

/** How messages name a place: "requirements › item 4 › status", counting items from 1 as users do. */
export function pathLabel(path: readonly PathSegment[]): string {
  return path.length === 0 ? 'the top level of the file' : path.map((s) => (typeof s === 'number' ? `item ${s + 1}` : s)).join(' › ');
}

/** Aliases and anchors make one node appear in several places; an edit here would silently change the others. */
function sharedNodeReason(node: Node | null, where: string): string | undefined {
  if (isAlias(node)) {
    return `${where} is an alias (*${node.source}) of a value written elsewhere in the file: editing it would change that value and every other alias of it. Edit the file by hand.`;
  }
  const anchor = (node as { anchor?: string } | null)?.anchor;
  if (anchor) {
    return `${where} has an anchor (&${anchor}): aliases (*${anchor}) elsewhere in the file repeat it, so editing it would change them too. Edit the file by hand.`;
  }
  return undefined;
}

function isEmpty(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

export function described(node: Node | null): string {
  if (isSeq(node)) {
    return 'a list';
  }
  if (isMap(node)) {
    return 'a mapping';
  }
  if (isScalar(node)) {
    return node.value === null ? 'empty' : `a single value ('${String(node.value)}')`;
  }
  return 'empty';
}
