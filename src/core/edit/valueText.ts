import type { Layout } from './editSource';
import { blockScalar, inlineScalar, type BlockStyle } from './scalarText';
import { isYamlList, isYamlMapping, isYamlScalar, type YamlCollection, type YamlValue } from './yamlValue';

/**
 * How a new value of a key is written when there is no existing value to match: a list in flow (`[A, B]`)
 * or block style (one `- item` a line), long or multi-line text as a folded (`>`) or literal (`|`) block.
 */
export type ValueStyle = 'flow' | 'block' | BlockStyle;

export interface RenderOptions {
  readonly layout: Layout;
  readonly styles: Readonly<Record<string, ValueStyle>>;
}

/** New lines are kept within this many columns where the value allows. */
export const LINE_WIDTH = 80;

/** The value on one line in flow style: a scalar, `[A, B]`, `{ by: Bob, on: 2026-11-23 }`. */
export function flowText(value: YamlValue): string {
  if (isYamlList(value)) {
    return `[${value.map(flowText).join(', ')}]`;
  }
  if (isYamlMapping(value)) {
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([key, item]) => `${inlineScalar(key, 'flowKey')}: ${flowText(item)}`).join(', ')} }`;
  }
  return inlineScalar(value, 'flow');
}

/** Lines (without line breaks) for `key: value` with the key at `column`; a block value continues on the lines below. */
export function pairLines(key: string, value: YamlValue, column: number, options: RenderOptions): string[] {
  return valueLines(`${' '.repeat(column)}${inlineScalar(key, 'key')}:`, value, column, options.layout.indent, key, options);
}

/** Lines for a list item with its dash at `column`; a mapping item starts on the dash line (`- id: …`). */
export function itemLines(value: YamlValue, column: number, options: RenderOptions): string[] {
  const { itemIndent } = options.layout;
  const dash = `${' '.repeat(column)}-${' '.repeat(itemIndent - 2)}`;
  if (!isYamlScalar(value) && isBlockCollection(value, undefined, column + itemIndent, options)) {
    const lines = collectionLines(value, column + itemIndent, options);
    return [`${dash} ${lines[0].trimStart()}`, ...lines.slice(1)];
  }
  return valueLines(dash, value, column, itemIndent, undefined, options);
}

/**
 * `head` followed by the value: ` value` on the same line, or a block scalar header with its content
 * lines, or a block collection on the lines below (children indented by `childIndent` past `parentColumn`).
 */
export function valueLines(head: string, value: YamlValue, parentColumn: number, childIndent: number, key: string | undefined, options: RenderOptions): string[] {
  if (typeof value === 'string') {
    const style = blockScalarStyle(value, head.length + 1, key, options);
    const block = style ? blockScalar(value, style, parentColumn, childIndent, LINE_WIDTH) : undefined;
    if (block) {
      return [`${head} ${block.header}`, ...block.lines];
    }
  }
  if (!isYamlScalar(value) && isBlockCollection(value, key, head.length + 1, options)) {
    const { sequenceIndent, indent } = options.layout;
    return [head, ...collectionLines(value, parentColumn + (isYamlList(value) ? sequenceIndent : indent), options)];
  }
  return [`${head} ${isYamlScalar(value) ? inlineScalar(value, 'block') : flowText(value)}`];
}

function collectionLines(value: YamlCollection, column: number, options: RenderOptions): string[] {
  return isYamlList(value)
    ? value.flatMap((item) => itemLines(item, column, options))
    : Object.entries(value).flatMap(([key, item]) => pairLines(key, item, column, options));
}

/** Whether a collection goes on the lines below its key: by the key's style, else when it does not fit one line. */
function isBlockCollection(value: YamlCollection, key: string | undefined, startColumn: number, options: RenderOptions): boolean {
  if (isYamlList(value) ? value.length === 0 : Object.keys(value).length === 0) {
    return false;
  }
  const style = key === undefined ? undefined : options.styles[key];
  if (style === 'flow' || style === 'block') {
    return style === 'block';
  }
  if (isYamlMapping(value)) {
    return true;
  }
  return value.some((item) => !isYamlScalar(item) || (typeof item === 'string' && item.includes('\n'))) || startColumn + flowText(value).length > LINE_WIDTH;
}

/** Multi-line text is always a block scalar; long text too when the key's style says folded or literal. */
function blockScalarStyle(value: string, startColumn: number, key: string | undefined, options: RenderOptions): BlockStyle | undefined {
  const style = key === undefined ? undefined : options.styles[key];
  const blockStyle: BlockStyle = style === 'folded' ? 'folded' : 'literal';
  if (value.includes('\n')) {
    return blockStyle;
  }
  const long = (style === 'folded' || style === 'literal') && startColumn + inlineScalar(value, 'block').length > LINE_WIDTH;
  return long ? blockStyle : undefined;
}
