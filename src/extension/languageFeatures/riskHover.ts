import * as vscode from 'vscode';
import { escapeMarkdown, escapeMarkdownParagraphs } from '../../core/markdownText';
import { reviewOverdueDays, riskScore, riskStatus, type Risk } from '../../core/risks/risk';
import { personLabel } from '../../core/roster';
import { overdueLabel } from '../../core/rules/overdueRule';
import type { ProjectSettings } from '../../core/settings';
import type { CommunicationRecord } from '../../core/records/communicationRecord';
import { localizedMessage } from '../support/rangeConversion';
import { riskStatusLabel } from '../support/riskStatusLabel';
import { hoverFact, locationLink } from './hoverMarkdown';
import { idHover } from './idHover';
import { riskDeclaration } from './requirementLocations';

/**
 * The hover of a risk ID: title, score (probability × impact), status, owner by name, review date (and how
 * long it is overdue), mitigation, the file and the records that mention it. Escaped and untrusted like the
 * requirement hover.
 */
export function riskHover(
  id: string, risks: readonly Risk[], settingsFor: (file: string) => ProjectSettings, today: string, records: readonly CommunicationRecord[],
): vscode.MarkdownString {
  return idHover(id, risks, riskDeclaration, (risk) => riskSection(risk, settingsFor(risk.file), today), records);
}

function riskSection(risk: Risk, settings: ProjectSettings, today: string): string {
  const { data } = risk;
  const title = data.title ? `${escapeMarkdown(risk.id)} — ${escapeMarkdown(data.title)}` : escapeMarkdown(risk.id);
  const score = riskScore(data);
  const owner = data.owner === undefined ? undefined : personLabel(settings, data.owner);
  // Score, status and owner show even when missing, because missing is worth seeing; the review date is optional.
  const facts = [
    hoverFact(vscode.l10n.t('Score'), score === undefined ? undefined : vscode.l10n.t('{0} ({1} × {2})', score, data.probability ?? 0, data.impact ?? 0)),
    hoverFact(vscode.l10n.t('Status'), riskStatusLabel(riskStatus(risk))),
    hoverFact(vscode.l10n.t('Owner'), owner),
  ];
  if (data.review_on !== undefined) {
    facts.push(hoverFact(vscode.l10n.t('Review on'), data.review_on));
  }
  const overdue = reviewOverdueDays(risk, today);
  if (overdue !== undefined) {
    facts.push(`**${escapeMarkdown(localizedMessage(overdueLabel(overdue)))}**`);
  }
  const mitigation = data.mitigation?.trim() ? escapeMarkdownParagraphs(data.mitigation) : '—';
  return [
    `**${title}**`,
    facts.join(' · '),
    `${escapeMarkdown(vscode.l10n.t('Mitigation'))}: ${mitigation}`,
    `${escapeMarkdown(vscode.l10n.t('File'))}: ${locationLink(riskDeclaration(risk))}`,
  ].join('\n\n');
}
