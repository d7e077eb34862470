import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { localized, phrase, type LocalizedMessage, type MessageArg } from '../messages';
import { SCHEMA_MESSAGES } from '../schemaValidator';
import { findPair } from '../yamlPath';
import { EDIT_MESSAGES as M } from './editMessages';

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
export function locate(doc: Document, path: readonly PathSegment[]): Located | LocalizedMessage {
  if (path.length === 0) {
    return localized(M.emptyPath);
  }
  let node = doc.contents as Node | null;
  let found: FoundValue | undefined;
  let inFlow = false;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const where = pathLabel(path.slice(0, i));
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
        return localized(M.notAMapping, where, described(node), segment);
      }
    } else if (isSeq(node) && Number.isInteger(segment) && segment >= 0 && segment < node.items.length) {
      const item = node.items[segment] as Node | null;
      found = { kind: 'found', node: item, pair: undefined, parent: node, inFlow };
      node = item;
    } else {
      return isSeq(node)
        ? localized(M.noSuchItem, where, segment + 1, node.items.length)
        : localized(M.notAListNoItem, where, described(node), segment + 1);
    }
  }
  return sharedNodeReason(node, pathLabel(path)) ?? (found as FoundValue);
}

/** How messages name a place: "requirements › item 4 › status", counting items from 1 as users do. */
export function pathLabel(path: readonly PathSegment[]): MessageArg {
  const steps = path.map((s): MessageArg => (typeof s === 'number' ? phrase(M.pathItem, s + 1) : s));
  return steps.length === 0 ? phrase(M.pathTop) : steps.reduce((label, step) => phrase(M.pathStep, label, step));
}

/** Aliases and anchors make one node appear in several places; an edit here would silently change the others. */
function sharedNodeReason(node: Node | null, where: MessageArg): LocalizedMessage | undefined {
  if (isAlias(node)) {
    return localized(M.alias, where, node.source);
  }
  const anchor = (node as { anchor?: string } | null)?.anchor;
  if (anchor) {
    return localized(M.anchor, where, anchor);
  }
  return undefined;
}

function isEmpty(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

export function described(node: Node | null): MessageArg {
  if (isSeq(node)) {
    return phrase(SCHEMA_MESSAGES.typeArray);
  }
  if (isMap(node)) {
    return phrase(M.describedMapping);
  }
  return isScalar(node) && node.value !== null ? phrase(M.describedScalar, String(node.value)) : phrase(SCHEMA_MESSAGES.typeNull);
}
