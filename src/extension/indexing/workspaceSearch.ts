import * as vscode from 'vscode';
import type { FileKind } from '../../core/model';
import type { ProjectSettings } from '../../core/settings';

/** A file to load and what it is (its name alone does not tell for files matched by extra globs). */
export interface FoundFile {
  readonly uri: vscode.Uri;
  readonly kind: FileKind;
}

export interface FolderSearch {
  /** What the search depended on: the same query gives the same files. */
  readonly query: string;
  readonly files: FoundFile[];
}

export function excludePattern(settings: Pick<ProjectSettings, 'excludeGlobs'>): string {
  return `{${settings.excludeGlobs.join(',')}}`;
}

export function searchQuery(settings: ProjectSettings): string {
  return JSON.stringify([settings.requirementGlobs, settings.changeRequestGlobs, settings.excludeGlobs]);
}

/** The requirement and change-request files of a folder by the globs of its settings, requirements first. */
export async function searchFolder(folder: vscode.WorkspaceFolder, settings: ProjectSettings): Promise<FolderSearch> {
  const exclude = excludePattern(settings);
  const groups: [FileKind, readonly string[]][] = [['requirements', settings.requirementGlobs], ['change-request', settings.changeRequestGlobs]];
  const results = await Promise.all(groups.map(async ([kind, globs]) => {
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `{${globs.join(',')}}`), exclude);
    return uris.map((uri) => ({ uri, kind }));
  }));
  return { query: searchQuery(settings), files: results.flat() };
}
