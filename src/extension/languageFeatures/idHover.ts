import * as vscode from 'vscode';
import { escapeMarkdown } from '../../core/markdownText';
import type { CommunicationRecord } from '../../core/records/communicationRecord';
import { recordsHoverSection } from '../records/recordMentions';
import { hoverMarkdown, locationLink } from './hoverMarkdown';

/**
 * The hover of an ID that names `items` (requirements, change requests or risks): a warning listing every
 * place when the ID is defined more than once, one section per item, the ID's own sections (`after`: where it
 * is traced), then the records that mention the ID.
 */
export function idHover<T>(
  id: string, items: readonly T[], place: (item: T) => vscode.Location, section: (item: T) => string, records: readonly CommunicationRecord[],
  after: readonly string[] = [],
): vscode.MarkdownString {
  const parts: string[] = [];
  if (items.length > 1) {
    const places = items.map((item) => `- ${locationLink(place(item))}`).join('\n');
    parts.push(`⚠️ ${escapeMarkdown(vscode.l10n.t('{0} is defined {1} times:', id, items.length))}\n\n${places}`);
  }
  parts.push(...items.map(section), ...after);
  const discussed = recordsHoverSection(records);
  if (discussed !== undefined) {
    parts.push(discussed);
  }
  return hoverMarkdown(parts.join('\n\n---\n\n'));
}
