import * as vscode from 'vscode';
import { baseName, dirName, fileKindOf } from '../../core/fileKind';
import { GitIgnore } from '../../core/gitIgnore';
import { matchGlob } from '../../core/glob';
import type { IndexView } from '../../core/indexView';
import { SETTINGS_FILE_NAME } from '../../core/settings';
import { MentionIndex, type FileMention } from '../../core/trace/mentionIndex';
import type { MentionKind, MentionLookup, MentionSummary } from '../../core/trace/mentions';
import { mentionKindOf, traceGlobPath } from '../../core/trace/traceGlobs';
import type { IndexChange } from '../../core/workspaceIndex';
import { forEachLimited } from '../indexing/forEachLimited';
import { readScannedFile, searchExclude } from '../languageFeatures/workspaceTexts';
import type { MentionScanner } from './mentionScanner';

/** A bound on one scan, so a huge workspace cannot make the scan read forever. */
const MAX_FILES = 100_000;
const PARALLEL_READS = 16;
/** Changes close together are announced once. */
const CHANGE_DELAY_MS = 50;
/** Edits to .gitignore, reqdesk.yaml or the excludes come in bursts (a branch switch): one rescan after them. */
const RESCAN_DELAY_MS = 300;

const GIT_IGNORE = '.gitignore';

/** A MentionLookup that says when its answers may have changed: what the editor's views follow. */
export interface LiveMentions extends MentionLookup {
  readonly onDidChange: vscode.Event<void>;
  /** Resolves when no whole scan is under way or due: what a one-off answer (an assessment's impact) waits for. */
  whenScanned(): Promise<void>;
}

/**
 * Where IDs are mentioned in the workspace, live: the MentionLookup the editor's views read. Every file a search
 * would look at (not in `files.exclude`/`search.exclude`, not ignored by a .gitignore, not binary, not over the
 * scan limit) that is a record or change request, or that the `trace:` globs of its reqdesk.yaml call code or
 * tests, is read here and scanned in the mention worker; a file's change, creation or deletion on disk updates it
 * alone. Unsaved buffers do not count: a mention counts once it is saved, as `reqdesk trace` sees it.
 */
export class MentionSource implements LiveMentions, vscode.Disposable {
  private readonly mentions = new MentionIndex();
  private gitIgnore = new GitIgnore();
  private settingsFolders = new Set<string>();
  /** The keys the index holds, so a deleted folder's files can be found. */
  private readonly indexed = new Set<string>();
  /** Bumped on each read of a file, so a slow read never overwrites a newer one. */
  private readonly reads = new Map<string, number>();
  /** Reads of single changed files under way: a one-off answer waits for them too. */
  private readonly pending = new Set<Promise<void>>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private scanning: Promise<void> | undefined;
  private started = false;
  private rescanTimer: NodeJS.Timeout | undefined;
  private changeTimer: NodeJS.Timeout | undefined;
  private nextRead = 1;

  /** Fires (batched) when some ID's mentions may differ. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly index: Pick<IndexView, 'get' | 'settingsFor'>, changes: { readonly onDidChange: vscode.Event<IndexChange> }, private readonly scanner: MentionScanner) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      this.emitter,
      watcher,
      watcher.onDidCreate((uri) => this.onFileChanged(uri)),
      watcher.onDidChange((uri) => this.onFileChanged(uri)),
      watcher.onDidDelete((uri) => this.onFileDeleted(uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude')) {
          this.scheduleRescan();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleRescan()),
      // The trace globs are reqdesk.yaml's: once the index has read a new one, the kinds of files may differ.
      changes.onDidChange((change) => {
        if (change.settings) {
          this.scheduleRescan();
        } else if (this.started && (change.records || change.changeRequests)) {
          // A record is one by the index's globs, known only once the index has read it.
          for (const file of change.files) {
            if (this.indexed.has(file) || this.tracedKind(file)) {
              this.onFileChanged(vscode.Uri.parse(file));
            }
          }
        }
      }),
    );
  }

  mentionsOf(id: string): MentionSummary {
    return this.mentions.mentionsOf(id);
  }

  /** Scans the whole workspace (the first time once the index knows its settings); resolves when done. */
  rescan(): Promise<void> {
    this.started = true;
    const scan = (this.scanning ?? Promise.resolve()).then(() => this.scanAll());
    this.scanning = scan;
    void scan.finally(() => {
      if (this.scanning === scan) {
        this.scanning = undefined;
      }
    });
    return scan;
  }

  async whenScanned(): Promise<void> {
    while (this.rescanTimer !== undefined || this.scanning || this.pending.size > 0) {
      await (this.scanning ?? (this.pending.size > 0 ? Promise.allSettled(this.pending) : new Promise((resolve) => setTimeout(resolve, CHANGE_DELAY_MS))));
    }
  }

  dispose(): void {
    clearTimeout(this.rescanTimer);
    clearTimeout(this.changeTimer);
    this.started = false;
    this.scanner.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private scheduleRescan(): void {
    if (!this.started) {
      return;
    }
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => {
      this.rescanTimer = undefined;
      void this.rescan();
    }, RESCAN_DELAY_MS);
  }

  private async scanAll(): Promise<void> {
    const found: { readonly uri: vscode.Uri; readonly root: string }[] = [];
    const gitIgnore = new GitIgnore();
    const settingsFolders = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // null, not undefined: the glob already holds files.exclude, and "no exclude" must mean none.
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), searchExclude(folder) ?? null, MAX_FILES);
      const root = folder.uri.toString();
      for (const uri of uris) {
        const key = uri.toString();
        const name = baseName(key);
        if (name === GIT_IGNORE) {
          gitIgnore.setFile(dirName(key), (await readScannedFile(uri)) ?? '');
        } else if (name === SETTINGS_FILE_NAME) {
          settingsFolders.add(dirName(key));
        }
        found.push({ uri, root });
      }
    }
    this.gitIgnore = gitIgnore;
    this.settingsFolders = settingsFolders;
    const seen = new Set<string>();
    await forEachLimited(found, PARALLEL_READS, async ({ uri, root }) => {
      const key = uri.toString();
      const kind = this.kindOf(key, root);
      if (kind) {
        seen.add(key);
        const mentions = await this.read(uri);
        if (mentions) {
          this.store(key, kind, mentions);
        }
      }
    });
    for (const key of [...this.indexed]) {
      if (!seen.has(key)) {
        this.drop(key);
      }
    }
    this.announce();
  }

  private onFileChanged(uri: vscode.Uri): void {
    const key = uri.toString();
    const name = baseName(key);
    if (name === GIT_IGNORE || name === SETTINGS_FILE_NAME) {
      this.scheduleRescan();
      return;
    }
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const root = folder?.uri.toString();
    const kind = folder && root !== undefined && !this.isExcluded(folder, key.slice(root.length + 1)) ? this.kindOf(key, root) : undefined;
    if (!kind) {
      this.drop(key);
      return;
    }
    const reading = this.read(uri).then((mentions) => {
      if (mentions) {
        this.store(key, kind, mentions);
        this.announce();
      }
    });
    this.pending.add(reading);
    void reading.finally(() => this.pending.delete(reading));
  }

  private store(key: string, kind: MentionKind, mentions: readonly FileMention[]): void {
    this.mentions.setFile(key, kind, mentions);
    if (mentions.length > 0) {
      this.indexed.add(key);
    } else {
      this.indexed.delete(key);
    }
  }

  private onFileDeleted(uri: vscode.Uri): void {
    const key = uri.toString();
    if (baseName(key) === GIT_IGNORE || baseName(key) === SETTINGS_FILE_NAME) {
      this.scheduleRescan();
    }
    // A folder's deletion is one event: its files go with it.
    for (const file of [...this.indexed]) {
      if (file === key || file.startsWith(`${key}/`)) {
        this.drop(file);
      }
    }
  }

  private drop(key: string): void {
    this.reads.set(key, this.nextRead++);
    if (this.indexed.delete(key)) {
      this.mentions.deleteFile(key);
      this.announce();
    }
  }

  /** The kind of a file of a workspace folder, or undefined when its mentions do not count. */
  private kindOf(key: string, root: string): MentionKind | undefined {
    if (this.gitIgnore.isIgnored(key)) {
      return undefined;
    }
    const globPath = traceGlobPath(key, root, (folder) => this.settingsFolders.has(folder));
    return mentionKindOf(this.index.settingsFor(key).traceGlobs, this.index.get(key)?.kind ?? fileKindOf(key), globPath);
  }

  /** Whether the index holds the file as a record or a change request. */
  private tracedKind(key: string): boolean {
    const kind = this.index.get(key)?.kind;
    return kind === 'record' || kind === 'change-request';
  }

  /** Whether the excludes skip a path (relative to its folder), as findFiles would: the path or a folder above it. */
  private isExcluded(folder: vscode.WorkspaceFolder, path: string): boolean {
    const exclude = searchExclude(folder);
    if (exclude === undefined) {
      return false;
    }
    for (let part = path; part !== ''; part = dirName(part)) {
      if (matchGlob(exclude, part)) {
        return true;
      }
    }
    return false;
  }

  /** The file's mentions, or undefined when a newer read of it has started meanwhile. */
  private async read(uri: vscode.Uri): Promise<readonly FileMention[] | undefined> {
    const key = uri.toString();
    const read = this.nextRead++;
    this.reads.set(key, read);
    const text = await readScannedFile(uri);
    const mentions = text === undefined ? [] : await this.scanner.scan(text);
    if (this.reads.get(key) !== read) {
      return undefined;
    }
    this.reads.delete(key);
    return mentions;
  }

  private announce(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.emitter.fire(), CHANGE_DELAY_MS);
  }
}
