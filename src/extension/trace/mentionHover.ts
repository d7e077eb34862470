import * as vscode from 'vscode';
import { escapeMarkdown } from '../../core/markdownText';
import type { MentionSummary } from '../../core/trace/mentions';
import { locationLink } from '../languageFeatures/hoverMarkdown';

/** A requirement hover's coverage: "Traced: 2 code, 1 test, 1 record, 0 CRs", then the first places as links. */
export function tracedHoverSection(mentions: MentionSummary): string {
  const { code, tests, records, changeRequests } = mentions.files;
  const counts = [
    vscode.l10n.t('{0} code', code),
    tests === 1 ? vscode.l10n.t('1 test') : vscode.l10n.t('{0} tests', tests),
    records === 1 ? vscode.l10n.t('1 record') : vscode.l10n.t('{0} records', records),
    changeRequests === 1 ? vscode.l10n.t('1 CR') : vscode.l10n.t('{0} CRs', changeRequests),
  ];
  const line = escapeMarkdown(vscode.l10n.t('Traced: {0}', counts.join(vscode.l10n.t(', '))));
  const places = mentions.first.map((place) => {
    const position = new vscode.Position(place.line, place.character);
    return `- ${locationLink(new vscode.Location(vscode.Uri.parse(place.file), position))}`;
  });
  return [line, ...(places.length > 0 ? [places.join('\n')] : [])].join('\n\n');
}
