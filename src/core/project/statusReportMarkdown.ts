import { escapeMarkdown, escapeMarkdownHeading, markdownTable } from '../markdownText';
import type { ProjectState } from './projectState';
import { statusReportContent, type StatusReportOptions } from './statusReportContent';

/** The status report as Markdown: plain enough to paste into an e-mail, every text from the files made inert. */
export function statusReportMarkdown(state: ProjectState, options: StatusReportOptions = {}): string {
  const content = statusReportContent(state, options);
  const parts = [
    `# ${escapeMarkdownHeading(content.title)}\n`,
    content.summary.map((line) => `- ${escapeMarkdown(line)}\n`).join(''),
    ...content.sections.map((section) =>
      [`## ${escapeMarkdownHeading(section.title)}\n`, ...section.blocks.map((block) => (block.kind === 'paragraph' ? `${escapeMarkdown(block.text)}\n` : markdownTable(block.rows)))].join('\n'),
    ),
  ];
  return parts.join('\n');
}
