import * as vscode from 'vscode';
import { SETTINGS_FILE_NAME } from '../../core/settings';
import { WorkspaceDiscovery, type SearchPattern } from '../../core/workspaceDiscovery';
import type { FoundFile } from '../../core/workspaceLoad';
import { expandBraces } from '../../core/excludeGlobs';

/** The candidates of one search; the core's discovery decides which of them belong to the workspace. */
export interface WorkspaceSearch {
  /** What the search depended on: the same query gives the same files. */
  readonly query: string;
  readonly files: readonly FoundFile[];
}

/**
 * Given to findFiles explicitly, which also means that the user's files.exclude does not apply (findFiles applies
 * it only when no exclude is given): which files count is reqdesk.yaml's business, as in `reqdesk check`.
 * Only the excludes every settings file has: the others depend on the folder and are the core's to apply.
 */
const EXCLUDE = `{${WorkspaceDiscovery.searchExcludes().flatMap(expandBraces).join(',')}}`;

export function searchQuery(patterns: readonly SearchPattern[]): string {
  return JSON.stringify(patterns);
}

/** Every reqdesk.yaml of the workspace folders. */
export async function searchSettings(): Promise<FoundFile[]> {
  const uris = await vscode.workspace.findFiles(`**/${SETTINGS_FILE_NAME}`, EXCLUDE);
  return found(uris);
}

/** The files the patterns match, each with the workspace folder it lies in. */
export async function searchWorkspace(patterns: readonly SearchPattern[]): Promise<WorkspaceSearch> {
  const results = await Promise.all(patterns.map((pattern) => {
    // VS Code's globs do not nest braces.
    const include = `{${pattern.globs.flatMap(expandBraces).join(',')}}`;
    return vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(pattern.base), include), EXCLUDE);
  }));
  return { query: searchQuery(patterns), files: found(results.flat()) };
}

/** The keys of the workspace folders, where the globs of folders without a reqdesk.yaml start. */
export function workspaceRoots(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString());
}

function found(uris: readonly vscode.Uri[]): FoundFile[] {
  return uris.flatMap((uri) => {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? [{ key: uri.toString(), root: folder.uri.toString() }] : [];
  });
}
