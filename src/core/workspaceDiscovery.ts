import { baseName, dirName, fileKindOf } from './fileKind';
import { matchesAnyGlob } from './glob';
import type { FileKind } from './model';
import { RISK_GLOBS } from './risks/risk';
import { DEFAULT_SETTINGS, SETTINGS_FILE_NAME, type ProjectSettings } from './settings';

/** Folders never looked into, whatever reqdesk.yaml says. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface DiscoveryOptions {
  /** The settings that apply to an index key: those of the nearest enclosing reqdesk.yaml (WorkspaceIndex.settingsFor). */
  readonly settingsFor: (key: string) => ProjectSettings;
  /**
   * A relative path of keys as the globs see it. The extension's keys are URIs, whose paths are percent-encoded;
   * the CLI's are paths already.
   */
  readonly decode?: (path: string) => string;
}

/** Where an editor should look for candidates: `globs` relative to the folder `base` (an index key). */
export interface SearchPattern {
  readonly base: string;
  readonly globs: readonly string[];
}

/**
 * Which files belong to the workspace, by the rules of every reqdesk.yaml known: a file's kind (by name, or by
 * the `files:` and `records:` globs of the settings that apply), excluded files and folders, oversized files. Globs are relative
 * to the folder of the reqdesk.yaml that applies, else to the folder being scanned (the root). Both front ends
 * ask it, so `reqdesk check` and the editor index the same files.
 */
export class WorkspaceDiscovery {
  private readonly settingsFolders = new Set<string>();
  /** Per folder: whether it or a folder between it and the root keeps its contents out (key `root\nfolder`). */
  private readonly closedFolders = new Map<string, boolean>();

  constructor(private readonly options: DiscoveryOptions) {}

  /** A reqdesk.yaml was indexed: from now on its folder is where the globs below it start. */
  addSettingsFile(key: string): void {
    this.settingsFolders.add(dirName(key));
    this.closedFolders.clear();
  }

  /** The kind of a file by its name or by the globs of the settings that apply; undefined for other files. */
  kindOf(key: string, root: string): FileKind | undefined {
    const named = fileKindOf(key);
    if (named) {
      return named;
    }
    const settings = this.options.settingsFor(key);
    const path = this.globPath(key, root);
    if (matchesAnyGlob(settings.requirementGlobs, path)) {
      return 'requirements';
    }
    if (matchesAnyGlob(settings.changeRequestGlobs, path)) {
      return 'change-request';
    }
    return matchesAnyGlob(settings.recordGlobs, path) ? 'record' : undefined;
  }

  /** Whether an exclude glob matches this file or folder itself; a folder also when one matches all under it (`vendor/**`). */
  isExcluded(key: string, root: string, isFolder: boolean): boolean {
    const globs = this.options.settingsFor(key).excludeGlobs;
    const path = this.globPath(key, root);
    return matchesAnyGlob(globs, path) || (isFolder && globs.some((g) => g.endsWith('/**') && matchesAnyGlob([g.slice(0, -3)], path)));
  }

  /** Whether a scan of `root` skips this folder: node_modules, .git, or excluded. */
  isFolderSkipped(folder: string, root: string): boolean {
    return SKIPPED_FOLDERS.has(baseName(folder)) || this.isExcluded(folder, root, true);
  }

  /**
   * What a file found under `root` is in the workspace, or undefined when it is no part of it: not a ReqDesk
   * file, excluded, or in a skipped folder on the way down from the root. A reqdesk.yaml is only subject to its
   * folders: an exclude glob of its own folder does not hide it.
   */
  classify(key: string, root: string): FileKind | undefined {
    if (this.isClosed(dirName(key), root)) {
      return undefined;
    }
    const kind = this.kindOf(key, root);
    return kind && (kind === 'settings' || !this.isExcluded(key, root, false)) ? kind : undefined;
  }

  /** Over the size limit that applies: the index reports the size without the file being read. */
  isTooLarge(key: string, size: number): boolean {
    return size > this.options.settingsFor(key).maxFileBytes;
  }

  /**
   * The union of the file globs of every reqdesk.yaml known, each relative to its folder, and of the settings
   * in force at each root: searching these finds every candidate, and classify() decides. A glob that starts
   * with `**` and is already searched from an enclosing base is not searched again.
   */
  searchPatterns(roots: readonly string[]): SearchPattern[] {
    const bases = [...new Set([...roots, ...[...this.settingsFolders].filter((folder) => roots.some((root) => isInside(folder, root)))])].sort();
    const patterns: SearchPattern[] = [];
    for (const base of bases) {
      const settings = this.options.settingsFor(`${base}/${SETTINGS_FILE_NAME}`);
      const covered = patterns.filter((p) => isInside(base, p.base)).flatMap((p) => p.globs.filter((g) => g.startsWith('**/')));
      const globs = [...new Set([...settings.requirementGlobs, ...settings.changeRequestGlobs, ...settings.recordGlobs, ...RISK_GLOBS])].filter((g) => !covered.includes(g));
      if (globs.length > 0) {
        patterns.push({ base, globs });
      }
    }
    return patterns;
  }

  /** Excludes that hold in every folder whatever its settings say: safe to hand to an editor's search. */
  static searchExcludes(): readonly string[] {
    return DEFAULT_SETTINGS.excludeGlobs;
  }

  private isClosed(folder: string, root: string): boolean {
    if (!isInside(folder, root)) {
      return false;
    }
    const memo = `${root}\n${folder}`;
    let closed = this.closedFolders.get(memo);
    if (closed === undefined) {
      closed = this.isClosed(dirName(folder), root) || this.isFolderSkipped(folder, root);
      this.closedFolders.set(memo, closed);
    }
    return closed;
  }

  /** Globs are relative to the folder of the nearest reqdesk.yaml known, else to the root. */
  private globPath(key: string, root: string): string {
    for (let folder = dirName(key); folder !== '' && folder !== dirName(folder); folder = dirName(folder)) {
      if (this.settingsFolders.has(folder)) {
        return this.relative(folder, key);
      }
    }
    return this.relative(root, key);
  }

  private relative(base: string, key: string): string {
    const path = isInside(key, base) ? key.slice(base.endsWith('/') ? base.length : base.length + 1) : baseName(key);
    return this.options.decode ? this.options.decode(path) : path;
  }
}

/** Whether `key` lies strictly inside the folder `folder` (both keys). */
function isInside(key: string, folder: string): boolean {
  return key.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}
