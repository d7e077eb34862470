import { isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { LineMap } from '../lineMap';
import { localized, messageArg, type LocalizedMessage } from '../messages';
import { parseYamlSource } from '../yamlSource';
import { EDIT_MESSAGES } from './editMessages';
import type { EditResult } from './textEdit';

/** How the file lays out block collections, so that new lines look like their neighbours. */
export interface Layout {
  readonly eol: '\n' | '\r\n';
  /** Columns a nested mapping is indented by, relative to its key. */
  readonly indent: number;
  /** Columns the dashes of a block list are indented by, relative to its key (0 or 2, usually). */
  readonly sequenceIndent: number;
  /** Columns from a dash to the item's content: 2 for "- x". */
  readonly itemIndent: number;
}

/** A text parsed once for one or more edits. Offsets are into `text`, which has no byte order mark. */
export interface EditSource {
  readonly text: string;
  readonly doc: Document;
  readonly value: unknown;
  readonly lineMap: LineMap;
  readonly layout: Layout;
  /** 1 when the caller's text starts with a byte order mark: edits are shifted by it on the way out. */
  readonly bomLength: number;
}

/** Parses a text for editing, or says why it must not be edited: a file with YAML errors is never written. */
export function openForEdit(rawText: string): EditSource | LocalizedMessage {
  const source = parseYamlSource(rawText, { maxBytes: Number.POSITIVE_INFINITY });
  const { text, doc, lineMap } = source;
  if (!doc || source.hasSyntaxErrors) {
    const error = source.findings.find((f) => f.severity === 'error');
    return error ? localized(EDIT_MESSAGES.yamlErrorsAt, error.range.start.line + 1, messageArg(error)) : localized(EDIT_MESSAGES.yamlErrors);
  }
  return { text, doc, value: source.value, lineMap, layout: detectLayout(text, doc, lineMap), bomLength: rawText.length - text.length };
}

/** Opens the text, runs one edit on it and returns the edits as offsets into the text as given. */
export function editText(text: string, edit: (source: EditSource) => EditResult): EditResult {
  const source = openForEdit(text);
  if (!('doc' in source)) {
    return { ok: false, refusal: source };
  }
  const result = edit(source);
  if (!result.ok || source.bomLength === 0) {
    return result;
  }
  const shift = source.bomLength;
  return { ok: true, edits: result.edits.map((e) => ({ start: e.start + shift, end: e.end + shift, newText: e.newText })) };
}

function detectLayout(text: string, doc: Document, lineMap: LineMap): Layout {
  const column = (offset: number): number => lineMap.position(offset).character;
  const line = (offset: number): number => lineMap.position(offset).line;
  let indent: number | undefined;
  let sequenceIndent: number | undefined;
  let itemIndent: number | undefined;
  visit(doc, {
    Pair(_key, pair) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!key?.range || !value?.range || (!isMap(value) && !isSeq(value)) || value.flow || line(value.range[0]) === line(key.range[0])) {
        return undefined;
      }
      const offset = column(value.range[0]) - column(key.range[0]);
      if (isMap(value) && indent === undefined && offset > 0) {
        indent = offset;
      } else if (isSeq(value) && sequenceIndent === undefined && offset >= 0) {
        sequenceIndent = offset;
      }
      return indent !== undefined && sequenceIndent !== undefined && itemIndent !== undefined ? visit.BREAK : undefined;
    },
    Seq(_key, seq) {
      const first = seq.items[0] as Node | null | undefined;
      if (itemIndent === undefined && !seq.flow && seq.range && first?.range && (isMap(first) || isScalar(first)) && line(first.range[0]) === line(seq.range[0])) {
        itemIndent = column(first.range[0]) - column(seq.range[0]);
      }
      return undefined;
    },
  });
  const eol = text[text.indexOf('\n') - 1] === '\r' ? '\r\n' : '\n';
  return { eol, indent: indent ?? 2, sequenceIndent: sequenceIndent ?? indent ?? 2, itemIndent: Math.max(2, itemIndent ?? 2) };
}
