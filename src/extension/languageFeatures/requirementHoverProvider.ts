import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import type { ProjectSettings } from '../../core/settings';
import type { MentionLookup } from '../../core/trace/mentions';
import { changeRequestHover } from './changeRequestHover';
import { requirementHover } from './requirementHover';
import { overdueInIndex } from '../../core/rules/overdueRule';
import { idAt } from './idAt';
import { riskHover } from './riskHover';

/** The hover of a requirement ID, or of a change-request or risk ID (each its own hover). */
export class RequirementHoverProvider implements vscode.HoverProvider {
  constructor(private readonly index: IndexView, private readonly mentions: MentionLookup) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const at = idAt(document, position, this.index);
    if (!at) {
      return undefined;
    }
    const settingsFor = (file: string): ProjectSettings => this.index.settingsFor(file);
    const records = this.index.recordsMentioning(at.id);
    const markdown = at.requirements.length > 0
      ? requirementHover(at.id, at.requirements, settingsFor, (r) => overdueInIndex(this.index, r), records, this.mentions.mentionsOf(at.id))
      : at.changeRequests.length > 0
        ? changeRequestHover(at.id, at.changeRequests, settingsFor, records)
        : riskHover(at.id, at.risks, settingsFor, this.index.today, records);
    return new vscode.Hover(markdown, at.range);
  }
}
