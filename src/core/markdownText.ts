/**
 * Makes user text inert in Markdown while keeping it readable as plain text: only what a renderer (CommonMark,
 * GitHub, VS Code's preview with links and math, VS Code's hovers with theme icons) would read as markup is
 * backslash-escaped, so `CR-0006`, `2026-12-07`, `li.na` and `Bob Li (Acme)` stay as written. Whitespace runs
 * collapse to one space, so leading spaces cannot start a code block and line breaks cannot start a block.
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return escapeLineStart(line.replace(INLINE_MARKUP, escapeInline));
}

/** A Markdown table, the first row its header; every cell made inert (escapeMarkdown), so text can form no link, HTML or table break (`\|`). */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...body.map(line)].map((l) => `${l}\n`).join('');
}

/** Like escapeMarkdown, for the text of an ATX heading: a closing run of `#` would be dropped as the heading's end. */
export function escapeMarkdownHeading(text: string): string {
  return escapeMarkdown(text).replace(/(^|\s)(#+)$/, '$1\\$2');
}

/** Like escapeMarkdown, keeping paragraphs (blank-line separated) as paragraphs. */
export function escapeMarkdownParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(escapeMarkdown)
    .filter((p) => p !== '')
    .join('\n\n');
}

/**
 * Characters that are markup wherever they stand: code, emphasis, links and images, HTML and autolinks, table
 * cells, strikethrough, math and theme icons (`$`); entities (`&amp;`); a backslash before punctuation or at the end (a hard line break); an `_`
 * that is not inside a word (`snake_case` never emphasises); `//` and `www.` that would become links; `@`
 * inside a word (an e-mail address, linked by GitHub and the preview); a `(` after a `]`, so that
 * even a renderer that mishandles escaped brackets sees no link.
 */
const INLINE_MARKUP = /[`*[\]<|~$]|&(?=#?[A-Za-z0-9]+;)|\\(?=[!-/:-@[-`{-~]|$)|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|(?<=\])\(|\/(?=\/)|(?<=\bwww)\.|(?<=[\p{L}\p{N}])@(?=[\p{L}\p{N}])/gu;

function escapeInline(markup: string): string {
  return `\\${markup}`;
}

/**
 * What only means something at the start of a block: a heading (`#`), a quote (`>`), a list item (`-`, `+`,
 * `1.`, `1)`) or a thematic break (`---`, `===` under a line). The caller may put the text at a line start
 * (a list item, a table cell), so it is escaped wherever the text goes.
 */
function escapeLineStart(line: string): string {
  const ordered = /^(\d{1,9})([.)])(?= |$)/.exec(line);
  if (ordered) {
    return `${ordered[1]}\\${line.slice(ordered[1].length)}`;
  }
  return /^(#{1,6}(?= |$)|>|[-+](?= |$)|-{2,}|=+$)/.test(line) ? `\\${line}` : line;
}
