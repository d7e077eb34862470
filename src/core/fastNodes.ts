import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * Nodes for the fast reader, shaped like `yaml`'s own: its isMap/isSeq/isScalar/isPair checks and `instanceof`
 * hold, and the fields the readers use (items, key, value, range, flow) are there. `yaml`'s constructors define
 * the node type on every instance with Object.defineProperty; here it sits on the prototype, so building a node is
 * a plain allocation (a tenth of the fast reader's time went to those constructors).
 */
type Range = [number, number, number];

class LightScalar {
  constructor(public value: unknown, public range: Range) {}
}

class LightPair {
  constructor(public key: unknown, public value: unknown) {}
}

class LightMap {
  items: unknown[] = [];
  range: Range = [0, 0, 0];
  flow = false;
}

class LightSeq {
  items: unknown[] = [];
  range: Range = [0, 0, 0];
  flow = false;
}

const NODE_TYPE = Symbol.for('yaml.node.type');
for (const [light, base, type] of [
  [LightScalar, Scalar, 'yaml.scalar'],
  [LightPair, Pair, 'yaml.pair'],
  [LightMap, YAMLMap, 'yaml.map'],
  [LightSeq, YAMLSeq, 'yaml.seq'],
] as const) {
  Object.setPrototypeOf(light.prototype, base.prototype);
  Object.defineProperty(light.prototype, NODE_TYPE, { value: Symbol.for(type) });
}

export function scalarNode(value: unknown, start: number, end: number, end2: number): Scalar {
  return new LightScalar(value, [start, end, end2]) as unknown as Scalar;
}

export function pairNode(key: Scalar, value: unknown): Pair {
  return new LightPair(key, value) as unknown as Pair;
}

export function mapNode(flow: boolean): YAMLMap {
  const map = new LightMap();
  map.flow = flow;
  return map as unknown as YAMLMap;
}

export function seqNode(flow: boolean): YAMLSeq {
  const seq = new LightSeq();
  seq.flow = flow;
  return seq as unknown as YAMLSeq;
}
