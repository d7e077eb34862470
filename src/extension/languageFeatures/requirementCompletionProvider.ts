import * as vscode from 'vscode';
import type { Requirement } from '../../core/model';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { escapeMarkdownParagraphs } from '../../core/markdownText';
import { idPrefix } from '../../core/idSuggestions';
import { idQueryBefore, idSortKey } from '../../core/requirementIdText';

/**
 * Completes known requirement IDs once the user has typed something that can only start one: a known prefix
 * with its dash (`PORTAL-`), or at least two letters of a known prefix (`PORT`). Anything shorter would offer
 * requirements for every capitalised word in the code.
 */
export class RequirementCompletionProvider implements vscode.CompletionItemProvider, vscode.Disposable {
  /** Prefix → one requirement per ID, sorted by number; rebuilt lazily after the index changes. */
  private byPrefix: Map<string, Requirement[]> | undefined;
  private readonly subscription: { dispose(): void };

  constructor(private readonly index: IndexView, changes: IndexChanges) {
    this.subscription = changes.onDidChange((change) => {
      if (change.requirements) {
        this.byPrefix = undefined;
      }
    });
  }

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const line = document.lineAt(position.line).text;
    const query = idQueryBefore(line.slice(0, position.character));
    if (!query || (!query.hasDash && query.prefix.length < 2)) {
      return undefined;
    }
    // Inserting keeps what follows the cursor; replacing (the editor's other mode) takes the rest of the ID too.
    const rest = /^[A-Za-z0-9_-]*/.exec(line.slice(position.character))?.[0].length ?? 0;
    const range = {
      inserting: new vscode.Range(position.line, query.start, position.line, position.character),
      replacing: new vscode.Range(position.line, query.start, position.line, position.character + rest),
    };
    const items: vscode.CompletionItem[] = [];
    for (const [prefix, requirements] of this.prefixes()) {
      if (query.hasDash ? prefix === query.prefix : prefix.startsWith(query.prefix)) {
        items.push(...requirements.map((r) => completionItem(r, range)));
      }
    }
    return items.length > 0 ? items : undefined;
  }

  private prefixes(): Map<string, Requirement[]> {
    if (!this.byPrefix) {
      const firstById = new Map<string, Requirement>();
      for (const requirement of this.index.requirements()) {
        if (requirement.id && !firstById.has(requirement.id)) {
          firstById.set(requirement.id, requirement);
        }
      }
      this.byPrefix = new Map();
      for (const requirement of [...firstById.values()].sort((a, b) => compare(idSortKey(a.id), idSortKey(b.id)))) {
        const prefix = idPrefix(requirement.id);
        const list = this.byPrefix.get(prefix);
        if (list) {
          list.push(requirement);
        } else {
          this.byPrefix.set(prefix, [requirement]);
        }
      }
    }
    return this.byPrefix;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

function completionItem(requirement: Requirement, range: { inserting: vscode.Range; replacing: vscode.Range }): vscode.CompletionItem {
  const item = new vscode.CompletionItem(requirement.id, vscode.CompletionItemKind.Reference);
  item.range = range;
  item.sortText = idSortKey(requirement.id);
  if (requirement.data.title) {
    item.detail = requirement.data.title;
  }
  if (requirement.data.description?.trim()) {
    const documentation = new vscode.MarkdownString(escapeMarkdownParagraphs(requirement.data.description));
    documentation.isTrusted = false;
    documentation.supportHtml = false;
    documentation.supportThemeIcons = false;
    item.documentation = documentation;
  }
  return item;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
