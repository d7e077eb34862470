import { type Dirent } from 'node:fs';
import { type FileHandle, open, readdir, stat } from 'node:fs/promises';
import { baseName, dirName, fileKindOf } from '../core/fileKind';
import { matchesAnyGlob } from '../core/glob';
import type { FileKind } from '../core/model';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { CliError } from './cliIo';
import { displayPath, relativeTo, toKey } from './cliPaths';
import { decodeFileText, type TextProblem } from '../core/fileText';
import { fsErrorReason } from './fsErrorReason';

export interface LoadedFile {
  readonly key: string;
  readonly kind: FileKind;
  /** The file started with a UTF-8 byte order mark (stripped before the core saw it). */
  readonly bom: boolean;
}

export interface LoadedWorkspace {
  readonly index: WorkspaceIndex;
  /** Every file read, by index key. */
  readonly files: ReadonlyMap<string, LoadedFile>;
  /** The path to show for an index key (relative to the working folder). */
  display(key: string): string;
}

/** Folders never worth walking, whatever reqdesk.yaml says. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** Files read at once: enough to keep the disk busy, few enough to bound memory. */
const BATCH = 64;

/**
 * Finds the ReqDesk files under `paths` (files or folders; default the working folder) and reads them into a
 * fresh index. reqdesk.yaml files are read first — including the nearest one above each path, up to the
 * repository root — so that their globs, excludes and size limit apply to everything else.
 */
export async function loadWorkspace(paths: readonly string[], cwd: string): Promise<LoadedWorkspace> {
  const loader = new WorkspaceLoader(cwd);
  await loader.load(paths.length > 0 ? paths : ['.']);
  return { index: loader.index, files: loader.files, display: (key) => displayPath(cwd, key) };
}

class WorkspaceLoader {
  readonly index = new WorkspaceIndex();
  readonly files = new Map<string, LoadedFile>();
  private readonly settingsFolders = new Set<string>();
  private readonly pending = new Map<string, FileKind>();

  constructor(private readonly cwd: string) {}

  async load(paths: readonly string[]): Promise<void> {
    const roots: { key: string; given: string; isFolder: boolean }[] = [];
    for (const given of paths) {
      const key = toKey(this.cwd, given);
      const info = await stat(key).catch((error: unknown) => {
        throw new CliError(`${given}: ${fsErrorReason(error)}`);
      });
      roots.push({ key, given, isFolder: info.isDirectory() });
    }
    for (const root of roots) {
      await this.loadEnclosingSettings(root.isFolder ? root.key : dirName(root.key));
    }
    for (const root of roots) {
      if (root.isFolder) {
        await this.walk(root.key, root.key);
      } else {
        await this.addExplicitFile(root.key, root.given);
      }
    }
    const pending = [...this.pending].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (let i = 0; i < pending.length; i += BATCH) {
      const batch = pending.slice(i, i + BATCH);
      const read = await Promise.all(batch.map(([key, kind]) => this.read(key, kind)));
      // Indexed in sorted order so that output (e.g. the order of duplicates) never depends on disk timing.
      batch.forEach(([key, kind], j) => this.index.update(key, read[j].text, { kind, byteSize: read[j].size, textProblem: read[j].problem }));
    }
  }

  /** The nearest reqdesk.yaml at or above a folder, stopping at the repository root (a folder with .git). */
  private async loadEnclosingSettings(folder: string): Promise<void> {
    for (let current = folder; ; current = dirName(current)) {
      const entries = await readdir(current).catch(() => [] as string[]);
      const settings = entries.find((name) => fileKindOf(name) === 'settings');
      if (settings !== undefined) {
        await this.loadNow(`${current}/${settings}`, 'settings');
        return;
      }
      // Stop at the repository root, or at the top of the file system (the index ignores a reqdesk.yaml there).
      if (entries.includes('.git') || !dirName(current).includes('/')) {
        return;
      }
    }
  }

  private async walk(folder: string, root: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      throw new CliError(`${displayPath(this.cwd, folder)}: ${fsErrorReason(error)}`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const typed = await Promise.all(entries.map(async (entry) => ({ name: entry.name, type: await entryType(entry, `${folder}/${entry.name}`) })));
    // This folder's reqdesk.yaml first: its excludes and globs decide what else is read below it.
    for (const { name, type } of typed) {
      if (type === 'file' && fileKindOf(name) === 'settings') {
        await this.loadNow(`${folder}/${name}`, 'settings');
      }
    }
    for (const { name, type } of typed) {
      const key = `${folder}/${name}`;
      if (type === 'folder' && !SKIPPED_FOLDERS.has(name) && !this.isExcluded(key, root, true)) {
        await this.walk(key, root);
      } else if (type === 'file' && !this.files.has(key)) {
        const kind = this.kindOf(key, root);
        if (kind && !this.isExcluded(key, root, false)) {
          this.pending.set(key, kind);
        }
      }
    }
  }

  /** A file named on the command line is read even when excluded; it must be a ReqDesk file, though. */
  private async addExplicitFile(key: string, given: string): Promise<void> {
    const kind = this.kindOf(key, dirName(key));
    if (!kind) {
      throw new CliError(`${given} is not a ReqDesk file (*.req.yaml, *.cr.yaml, reqdesk.yaml or a glob under files: in reqdesk.yaml)`);
    }
    if (kind === 'settings') {
      await this.loadNow(key, kind);
    } else if (!this.files.has(key)) {
      this.pending.set(key, kind);
    }
  }

  private kindOf(key: string, root: string): FileKind | undefined {
    const named = fileKindOf(key);
    if (named) {
      return named;
    }
    const settings = this.index.settingsFor(key);
    const path = this.globPath(key, root);
    if (matchesAnyGlob(settings.requirementGlobs, path)) {
      return 'requirements';
    }
    return matchesAnyGlob(settings.changeRequestGlobs, path) ? 'change-request' : undefined;
  }

  /** A folder is excluded when a glob matches it or everything under it (`vendor/**`). */
  private isExcluded(key: string, root: string, isFolder: boolean): boolean {
    const globs = this.index.settingsFor(key).excludeGlobs;
    const path = this.globPath(key, root);
    return matchesAnyGlob(globs, path) || (isFolder && globs.some((g) => g.endsWith('/**') && matchesAnyGlob([g.slice(0, -3)], path)));
  }

  /** Globs are relative to the folder of the reqdesk.yaml that applies, else to the folder being walked. */
  private globPath(key: string, root: string): string {
    for (let folder = dirName(key); folder !== '' && folder !== dirName(folder); folder = dirName(folder)) {
      if (this.settingsFolders.has(folder)) {
        return relativeTo(folder, key) ?? baseName(key);
      }
    }
    return relativeTo(root, key) ?? baseName(key);
  }

  private async loadNow(key: string, kind: FileKind): Promise<void> {
    if (this.files.has(key)) {
      return;
    }
    const { text, size, problem } = await this.read(key, kind);
    this.index.update(key, text, { kind, byteSize: size, textProblem: problem });
    if (kind === 'settings') {
      this.settingsFolders.add(dirName(key));
    }
  }

  /** Reads a file for the index: sized first, so that an oversized file is reported without being read. */
  private async read(key: string, kind: FileKind): Promise<{ text: string; size: number; problem?: TextProblem }> {
    let handle: FileHandle | undefined;
    try {
      // One open file for the size and the bytes: fewer round trips through libuv than stat + readFile.
      handle = await open(key, 'r');
      const { size } = await handle.stat();
      if (size > this.index.settingsFor(key).maxFileBytes) {
        this.files.set(key, { key, kind, bom: false });
        return { text: '', size };
      }
      const file = decodeFileText(await handle.readFile());
      this.files.set(key, { key, kind, bom: file.bom });
      return { text: file.text, size, problem: file.problem };
    } catch (error) {
      throw new CliError(`${displayPath(this.cwd, key)}: ${fsErrorReason(error)}`);
    } finally {
      await handle?.close();
    }
  }
}

/** Symbolic links count as what they point to, except that linked folders are not walked (no cycles); broken ones are skipped. */
async function entryType(entry: Dirent, key: string): Promise<'file' | 'folder' | undefined> {
  if (!entry.isSymbolicLink()) {
    return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : undefined;
  }
  try {
    return (await stat(key)).isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}
