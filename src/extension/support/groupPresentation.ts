import * as vscode from 'vscode';

/**
 * Items a tree may show under expanded groups. VS Code asks for the children of every expanded node and ships
 * them all to the workbench in one go, about 20 µs an item on the extension host's thread: 10,000 requirements
 * under expanded groups blocked it for 200 ms. Past this many, groups start collapsed and the user opens the
 * ones they need.
 */
export const EXPANDED_ITEMS_LIMIT = 1_000;

/**
 * A group node's id and state for a tree showing `items` below its groups. Collapsed groups take another id, so
 * that VS Code does not keep them expanded from the time the tree was small (a workspace still loading).
 */
export function groupPresentation(baseId: string, items: number): { readonly id: string; readonly collapsibleState: vscode.TreeItemCollapsibleState } {
  return items <= EXPANDED_ITEMS_LIMIT
    ? { id: baseId, collapsibleState: vscode.TreeItemCollapsibleState.Expanded }
    : { id: `${baseId}:collapsed`, collapsibleState: vscode.TreeItemCollapsibleState.Collapsed };
}
