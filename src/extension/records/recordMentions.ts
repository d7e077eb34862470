import * as vscode from 'vscode';
import type { CommunicationRecord } from '../../core/records/communicationRecord';
import { escapeMarkdown } from '../../core/markdownText';
import { uriLink } from '../languageFeatures/hoverMarkdown';
import { recordTitle } from './recordLabels';

/** Records listed by name in a hover or the details; the summary line counts them all. */
export const LISTED_RECORDS = 5;

/**
 * "Discussed in 3 records, last 2026-11-20 Weekly call": what the hover, the tree's tooltip and the change
 * request's details say of the records mentioning an ID (given newest first); undefined when none does.
 */
export function recordsSummary(records: readonly CommunicationRecord[]): string | undefined {
  if (records.length === 0) {
    return undefined;
  }
  const last = recordTitle(records[0]);
  return records.length === 1 ? vscode.l10n.t('Discussed in 1 record: {0}', last) : vscode.l10n.t('Discussed in {0} records, last {1}', records.length, last);
}

/** The hover's part: the summary, then the newest records as links to their files (escaped, for untrusted hovers). */
export function recordsHoverSection(records: readonly CommunicationRecord[]): string | undefined {
  const summary = recordsSummary(records);
  if (summary === undefined) {
    return undefined;
  }
  const links = records.slice(0, LISTED_RECORDS).map((record) => `- ${uriLink(recordTitle(record), vscode.Uri.parse(record.file))}`);
  return [escapeMarkdown(summary), links.join('\n')].join('\n\n');
}
