import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { escapeMarkdownParagraphs } from '../../core/markdownText';
import { idPrefix } from '../../core/idSuggestions';
import { idQueryBefore, idSortKey } from '../../core/requirementIdText';

/** What completing an ID offers: the ID, its title as detail, its description as documentation. */
interface IdEntry {
  readonly id: string;
  readonly title?: string;
  readonly description?: string;
}

/**
 * Completes known requirement, change-request and risk IDs once the user has typed something that can only start one:
 * a known prefix with its dash (`PORTAL-`, `CR-`, `RISK-`), or at least two letters of a known prefix (`PORT`). Anything
 * shorter would offer IDs for every capitalised word in the code.
 */
export class IdCompletionProvider implements vscode.CompletionItemProvider, vscode.Disposable {
  /** Prefix → one entry per ID, sorted by number; rebuilt lazily after the index changes. */
  private byPrefix: Map<string, IdEntry[]> | undefined;
  private readonly subscription: { dispose(): void };

  constructor(private readonly index: IndexView, changes: IndexChanges) {
    this.subscription = changes.onDidChange((change) => {
      if (change.requirements || change.changeRequests || change.risks) {
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
    for (const [prefix, entries] of this.prefixes()) {
      if (query.hasDash ? prefix === query.prefix : prefix.startsWith(query.prefix)) {
        items.push(...entries.map((entry) => completionItem(entry, range)));
      }
    }
    return items.length > 0 ? items : undefined;
  }

  private prefixes(): Map<string, IdEntry[]> {
    if (!this.byPrefix) {
      const firstById = new Map<string, IdEntry>();
      const entries = [
        ...this.index.requirements().map((r) => ({ id: r.id, title: r.data.title, description: r.data.description })),
        ...this.index.changeRequests().map((cr) => ({ id: cr.id, title: cr.data.title, description: cr.data.description })),
        ...this.index.risks().map((risk) => ({ id: risk.id, title: risk.data.title, description: risk.data.description })),
      ];
      for (const entry of entries) {
        if (entry.id && !firstById.has(entry.id)) {
          firstById.set(entry.id, entry);
        }
      }
      this.byPrefix = new Map();
      for (const entry of [...firstById.values()].sort((a, b) => compare(idSortKey(a.id), idSortKey(b.id)))) {
        const prefix = idPrefix(entry.id);
        const list = this.byPrefix.get(prefix);
        if (list) {
          list.push(entry);
        } else {
          this.byPrefix.set(prefix, [entry]);
        }
      }
    }
    return this.byPrefix;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

function completionItem(entry: IdEntry, range: { inserting: vscode.Range; replacing: vscode.Range }): vscode.CompletionItem {
  const item = new vscode.CompletionItem(entry.id, vscode.CompletionItemKind.Reference);
  item.range = range;
  item.sortText = idSortKey(entry.id);
  if (entry.title) {
    item.detail = entry.title;
  }
  if (entry.description?.trim()) {
    const documentation = new vscode.MarkdownString(escapeMarkdownParagraphs(entry.description));
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
