import { escapeHtml } from '../htmlText';
import type { ProjectState } from './projectState';
import { type ReportBlock, statusReportContent, type StatusReportOptions } from './statusReportContent';

const CELL = 'border:1px solid #999;padding:2px 6px;text-align:left';

/** One project's report: its state and the words to say it in. */
export interface StatusReportPart {
  readonly state: ProjectState;
  readonly options?: StatusReportOptions;
}

/**
 * The status report of one project or several (one per reqdesk.yaml) as one self-contained HTML page: no
 * scripts, no style sheet, inline styles only, so that it survives an e-mail client; every text escaped. `lang`
 * is the report's language tag.
 */
export function statusReportHtml(parts: readonly StatusReportPart[], lang: string): string {
  const contents = parts.map((part) => statusReportContent(part.state, part.options));
  const lines = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(contents.map((c) => c.title).join(' · '))}</title></head>`,
    '<body style="font-family:sans-serif;font-size:14px">',
    ...contents.flatMap((content) => [
      `<h1>${escapeHtml(content.title)}</h1>`,
      `<ul>${content.summary.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
      ...content.sections.flatMap((section) => [`<h2>${escapeHtml(section.title)}</h2>`, ...section.blocks.map(blockHtml)]),
    ]),
    '</body>',
    '</html>',
    '',
  ];
  return lines.join('\n');
}

function blockHtml(block: ReportBlock): string {
  if (block.kind === 'paragraph') {
    return `<p>${escapeHtml(block.text)}</p>`;
  }
  const [head = [], ...body] = block.rows;
  const row = (cells: readonly string[], tag: 'th' | 'td'): string => `<tr>${cells.map((c) => `<${tag} style="${CELL}">${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
  return `<table style="border-collapse:collapse"><thead>${row(head, 'th')}</thead><tbody>${body.map((r) => row(r, 'td')).join('')}</tbody></table>`;
}
