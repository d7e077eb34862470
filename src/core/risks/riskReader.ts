import { isMap, isPair, isSeq, type Node } from 'yaml';
import type { Range } from '../finding';
import type { LineMap } from '../lineMap';
import { asNumber, asRecord, asString, asStringList, defined } from '../values';
import { findPair, scalarKey } from '../yamlPath';
import { RISK_FIELDS, type Risk, type RiskData, type RiskField, type RiskLink } from './risk';

/** The risks of a register whose root mapping was read: `rootNode` its YAML node, `lineMap` the file's lines. */
export function readRisks(file: string, root: Record<string, unknown>, rootNode: Node, lineMap: LineMap): Risk[] {
  const seq = findPair(rootNode, 'risks')?.value;
  if (!Array.isArray(root.risks) || !isSeq(seq)) {
    return [];
  }
  const values: unknown[] = root.risks;
  const risks: Risk[] = [];
  values.forEach((value, index) => {
    const item = asRecord(value);
    const node = seq.items[index] as Node | null;
    if (!item || !isMap(node) || !node.range) {
      return;
    }
    const data = readRiskData(item);
    const start = node.range[0];
    // No key holds undefined: the index cache carries risks as JSON, which would drop it.
    risks.push({
      file, index, id: data.id ?? '', data,
      range: lineMap.range(start, node.range[1]),
      headRange: lineMap.range(start, lineMap.lineEnd(lineMap.position(start).line)),
      valueRanges: valueRanges(node, lineMap),
      links: readLinks(node, lineMap),
    });
  });
  return risks;
}

function readRiskData(item: Record<string, unknown>): RiskData {
  return defined({
    id: asString(item.id),
    title: asString(item.title),
    description: asString(item.description),
    category: asString(item.category),
    probability: asNumber(item.probability),
    impact: asNumber(item.impact),
    owner: asString(item.owner),
    response: asString(item.response),
    mitigation: asString(item.mitigation),
    contingency: asString(item.contingency),
    status: asString(item.status),
    review_on: asString(item.review_on),
    links: asStringList(item.links),
  });
}

function valueRanges(node: Node, lineMap: LineMap): Partial<Record<RiskField, Range>> {
  const ranges: Partial<Record<RiskField, Range>> = {};
  if (!isMap(node)) {
    return ranges;
  }
  for (const pair of node.items) {
    const name = isPair(pair) ? scalarKey(pair) : undefined;
    const field = RISK_FIELDS.find((f) => f === name);
    const key = (isPair(pair) ? pair.key : undefined) as Node | null | undefined;
    const value = (isPair(pair) ? pair.value : undefined) as Node | null | undefined;
    // An empty value ("owner:") sits just after the colon: point at the key's end.
    const span = value?.range ? [value.range[0], value.range[1]] : key?.range ? [key.range[1], key.range[1]] : undefined;
    if (field && span) {
      ranges[field] = lineMap.range(span[0], span[1]);
    }
  }
  return ranges;
}

function readLinks(node: Node, lineMap: LineMap): RiskLink[] {
  const seq = findPair(node, 'links')?.value;
  if (!isSeq(seq)) {
    return [];
  }
  return seq.items.flatMap((item) => {
    const link = item as Node | null;
    const id = link && 'value' in link ? asString(link.value) : undefined;
    return id && link?.range ? [{ id, range: lineMap.range(link.range[0], link.range[1]) }] : [];
  });
}
