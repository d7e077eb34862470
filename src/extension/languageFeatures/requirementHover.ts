import * as vscode from 'vscode';
import type { Requirement } from '../../core/model';
import { escapeMarkdown, escapeMarkdownParagraphs } from '../../core/markdownText';
import { declarationOf } from './requirementLocations';
import { overdueLabel } from '../../core/rules/overdueRule';
import { localizedMessage } from '../support/rangeConversion';

/**
 * The hover of a requirement ID. Every piece of requirement text goes through escapeMarkdown and the string
 * is not trusted, so a title like `[x](command:…)` shows as written and runs nothing.
 */
export function requirementHover(id: string, requirements: readonly Requirement[], overdue: (r: Requirement) => number | undefined): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString('', false);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  // No theme icons either: `$(…)` in requirement text must stay text.
  markdown.supportThemeIcons = false;
  const parts: string[] = [];
  if (requirements.length > 1) {
    const places = requirements.map((r) => `- ${fileLink(r)}`).join('\n');
    parts.push(`⚠️ ${escapeMarkdown(vscode.l10n.t('{0} is defined {1} times:', id, requirements.length))}\n\n${places}`);
  }
  for (const requirement of requirements) {
    parts.push(requirementSection(requirement, overdue(requirement)));
  }
  markdown.appendMarkdown(parts.join('\n\n---\n\n'));
  return markdown;
}

function requirementSection(requirement: Requirement, overdue: number | undefined): string {
  const { data } = requirement;
  const title = data.title ? `${escapeMarkdown(requirement.id)} — ${escapeMarkdown(data.title)}` : escapeMarkdown(requirement.id);
  const fact = (label: string, value: string | undefined): string => `${escapeMarkdown(label)}: ${value === undefined ? '—' : escapeMarkdown(value)}`;
  // Status, priority and owner show even when missing, because missing is worth seeing; milestone and due are optional.
  const facts = [fact(vscode.l10n.t('Status'), data.status), fact(vscode.l10n.t('Priority'), data.priority), fact(vscode.l10n.t('Owner'), data.owner)];
  if (data.milestone !== undefined) {
    facts.push(fact(vscode.l10n.t('Milestone'), data.milestone));
  }
  if (data.due !== undefined) {
    facts.push(fact(vscode.l10n.t('Due'), data.due));
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

/** `requirements/portal.req.yaml:7`, linked to that line; the link target is a URI we build, never file text. */
function fileLink(requirement: Requirement): string {
  const location = declarationOf(requirement);
  const line = location.range.start.line + 1;
  const label = `${vscode.workspace.asRelativePath(location.uri)}:${line}`;
  const target = location.uri.with({ fragment: `L${line}` }).toString().replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(label)}](${target})`;
}
