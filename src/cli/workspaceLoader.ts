import { closeSync, type Dirent, existsSync, fstatSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { dirName, fileKindOf } from '../core/fileKind';
import { decodeFileText, type TextProblem } from '../core/fileText';
import type { FileKind } from '../core/model';
import { WorkspaceDiscovery } from '../core/workspaceDiscovery';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { loadWorkspaceFiles, type FoundFile, type WorkspaceFile } from '../core/workspaceLoad';
import { CliError } from './cliIo';
import { displayPath, toKey } from './cliPaths';
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
  /** Every file found under the folders given, ReqDesk's or not, outside skipped folders: what `trace` scans. */
  readonly found: readonly FoundFile[];
}

/**
 * Finds the ReqDesk files under `paths` (files or folders; default the working folder) and reads them into a
 * fresh index. reqdesk.yaml files are read first — including the nearest one above each path, up to the
 * repository root — so that their globs, excludes and size limit apply to everything else.
 */
export async function loadWorkspace(paths: readonly string[], cwd: string, today?: string): Promise<LoadedWorkspace> {
  const loader = new WorkspaceLoader(cwd, new WorkspaceIndex(today));
  await loader.load(paths.length > 0 ? paths : ['.']);
  lookForDocuments(loader.index);
  return { index: loader.index, files: loader.files, display: (key) => displayPath(cwd, key), found: loader.found };
}

/** Tells the index which project documents of each reqdesk.yaml exist on disk (the document-missing rule). */
function lookForDocuments(index: WorkspaceIndex): void {
  for (const key of index.files()) {
    const documents = fileKindOf(key) === 'settings' ? index.settingsFor(key).project?.documents ?? [] : [];
    if (documents.length > 0) {
      index.setPresentDocuments(key, documents.filter((d) => existsSync(resolve(dirName(key), d.path))).map((d) => d.path));
    }
  }
}

/**
 * Reads only the reqdesk.yaml files that would apply under `paths` (as loadWorkspace reads them first), into an
 * index holding nothing else: for a command that needs the project's settings, not its requirements.
 */
export async function loadSettingsOnly(paths: readonly string[], cwd: string): Promise<WorkspaceIndex> {
  const loader = new WorkspaceLoader(cwd, new WorkspaceIndex());
  await loader.load(paths, true);
  return loader.index;
}

interface Root {
  readonly key: string;
  readonly given: string;
  readonly isFolder: boolean;
}

type Listing = { readonly files: readonly string[]; readonly folders: readonly string[] } | { readonly error: unknown };

/** The file system side of a load: what is where on disk, and reading it. Which files count is the core's call. */
class WorkspaceLoader {
  readonly files = new Map<string, LoadedFile>();
  found: readonly FoundFile[] = [];
  private readonly discovery = new WorkspaceDiscovery({ settingsFor: (key) => this.index.settingsFor(key) });
  /** Each folder is listed once: by the search for settings, then again by the search for the rest. */
  private readonly listings = new Map<string, Listing>();

  constructor(private readonly cwd: string, readonly index: WorkspaceIndex) {}

  /** Reads the files under `paths`; `settingsOnly`: the reqdesk.yaml files that apply there, and nothing else. */
  async load(paths: readonly string[], settingsOnly = false): Promise<void> {
    const roots = this.roots(paths);
    await loadWorkspaceFiles(this.discovery, {
      findSettings: async () => this.findSettings(roots),
      loadSettings: async (files) => this.loadAll(files),
      findFiles: async () => (this.found = settingsOnly ? [] : this.findFiles(roots)),
      loadFiles: async (files) => this.loadAll(files),
    });
  }

  private roots(paths: readonly string[]): Root[] {
    return paths.map((given) => {
      const key = toKey(this.cwd, given);
      try {
        return { key, given, isFolder: statSync(key).isDirectory() };
      } catch (error) {
        throw new CliError(`${given}: ${fsErrorReason(error)}`);
      }
    });
  }

  /** Every reqdesk.yaml below the folders given, the nearest one above each path, and those named. */
  private findSettings(roots: readonly Root[]): FoundFile[] {
    const found: FoundFile[] = [];
    for (const root of roots) {
      const enclosing = enclosingSettings(root.isFolder ? root.key : dirName(root.key));
      if (enclosing !== undefined) {
        found.push({ key: enclosing, root: dirName(enclosing) });
      }
      if (!root.isFolder) {
        found.push({ key: root.key, root: dirName(root.key), explicit: true });
        continue;
      }
      // Unreadable folders are passed over here: the search for the rest reports them unless the settings exclude them.
      this.walk(root.key, root.key, (key) => {
        if (fileKindOf(key) === 'settings') {
          found.push({ key, root: root.key });
        }
      }, false);
    }
    return found.filter((file) => fileKindOf(file.key) === 'settings');
  }

  /** The files below the folders given, outside skipped folders, and the files named (which must be ReqDesk files). */
  private findFiles(roots: readonly Root[]): FoundFile[] {
    const found: FoundFile[] = [];
    for (const root of roots) {
      if (root.isFolder) {
        this.walk(root.key, root.key, (key) => found.push({ key, root: root.key }), true);
      } else if (this.discovery.kindOf(root.key, dirName(root.key))) {
        found.push({ key: root.key, root: dirName(root.key), explicit: true });
      } else {
        throw new CliError(`${root.given} is not a ReqDesk file (*.req.yaml, *.cr.yaml, reqdesk.yaml or a glob under files: in reqdesk.yaml)`);
      }
    }
    return found;
  }

  /** Visits the files below a folder, outside the folders the discovery skips; `strict`: an unreadable folder is an error. */
  private walk(folder: string, root: string, visit: (file: string) => void, strict: boolean): void {
    const listing = this.list(folder);
    if ('error' in listing) {
      if (strict) {
        throw new CliError(`${displayPath(this.cwd, folder)}: ${fsErrorReason(listing.error)}`);
      }
      return;
    }
    listing.files.forEach(visit);
    for (const sub of listing.folders) {
      if (!this.discovery.isFolderSkipped(sub, root)) {
        this.walk(sub, root, visit, strict);
      }
    }
  }

  private list(folder: string): Listing {
    let listing = this.listings.get(folder);
    if (!listing) {
      listing = listFolder(folder);
      this.listings.set(folder, listing);
    }
    return listing;
  }

  /**
   * Reads and indexes the files one by one, in the order given, so that output never depends on disk timing.
   * Synchronous reads: the CLI has nothing else to do meanwhile, and each asynchronous open, stat, read and close is
   * a round trip through libuv's thread pool, which for a workspace of small files costs more than the reading.
   */
  private loadAll(files: readonly WorkspaceFile[]): void {
    for (const { key, kind } of files) {
      const read = this.read(key, kind);
      this.index.update(key, read.text, { kind, byteSize: read.size, textProblem: read.problem });
    }
  }

  /** Reads a file for the index: sized first, so that an oversized file is reported without being read. */
  private read(key: string, kind: FileKind): { text: string; size: number; problem?: TextProblem } {
    let fd: number | undefined;
    try {
      fd = openSync(key, 'r');
      const { size } = fstatSync(fd);
      if (this.discovery.isTooLarge(key, size)) {
        this.files.set(key, { key, kind, bom: false });
        return { text: '', size };
      }
      const file = decodeFileText(readFileSync(fd));
      this.files.set(key, { key, kind, bom: file.bom });
      return { text: file.text, size, problem: file.problem };
    } catch (error) {
      throw new CliError(`${displayPath(this.cwd, key)}: ${fsErrorReason(error)}`);
    } finally {
      if (fd !== undefined) {
        closeSync(fd);
      }
    }
  }
}

/** The nearest reqdesk.yaml at or above a folder, stopping at the repository root (a folder with .git). */
function enclosingSettings(folder: string): string | undefined {
  for (let current = folder; ; current = dirName(current)) {
    const entries = readFolderNames(current);
    const settings = entries.find((name) => fileKindOf(name) === 'settings');
    if (settings !== undefined) {
      return `${current}/${settings}`;
    }
    // Stop at the repository root, or at the top of the file system (the index ignores a reqdesk.yaml there).
    if (entries.includes('.git') || !dirName(current).includes('/')) {
      return undefined;
    }
  }
}

function readFolderNames(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** A folder's files and subfolders, each sorted by name. */
function listFolder(folder: string): Listing {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    return { error };
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const typed = entries.map((entry) => ({ key: `${folder}/${entry.name}`, type: entryType(entry, `${folder}/${entry.name}`) }));
  return { files: typed.filter((e) => e.type === 'file').map((e) => e.key), folders: typed.filter((e) => e.type === 'folder').map((e) => e.key) };
}

/** Symbolic links count as what they point to, except that linked folders are not walked (no cycles); broken ones are skipped. */
function entryType(entry: Dirent, key: string): 'file' | 'folder' | undefined {
  if (!entry.isSymbolicLink()) {
    return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : undefined;
  }
  try {
    return statSync(key).isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}
