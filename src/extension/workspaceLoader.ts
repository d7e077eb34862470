import * as vscode from 'vscode';
import { fileKindOf } from '../core/fileKind';
import type { FileKind } from '../core/model';
import { SETTINGS_FILE_NAME } from '../core/settings';
import type { WorkspaceIndex } from '../core/workspaceIndex';

const decoder = new TextDecoder('utf-8'); // strips a BOM, as the core expects

/** Feeds the index from the workspace: finds ReqDesk files and reads them through vscode.workspace.fs. */
export class WorkspaceLoader {
  /** Kinds of files matched by extra globs, whose names alone do not tell. */
  private readonly kinds = new Map<string, FileKind>();
  /** Bumped per file whenever it is read or forgotten, so that a slow read never overwrites newer news. */
  private readonly generations = new Map<string, number>();

  constructor(private readonly index: WorkspaceIndex) {}

  kindOf(uri: vscode.Uri): FileKind | undefined {
    return this.kinds.get(uri.toString()) ?? fileKindOf(uri.path);
  }

  /** Loads every file; settings first, because they decide the globs and the size limit of the rest. */
  async loadAll(progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<void> {
    for (const uri of await vscode.workspace.findFiles(`**/${SETTINGS_FILE_NAME}`, excludePattern(this.index.settingsFor('')))) {
      await this.load(uri, 'settings');
    }
    const work: { uri: vscode.Uri; kind: FileKind }[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const settings = this.index.settingsFor(`${folder.uri.toString()}/${SETTINGS_FILE_NAME}`);
      const exclude = excludePattern(settings);
      const groups: [FileKind, readonly string[]][] = [['requirements', settings.requirementGlobs], ['change-request', settings.changeRequestGlobs]];
      for (const [kind, globs] of groups) {
        const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `{${globs.join(',')}}`), exclude);
        work.push(...uris.map((uri) => ({ uri, kind })));
      }
    }
    let done = 0;
    for (const { uri, kind } of work) {
      await this.load(uri, kind);
      done++;
      progress?.report({ message: `${done}/${work.length}`, increment: 100 / work.length });
      // Parsing is synchronous; yielding between files keeps the shared extension host responsive.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** Reads one file, preferring the editor's buffer when the file is open. */
  async load(uri: vscode.Uri, kind = this.kindOf(uri)): Promise<void> {
    if (!kind) {
      return;
    }
    const key = uri.toString();
    if (kind !== fileKindOf(uri.path)) {
      this.kinds.set(key, kind);
    }
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) {
      this.bump(key);
      this.index.update(key, open.getText(), { kind });
      return;
    }
    const generation = this.bump(key);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      const limit = this.index.settingsFor(key).maxFileBytes;
      // Over the limit the core only reports the size; do not read the file at all.
      const text = stat.size > limit ? '' : decoder.decode(await vscode.workspace.fs.readFile(uri));
      // A delete (or a newer read) that arrived while this one waited on the disk wins.
      if (this.generations.get(key) === generation) {
        this.index.update(key, text, { kind, byteSize: stat.size });
      }
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        if (this.generations.get(key) === generation) {
          this.forget(uri);
        }
        return;
      }
      throw error;
    }
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.bump(key);
    this.kinds.delete(key);
    this.index.remove(key);
  }

  private bump(key: string): number {
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }
}

function excludePattern(settings: { readonly excludeGlobs: readonly string[] }): string {
  return `{${settings.excludeGlobs.join(',')}}`;
}
