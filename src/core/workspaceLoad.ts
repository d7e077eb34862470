import { dirName } from './fileKind';
import type { FileKind } from './model';
import type { WorkspaceDiscovery } from './workspaceDiscovery';

/** A file a front end found: where, and under which root it was looked for. */
export interface FoundFile {
  readonly key: string;
  readonly root: string;
  /** Named by the user (the CLI's file arguments): read when its kind is known, even when excluded. */
  readonly explicit?: boolean;
}

/** A file that belongs to the workspace, and what it is. */
export interface WorkspaceFile {
  readonly key: string;
  readonly kind: FileKind;
}

/** The I/O of one load: the front end finds, reads and indexes; the core decides what and in which order. */
export interface WorkspaceLoadIo {
  /** Every reqdesk.yaml there may be. */
  findSettings(): Promise<readonly FoundFile[]>;
  /** Reads and indexes settings files; called once per folder depth, shallow first. */
  loadSettings(files: readonly WorkspaceFile[]): Promise<void>;
  /** The candidates for everything else, once the settings are indexed (their globs may guide the search). */
  findFiles(): Promise<readonly FoundFile[]>;
  /** Reads and indexes the other files, given in sorted order. */
  loadFiles(files: readonly WorkspaceFile[]): Promise<void>;
}

/**
 * Runs one load: settings first, because their globs, excludes and size limit decide the rest, shallow ones
 * first, because a reqdesk.yaml in a folder excluded by the one above it is no part of the workspace; then the
 * rest, in sorted order so that nothing depends on the timing of the search. Returns every file of the
 * workspace, by key.
 */
export async function loadWorkspaceFiles(discovery: WorkspaceDiscovery, io: WorkspaceLoadIo): Promise<Map<string, FileKind>> {
  const found = new Map<string, FileKind>();
  const admit = (file: FoundFile): FileKind | undefined => (file.explicit ? discovery.kindOf(file.key, dirName(file.key)) : discovery.classify(file.key, file.root));

  const byDepth = new Map<number, FoundFile[]>();
  for (const file of await io.findSettings()) {
    const depth = file.key.split('/').length;
    byDepth.set(depth, [...(byDepth.get(depth) ?? []), file]);
  }
  for (const depth of [...byDepth.keys()].sort((a, b) => a - b)) {
    const level = sortedUnique(byDepth.get(depth) ?? []).filter((file) => !found.has(file.key) && admit(file) === 'settings');
    for (const file of level) {
      found.set(file.key, 'settings');
    }
    await io.loadSettings(level.map((file) => ({ key: file.key, kind: 'settings' })));
    for (const file of level) {
      discovery.addSettingsFile(file.key);
    }
  }

  const rest: WorkspaceFile[] = [];
  for (const file of sortedUnique(await io.findFiles())) {
    const kind = found.has(file.key) ? undefined : admit(file);
    if (kind && kind !== 'settings') {
      found.set(file.key, kind);
      rest.push({ key: file.key, kind });
    }
  }
  await io.loadFiles(rest);
  return found;
}

/** Sorted by key; of two finds of one file, an explicit one wins. */
function sortedUnique(files: readonly FoundFile[]): FoundFile[] {
  const byKey = new Map<string, FoundFile>();
  for (const file of files) {
    if (!byKey.get(file.key)?.explicit) {
      byKey.set(file.key, file);
    }
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
