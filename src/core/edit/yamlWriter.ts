import { isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { localized, type LocalizedMessage } from '../messages';
import { scalarKey } from '../yamlPath';
import { EDIT_MESSAGES } from './editMessages';
import type { FoundValue } from './editPath';
import type { EditSource } from './editSource';
import { blockScalar, inlineScalar } from './scalarText';
import type { TextEdit } from './textEdit';
import { flowText, itemLines, LINE_WIDTH, pairLines, valueLines, type RenderOptions } from './valueText';
import type { YamlEditOptions } from './yamlEdits';
import { isYamlList, isYamlMapping, isYamlScalar, sameValue, type YamlScalar, type YamlValue } from './yamlValue';

/** Computes the text edits for one change against a source's text and layout; it never changes the source. */
export class YamlWriter {
  private readonly text: string;
  private readonly eol: string;
  private readonly render: RenderOptions;

  constructor(private readonly source: EditSource, private readonly options: YamlEditOptions) {
    this.text = source.text;
    this.eol = source.layout.eol;
    this.render = { layout: source.layout, styles: options.styles ?? {} };
  }

  /** Writes `value` in place of an existing value (or an empty one), keeping its style where it can. */
  write(target: FoundValue, value: YamlValue): TextEdit[] | LocalizedMessage {
    const { node } = target;
    if (!node?.range) {
      return localized(EDIT_MESSAGES.keyWithoutValue);
    }
    const [start, end] = node.range;
    if (target.inFlow) {
      const text = isYamlScalar(value) ? inlineScalar(value, 'flow', isScalar(node) ? node.type : undefined) : flowText(value);
      return [this.replace(start, end, start === end ? this.spaced(start, text) : text)];
    }
    if (isScalar(node) && isYamlScalar(value)) {
      if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) {
        return [this.replaceBlockScalar(target, node, value)];
      }
      const multiLine = typeof value === 'string' && value.includes('\n') && node.type !== Scalar.QUOTE_DOUBLE;
      if (!multiLine) {
        const text = inlineScalar(value, 'block', node.type);
        return [this.replace(start, end, start === end ? this.spaced(start, text) : text)];
      }
    }
    if (isSeq(node) && node.items.length > 0 && isYamlList(value) && value.length > 0 && node.items.every(isScalar) && value.every(isYamlScalar)) {
      return this.updateList(target, node, value);
    }
    if ((isSeq(node) || isMap(node)) && node.flow && node.items.length > 0 && !isYamlScalar(value)) {
      return [this.replace(start, end, flowText(value))];
    }
    return target.pair ? this.writePairValue(target.pair, node, value) : this.writeItemValue(target.parent as YAMLSeq, node, value);
  }

  /** Inserts `key: value` after the sibling that precedes it in the key order, else after the last sibling. */
  insertPair(map: YAMLMap, key: string, value: YamlValue, inFlow: boolean): TextEdit[] {
    const pairs = map.items as Pair<Node, Node | null>[];
    const after = this.predecessor(pairs, key) ?? pairs[pairs.length - 1];
    if (map.flow || inFlow) {
      const entry = `${inlineScalar(key, 'flowKey')}: ${flowText(value)}`;
      const at = after ? this.pairEnd(after) : (map.range?.[0] ?? 0) + 1;
      return [this.replace(at, at, after ? `, ${entry}` : entry)];
    }
    const lines = pairLines(key, value, this.column(keyStart(pairs[0])), this.render);
    const at = this.lineEndAt(this.pairEnd(after));
    return [this.replace(at, at, this.eol + lines.join(this.eol))];
  }

  removePair(map: YAMLMap, pair: Pair<Node, Node | null>): TextEdit[] {
    const pairs = map.items as Pair<Node, Node | null>[];
    const index = pairs.indexOf(pair);
    const start = keyStart(pair);
    if (map.flow) {
      if (pairs.length === 1) {
        return [this.replace(start, this.pairEnd(pair), '')];
      }
      return index < pairs.length - 1
        ? [this.replace(start, keyStart(pairs[index + 1]), '')]
        : [this.replace(this.pairEnd(pairs[index - 1]), this.pairEnd(pair), '')];
    }
    if (pairs.length === 1) {
      // A block mapping cannot be written empty; `{}` keeps it a mapping.
      return [this.replace(start, this.pairEnd(pair), '{}')];
    }
    const { lineMap } = this.source;
    if (this.text.slice(lineMap.lineStart(lineMap.position(start).line), start).trim() !== '') {
      // The first key of a list item shares the dash's line: the next key moves up onto it.
      return [this.replace(start, keyStart(pairs[index + 1]), '')];
    }
    return [this.removeLines(start, this.pairEnd(pair))];
  }

  /** Appends items after the last one, in the list's own style. */
  appendItems(seq: YAMLSeq, items: readonly YamlValue[]): TextEdit {
    const existing = seq.items as Node[];
    const last = existing[existing.length - 1];
    if (seq.flow) {
      const at = last?.range ? last.range[1] : (seq.range?.[0] ?? 0) + 1;
      const texts = items.map(flowText);
      return this.replace(at, at, last ? texts.map((t) => `, ${t}`).join('') : texts.join(', '));
    }
    const dashColumn = this.column(seq.range?.[0] ?? 0);
    const render = this.itemRender(seq);
    const at = this.lineEndAt(this.contentEnd(last));
    const lines = items.flatMap((item) => {
      const flow = this.flowLike(last, item);
      const { itemIndent } = render.layout;
      return flow !== undefined && dashColumn + itemIndent + flow.length <= LINE_WIDTH
        ? [`${' '.repeat(dashColumn)}-${' '.repeat(itemIndent - 1)}${flow}`]
        : itemLines(item, dashColumn, render);
    });
    return this.replace(at, at, this.eol + lines.join(this.eol));
  }

  /** A new item written like a flow collection item before it (`- { on: …, by: … }`), with its brace spacing. */
  private flowLike(previous: Node, item: YamlValue): string | undefined {
    if (!((isMap(previous) && isYamlMapping(item)) || (isSeq(previous) && isYamlList(item))) || !previous.flow || !previous.range) {
      return undefined;
    }
    const text = flowText(item);
    const spaced = /^[{[] /.test(this.text.slice(previous.range[0], previous.range[0] + 2));
    return spaced || !isYamlMapping(item) ? text : text.replace(/^\{ /, '{').replace(/ \}$/, '}');
  }

  /** A list of scalars changes item by item, so that unchanged items (and their comments) stay as they are. */
  private updateList(target: FoundValue, seq: YAMLSeq, value: readonly YamlScalar[]): TextEdit[] | LocalizedMessage {
    const items = seq.items as Scalar[];
    const edits: TextEdit[] = [];
    for (let i = 0; i < Math.min(items.length, value.length); i++) {
      if (!sameValue(items[i].value, value[i])) {
        const written = this.write({ kind: 'found', node: items[i], pair: undefined, parent: seq, inFlow: target.inFlow || seq.flow === true }, value[i]);
        if (!Array.isArray(written)) {
          return written;
        }
        edits.push(...written);
      }
    }
    if (value.length > items.length) {
      edits.push(this.appendItems(seq, value.slice(items.length)));
    } else if (value.length < items.length) {
      const keptEnd = this.contentEnd(items[value.length - 1]);
      edits.push(seq.flow ? this.replace(keptEnd, this.contentEnd(items[items.length - 1]), '') : this.removeLines(items[value.length].range?.[0] ?? keptEnd, this.contentEnd(items[items.length - 1])));
    }
    return edits;
  }

  /** A block scalar stays a block scalar of the same style and indentation unless the new value fits a short line. */
  private replaceBlockScalar(target: FoundValue, node: Scalar, value: YamlScalar): TextEdit {
    const [start, end] = node.range ?? [0, 0];
    const header = this.text.slice(start, this.lineEndAt(start));
    const indicators = /^[|>][0-9+-]*/.exec(header)?.[0] ?? '';
    const comment = header.slice(indicators.length);
    const close = this.text[end - 1] === '\n' ? this.eol : '';
    const inline = inlineScalar(value, 'block');
    if (typeof value === 'string' && (value.includes('\n') || this.column(start) + inline.length > LINE_WIDTH)) {
      const parentColumn = this.parentColumn(target);
      const style = node.type === Scalar.BLOCK_FOLDED ? 'folded' : 'literal';
      // A folded block keeps its old line breaks where the text around them is unchanged.
      const previous = style === 'folded' ? this.text.slice(this.lineEndAt(start), end).split('\n').slice(1).map((line) => line.replace(/\r$/, '')) : [];
      const block = blockScalar(value, style, parentColumn, this.blockContentIndent(node, indicators, parentColumn) - parentColumn, LINE_WIDTH, previous);
      if (block) {
        return this.replace(start, end, block.header + comment + this.eol + block.lines.join(this.eol) + close);
      }
    }
    return this.replace(start, end, inline + comment + close);
  }

  /**
   * Writes a value after `key:`. What stood on the key's line is replaced (its trailing comment stays);
   * the lines of a block value below the key are replaced by the new value's lines, if any.
   */
  private writePairValue(pair: Pair<Node, Node | null>, node: Node, value: YamlValue): TextEdit[] | LocalizedMessage {
    const key = pair.key;
    const { lineMap } = this.source;
    const keyLine = lineMap.position(keyStart(pair)).line;
    const start = node.range?.[0] ?? 0;
    const column = this.column(keyStart(pair));
    const [head, ...below] = valueLines('', value, column, this.source.layout.indent, scalarKey(pair), this.render);
    const belowText = below.length > 0 ? this.eol + below.join(this.eol) : '';
    if (lineMap.position(start).line === keyLine) {
      const valueEnd = this.contentEnd(node);
      const lastLineEnd = this.lineEndAt(valueEnd);
      return [this.replace(this.backOverSpaces(start), valueEnd, head), this.replace(lastLineEnd, lastLineEnd, belowText)];
    }
    const colon = this.colonEnd(key.range?.[1] ?? start);
    if (colon === undefined) {
      return localized(EDIT_MESSAGES.explicitKey, String(scalarKey(pair)));
    }
    return [this.replace(colon, colon, head), this.replace(this.lineEndAt(colon), this.lineEndAt(this.contentEnd(node)), belowText)];
  }

  /** Writes a list item's value after its dash; a mapping starts on the dash line. */
  private writeItemValue(seq: YAMLSeq, node: Node, value: YamlValue): TextEdit[] {
    const [start, end] = node.range ?? [0, 0];
    const dashColumn = this.column(seq.range?.[0] ?? 0);
    const render = this.itemRender(seq);
    const [first, ...below] = itemLines(value, dashColumn, render);
    const head = first.slice(dashColumn + render.layout.itemIndent);
    if (isScalar(node) && node.type !== Scalar.BLOCK_FOLDED && node.type !== Scalar.BLOCK_LITERAL) {
      const lastLineEnd = this.lineEndAt(end);
      const belowText = below.length > 0 ? this.eol + below.join(this.eol) : '';
      return [this.replace(start, end, start === end ? this.spaced(start, head) : head), this.replace(lastLineEnd, lastLineEnd, belowText)];
    }
    return [this.replace(start, this.contentEnd(node), [head, ...below].join(this.eol))];
  }

  private predecessor(pairs: readonly Pair<Node, Node | null>[], key: string): Pair<Node, Node | null> | undefined {
    const order = this.options.keyOrder ?? [];
    const rank = order.indexOf(key);
    let best: Pair<Node, Node | null> | undefined;
    let bestRank = -1;
    for (const pair of pairs) {
      const pairRank = order.indexOf(scalarKey(pair) ?? '');
      if (pairRank >= 0 && pairRank < rank && pairRank > bestRank) {
        best = pair;
        bestRank = pairRank;
      }
    }
    return best;
  }

  /** Render options whose item indentation is the one this list uses (`-   x` keeps its spaces). */
  private itemRender(seq: YAMLSeq): RenderOptions {
    const first = seq.items[0] as Node | null | undefined;
    const dash = seq.range?.[0];
    const { lineMap } = this.source;
    if (dash === undefined || !first?.range || lineMap.position(first.range[0]).line !== lineMap.position(dash).line) {
      return this.render;
    }
    const itemIndent = Math.max(2, this.column(first.range[0]) - this.column(dash));
    return { ...this.render, layout: { ...this.render.layout, itemIndent } };
  }

  /** The column a block scalar's content is indented from: its key's, or its list dash's. */
  private parentColumn(target: FoundValue): number {
    return this.column(target.pair ? keyStart(target.pair) : target.parent.range?.[0] ?? 0);
  }

  private blockContentIndent(node: Scalar, indicators: string, parentColumn: number): number {
    const explicit = /[1-9]/.exec(indicators)?.[0];
    if (explicit) {
      return parentColumn + Number(explicit);
    }
    const [start, end] = node.range ?? [0, 0];
    const content = this.text.slice(this.lineEndAt(start), end).split('\n').find((line) => line.trim() !== '');
    const indent = content ? content.length - content.trimStart().length : 0;
    return indent > parentColumn ? indent : parentColumn + this.source.layout.indent;
  }

  /** Where a node's own text ends: before trailing spaces, line breaks and the comments after its last item. */
  private contentEnd(node: Node | null | undefined): number {
    if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
      const last = node.items[node.items.length - 1];
      return isPair(last) ? this.pairEnd(last as Pair<Node, Node | null>) : this.contentEnd(last as Node | null);
    }
    const [start, end] = node?.range ?? [0, 0];
    let at = end;
    while (at > start && /\s/.test(this.text[at - 1])) {
      at--;
    }
    return at;
  }

  private pairEnd(pair: Pair<Node, Node | null>): number {
    return pair.value?.range ? this.contentEnd(pair.value) : (pair.key.range?.[1] ?? 0);
  }

  /** Removes whole lines from the one holding `from` to the one holding `to`, with their line breaks. */
  private removeLines(from: number, to: number): TextEdit {
    const { lineMap } = this.source;
    const firstLine = lineMap.position(from).line;
    const lastLine = lineMap.position(to).line;
    const start = lineMap.lineStart(firstLine);
    if (lastLine + 1 < lineMap.lineCount) {
      return this.replace(start, lineMap.lineStart(lastLine + 1), '');
    }
    // The last line has no line break to take along: take the one before it instead.
    return this.replace(firstLine > 0 ? lineMap.lineEnd(firstLine - 1) : start, this.text.length, '');
  }

  private colonEnd(keyEnd: number): number | undefined {
    let at = keyEnd;
    while (this.text[at] === ' ' || this.text[at] === '\t') {
      at++;
    }
    return this.text[at] === ':' ? at + 1 : undefined;
  }

  private backOverSpaces(offset: number): number {
    let at = offset;
    while (at > 0 && (this.text[at - 1] === ' ' || this.text[at - 1] === '\t')) {
      at--;
    }
    return at;
  }

  /** An empty value sits right after its `:` or `-`: a value written there needs a space before it. */
  private spaced(offset: number, text: string): string {
    return this.text[offset - 1] === ' ' ? text : ` ${text}`;
  }

  private lineEndAt(offset: number): number {
    return this.source.lineMap.lineEnd(this.source.lineMap.position(offset).line);
  }

  private column(offset: number): number {
    return this.source.lineMap.position(offset).character;
  }

  private replace(start: number, end: number, newText: string): TextEdit {
    return { start, end, newText };
  }
}

function keyStart(pair: Pair<Node, Node | null>): number {
  return pair.key.range?.[0] ?? 0;
}
