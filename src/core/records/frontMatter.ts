/**
 * Where a Markdown file's YAML front matter is, by offsets into the text as given (after the BOM the decoder
 * strips). The front matter opens with `---` as the first line and closes at the next line that is `---` (or
 * `...`), spaces after either allowed; a `---` further down is the body's (a Markdown rule).
 */
export type FrontMatterSplit =
  | {
      readonly found: true;
      /** The YAML: from the line after the opening fence to the start of the closing fence's line. */
      readonly yamlStart: number;
      readonly yamlEnd: number;
      /** Where the body starts: after the closing fence's line break (the text's end when there is none). */
      readonly bodyStart: number;
    }
  | { readonly found: false; readonly reason: 'missing' | 'unclosed'; readonly yamlStart: number };

const OPENING = /^---[ \t]*(\r?\n|$)/;
const CLOSING = /^(---|\.\.\.)[ \t]*(\r?\n|$)/gm;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const opening = OPENING.exec(text.slice(bom));
  if (!opening) {
    return { found: false, reason: 'missing', yamlStart: bom };
  }
  const yamlStart = bom + opening[0].length;
  CLOSING.lastIndex = yamlStart;
  const closing = yamlStart === text.length ? null : CLOSING.exec(text);
  if (!closing) {
    return { found: false, reason: 'unclosed', yamlStart };
  }
  return { found: true, yamlStart, yamlEnd: closing.index, bodyStart: closing.index + closing[0].length };
}

/**
 * The front matter as a YAML text of the same length up to its end, so that every offset the YAML reader gives is
 * the Markdown file's: what comes before it (the opening fence) becomes spaces, its line breaks kept.
 */
export function frontMatterYaml(text: string, split: Extract<FrontMatterSplit, { found: true }>): string {
  return text.slice(0, split.yamlStart).replace(/[^\r\n]/g, ' ') + text.slice(split.yamlStart, split.yamlEnd);
}
