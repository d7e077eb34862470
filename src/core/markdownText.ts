/**
 * Makes user text inert in Markdown: every ASCII punctuation character is backslash-escaped (CommonMark allows
 * escaping any of them), so requirement text can never form emphasis, links, autolinks (`https\:`, `www\.`),
 * HTML, entities (`\&`), theme icons (`\$`) or headings. Whitespace runs collapse to one space, so leading spaces
 * cannot start a code block and line breaks cannot start a list or a new block.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Like escapeMarkdown, keeping paragraphs (blank-line separated) as paragraphs. */
export function escapeMarkdownParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(escapeMarkdown)
    .filter((p) => p !== '')
    .join('\n\n');
}
