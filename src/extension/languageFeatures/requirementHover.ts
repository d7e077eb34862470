import * as vscode from 'vscode';
import type { Requirement } from '../../core/model';
import { escapeMarkdown, escapeMarkdownParagraphs } from '../../core/markdownText';
import { personLabel } from '../../core/roster';
import type { ProjectSettings } from '../../core/settings';
import { hoverFact, locationLink } from './hoverMarkdown';
import { idHover } from './idHover';
import { declarationOf } from './requirementLocations';
import { overdueLabel } from '../../core/rules/overdueRule';
import { localizedMessage } from '../support/rangeConversion';
import { displayLabel } from '../support/displayLabel';
import type { CommunicationRecord } from '../../core/records/communicationRecord';
import type { MentionSummary } from '../../core/trace/mentions';
import { tracedHoverSection } from '../trace/mentionHover';

/**
 * The hover of a requirement ID. Every piece of requirement text goes through escapeMarkdown and the string
 * is not trusted (hoverMarkdown), so a title like `[x](command:…)` shows as written and runs nothing. The owner
 * reads by name, with the id the file holds; where the ID is traced, then the records that mention it (newest
 * first) close it.
 */
export function requirementHover(
  id: string, requirements: readonly Requirement[], settingsFor: (file: string) => ProjectSettings, overdue: (r: Requirement) => number | undefined,
  records: readonly CommunicationRecord[], mentions: MentionSummary,
): vscode.MarkdownString {
  const section = (requirement: Requirement): string => requirementSection(requirement, settingsFor(requirement.file), overdue(requirement));
  return idHover(id, requirements, declarationOf, section, records, [tracedHoverSection(mentions)]);
}

function requirementSection(requirement: Requirement, settings: ProjectSettings, overdue: number | undefined): string {
  const { data } = requirement;
  const title = data.title ? `${escapeMarkdown(requirement.id)} — ${escapeMarkdown(data.title)}` : escapeMarkdown(requirement.id);
  const owner = data.owner === undefined ? undefined : personLabel(settings, data.owner);
  // Status, priority and owner show even when missing, because missing is worth seeing; milestone and due are optional.
  const facts = [hoverFact(vscode.l10n.t('Status'), displayLabel(data.status, settings)), hoverFact(vscode.l10n.t('Priority'), displayLabel(data.priority, settings)), hoverFact(vscode.l10n.t('Owner'), owner)];
  if (data.milestone !== undefined) {
    facts.push(hoverFact(vscode.l10n.t('Milestone'), data.milestone));
  }
  if (data.due !== undefined) {
    facts.push(hoverFact(vscode.l10n.t('Due'), data.due));
  }
  if (overdue !== undefined) {
    facts.push(`**${escapeMarkdown(localizedMessage(overdueLabel(overdue)))}**`);
  }
  const lines = [`**${title}**`, facts.join(' · ')];
  if (data.description?.trim()) {
    lines.push(escapeMarkdownParagraphs(data.description));
  }
  lines.push(`${escapeMarkdown(vscode.l10n.t('File'))}: ${fileLink(requirement)}`);
  return lines.join('\n\n');
}

function fileLink(requirement: Requirement): string {
  return locationLink(declarationOf(requirement));
}
