import * as vscode from 'vscode';
import { changeRequestStatusLabel } from '../support/changeRequestStatusLabel';
import type { ChangeRequest } from '../../core/model';
import { escapeMarkdown } from '../../core/markdownText';
import { personLabel } from '../../core/roster';
import type { ProjectSettings } from '../../core/settings';
import { hoverFact, locationLink } from './hoverMarkdown';
import { idHover } from './idHover';
import { changeRequestDeclaration } from './requirementLocations';
import type { CommunicationRecord } from '../../core/records/communicationRecord';

/**
 * The hover of a change-request ID: title, status, the requirements it affects, the decision (outcome, who by
 * name, when), the file and the records that mention it. Escaped and untrusted like the requirement hover.
 */
export function changeRequestHover(
  id: string, changeRequests: readonly ChangeRequest[], settingsFor: (file: string) => ProjectSettings, records: readonly CommunicationRecord[],
): vscode.MarkdownString {
  return idHover(id, changeRequests, changeRequestDeclaration, (changeRequest) => changeRequestSection(changeRequest, settingsFor(changeRequest.file)), records);
}

function changeRequestSection(changeRequest: ChangeRequest, settings: ProjectSettings): string {
  const { data } = changeRequest;
  const title = data.title ? `${escapeMarkdown(changeRequest.id)} — ${escapeMarkdown(data.title)}` : escapeMarkdown(changeRequest.id);
  const affects = data.affects && data.affects.length > 0 ? data.affects.join(', ') : undefined;
  const lines = [`**${title}**`, [hoverFact(vscode.l10n.t('Status'), changeRequestStatusLabel(data.status)), hoverFact(vscode.l10n.t('Affects'), affects)].join(' · ')];
  const decision = data.decision;
  if (decision?.outcome !== undefined) {
    const by = decision.by?.map((member) => personLabel(settings, member)).join(', ');
    const facts = [hoverFact(vscode.l10n.t('Decision'), decision.outcome), hoverFact(vscode.l10n.t('Decided by'), by), hoverFact(vscode.l10n.t('Decided on'), decision.on)];
    lines.push(facts.join(' · '));
  }
  lines.push(`${escapeMarkdown(vscode.l10n.t('File'))}: ${locationLink(changeRequestDeclaration(changeRequest))}`);
  return lines.join('\n\n');
}
