import { isMap, isSeq, type Node } from 'yaml';
import { isDate } from '../changeRequests/utcTimestamp';
import type { LineMap } from '../lineMap';
import { idsInText } from '../requirementIdText';
import { asRecord, asString, asStringList, defined } from '../values';
import { findPair } from '../yamlPath';
import type { CommunicationRecord, IdMention, MentionPlace, RecordAction, RecordActionData, RecordData } from './communicationRecord';
import type { FrontMatterSplit } from './frontMatter';

/**
 * The record of a Markdown file whose front matter was read: `root` is its value (a mapping), `rootNode` its YAML
 * node with offsets into `text`, `lineMap` the whole file's lines.
 */
export function readRecord(
  file: string, text: string, split: Extract<FrontMatterSplit, { found: true }>, root: Record<string, unknown>, rootNode: Node, lineMap: LineMap,
): CommunicationRecord {
  const data: RecordData = defined({
    kind: asString(root.kind),
    on: asString(root.on),
    subject: asString(root.subject),
    with: asStringList(root.with),
    channel: asString(root.channel),
    decisions: asStringList(root.decisions),
    actions: Array.isArray(root.actions) ? root.actions.map(readActionData) : undefined,
    requirements: asStringList(root.requirements),
    changes: asStringList(root.changes),
  });
  const { date, time } = recordMoment(data.on);
  // No key holds undefined: the index cache carries records as JSON, which would drop it.
  return {
    file,
    data,
    ...(date === undefined ? {} : { date }),
    ...(time === undefined ? {} : { time }),
    actions: readActions(data.actions ?? [], rootNode, lineMap),
    mentions: readMentions(text, split, rootNode, lineMap),
    range: lineMap.range(0, lineMap.lineEnd(lineMap.position(split.yamlEnd).line)),
    headRange: lineMap.range(0, lineMap.lineEnd(0)),
  };
}

/** The local date and moment of `on`: `2026-06-01` is a date; `2026-06-01T10:00+08:00` a date with its moment. */
export function recordMoment(on: string | undefined): { readonly date: string | undefined; readonly time: number | undefined } {
  const date = on?.slice(0, 10);
  if (on === undefined || date === undefined || !isDate(date)) {
    return { date: undefined, time: undefined };
  }
  if (on.length === 10) {
    return { date, time: undefined };
  }
  // Date.parse wants the offset as +08:00; the schema also allows +0800.
  const time = Date.parse(on.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(time) ? { date: undefined, time: undefined } : { date, time };
}

function readActionData(raw: unknown): RecordActionData {
  const item = asRecord(raw) ?? {};
  return defined({ who: asString(item.who), what: asString(item.what), due: asString(item.due), done: typeof item.done === 'boolean' ? item.done : undefined });
}

function readActions(actions: readonly RecordActionData[], rootNode: Node, lineMap: LineMap): RecordAction[] {
  const seq = findPair(rootNode, 'actions')?.value;
  if (!isSeq(seq)) {
    return [];
  }
  const read: RecordAction[] = [];
  actions.forEach((action, index) => {
    const node = seq.items[index] as Node | null;
    if (!isMap(node) || !node.range) {
      return;
    }
    const valueRange = (key: string): RecordAction['whoRange'] => {
      const pair = findPair(node, key);
      const span = pair?.value?.range ?? pair?.key?.range;
      return span ? lineMap.range(span[0], span[1]) : undefined;
    };
    read.push(defined({
      index, who: action.who, what: action.what, due: action.due, done: action.done === true,
      range: lineMap.range(node.range[0], node.range[1]), whoRange: valueRange('who'), dueRange: valueRange('due'),
    }));
  });
  return read;
}

/** Every ID in the file after the opening fence; those that are items of `requirements` or `changes` say so. */
function readMentions(text: string, split: Extract<FrontMatterSplit, { found: true }>, rootNode: Node, lineMap: LineMap): IdMention[] {
  const listed: { readonly place: MentionPlace; readonly start: number; readonly end: number }[] = [];
  for (const place of ['requirements', 'changes'] as const) {
    const seq = findPair(rootNode, place)?.value;
    if (isSeq(seq)) {
      for (const item of seq.items) {
        const r = (item as Node | null)?.range;
        if (r) {
          listed.push({ place, start: r[0], end: r[1] });
        }
      }
    }
  }
  return idsInText(text, split.yamlStart).map(({ id, offset }) => ({
    id,
    range: lineMap.range(offset, offset + id.length),
    place: offset < split.yamlEnd ? listed.find((l) => offset >= l.start && offset < l.end)?.place ?? 'text' : 'text',
  }));
}
