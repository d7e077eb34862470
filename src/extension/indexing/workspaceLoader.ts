import * as vscode from 'vscode';
import { lookForDocuments } from './documentLookup';
import { fileKindOf } from '../../core/fileKind';
import { decodeFileText } from '../../core/fileText';
import type { FileKind } from '../../core/model';
import type { ParsedFile } from '../../core/parsedFile';
import { WorkspaceDiscovery } from '../../core/workspaceDiscovery';
import type { WorkspaceIndex } from '../../core/workspaceIndex';
import { loadWorkspaceFiles } from '../../core/workspaceLoad';
import { forEachLimited } from './forEachLimited';
import type { ParseJob } from '../../core/parseJob';
import type { FileParser } from './fileParser';
import { IndexCache } from './indexCache';
import { isFresh, type FileStamp } from '../../core/indexCacheFormat';
import { IndexingCounters, type IndexingStats } from './indexingStats';
import { MainThreadFileParser } from './mainThreadFileParser';
import { decodeParsedFile } from '../../core/parsedFileCodec';
import { ProblemPrecompute } from './problemPrecompute';
import { TimeSlicer } from './timeSlicer';
import { WorkerFileParser } from './workerFileParser';
import { searchQuery, searchSettings, searchWorkspace, workspaceRoots } from './workspaceSearch';

/**
 * Files stat'ed and read at once. Enough to keep the worker busy; few, because each read's text waits on this
 * thread's heap until the worker has parsed it (at 128, the requirement files in flight, 7 MB of text, made
 * scavenges of 30-50 ms and first-index blocks over 50 ms in 2 runs of 8; at 32, none in 8).
 */
const READS_IN_FLIGHT = 32;
/** Files of the persisted index stat'ed at once on reopen: each stat waits for a round trip to the workbench. */
const STATS_IN_FLIGHT = 128;
/** Quiet time before changed parses are persisted. */
const WRITE_DELAY_MS = 1_500;

export interface LoaderOptions {
  /** The bundled index worker (dist/indexWorker.js). Without it, or where no worker starts, files are parsed here in slices. */
  readonly workerScript?: string;
  /** The extension's workspace storage (context.storageUri): where the persisted index lives. */
  readonly storageUri?: vscode.Uri;
}

interface Stamped {
  readonly stat: vscode.FileStat;
  /** When the stat was taken (Date.now()), for the mtime granularity rule. */
  readonly at: number;
  /** The file's generation when the stat was taken: a read since then makes this stat too old to use. */
  readonly generation: number;
}

/** One full load: its counts, and the stats of the files it knew before the search for files ended. */
interface LoadRun {
  parsed: number;
  reused: number;
  readonly early: Map<string, Promise<Stamped | undefined>>;
}

/**
 * Feeds the index from the workspace: finds candidate files, which the core's discovery sorts out, reads them through vscode.workspace.fs (remote and
 * virtual workspaces), has a worker thread parse them, and keeps their parses in the extension's storage, so that
 * reopening an unchanged workspace parses nothing. Everything it does on the extension host's own thread runs in
 * short slices.
 */
export class WorkspaceLoader implements vscode.Disposable {
  /** Bumped per file whenever it is read or forgotten, so that a slow read never overwrites newer news. */
  private readonly generations = new Map<string, number>();
  private readonly slicer = new TimeSlicer();
  private readonly precompute: ProblemPrecompute;
  private readonly parser: FileParser;
  private readonly cache: IndexCache;
  private readonly counters = new IndexingCounters();
  /** The rules of the settings files found by the last full load. */
  private discovery: WorkspaceDiscovery;
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly index: WorkspaceIndex, options: LoaderOptions = {}) {
    const { workerScript, storageUri } = options;
    this.precompute = new ProblemPrecompute(index, this.slicer);
    this.discovery = this.newDiscovery();
    this.parser = workerScript ? new WorkerFileParser(workerScript, new MainThreadFileParser()) : new MainThreadFileParser();
    this.cache = new IndexCache(
      storageUri && vscode.Uri.joinPath(storageUri, 'index-cache'),
      () => parserBuild(workerScript),
      this.slicer,
      (result) => this.counters.cacheWritten(result.files),
    );
  }

  get stats(): IndexingStats {
    return this.counters.stats(this.parser.mode);
  }

  /** What a file of a workspace folder is by the rules of the settings known; undefined when it is no part of the workspace. */
  kindOf(uri: vscode.Uri): FileKind | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.discovery.classify(uri.toString(), folder.uri.toString()) : fileKindOf(uri.path);
  }

  /**
   * Loads every file; settings first, because they decide the globs and the size limit of the rest. Unchanged
   * files keep (or take from the persisted index) their parse; files no longer found leave the index.
   * One full load runs at a time.
   */
  loadAll(progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<void> {
    const run = this.loading.then(() => this.loadAllNow(progress));
    this.loading = run.catch(() => undefined);
    return run;
  }

  /** Reads one file after a change: never reused, since the change may not show in size and mtime. */
  async load(uri: vscode.Uri, kind = this.kindOf(uri)): Promise<void> {
    if (kind) {
      await this.refresh(uri, kind, undefined);
      if (kind === 'settings') {
        await lookForDocuments(this.index);
      }
      this.cache.scheduleWrite(WRITE_DELAY_MS);
    }
  }

  /**
   * Re-parses an open document's unsaved text (typing) in the worker, where text that stops a parser costs one
   * file, never the extension host; the host only decodes the result. A read of the disk that finishes later never
   * overwrites it.
   */
  async loadBuffer(document: vscode.TextDocument): Promise<void> {
    const kind = this.kindOf(document.uri);
    if (kind && !document.isClosed) {
      const key = document.uri.toString();
      await this.parse({ key, text: document.getText(), kind, maxBytes: this.index.settingsFor(key).maxFileBytes }, this.bump(key));
    }
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.bump(key);
    this.precompute.warm(this.index.remove(key).files);
    this.cache.delete(key);
    this.cache.scheduleWrite(WRITE_DELAY_MS);
  }

  /**
   * Forgets every indexed file below a deleted folder: VS Code reports a folder's deletion once, for the folder,
   * not for the files in it. Says whether one of them was a settings file (then everything is re-read).
   */
  forgetFolder(folder: vscode.Uri): boolean {
    const prefix = `${folder.toString()}/`;
    const gone = [...this.index.files()].filter((key) => key.startsWith(prefix));
    for (const key of gone) {
      this.forget(vscode.Uri.parse(key));
    }
    return gone.some((key) => key.endsWith('/reqdesk.yaml'));
  }

  /** Writes the persisted index now (on deactivation). */
  async persist(): Promise<void> {
    await this.cache.flush();
  }

  dispose(): void {
    this.counters.stopMonitor();
    this.cache.dispose();
    this.parser.dispose();
  }

  private async loadAllNow(progress: vscode.Progress<{ message?: string; increment?: number }> | undefined): Promise<void> {
    this.precompute.hold();
    let counts: LoadRun & { readonly found: number };
    try {
      counts = await this.loadEverything(progress);
    } finally {
      await this.precompute.release();
    }
    this.counters.fullLoadDone(counts.found, counts.parsed, counts.reused);
    await lookForDocuments(this.index);
    this.cache.scheduleWrite(WRITE_DELAY_MS);
  }

  private async loadEverything(progress: vscode.Progress<{ message?: string; increment?: number }> | undefined): Promise<LoadRun & { found: number }> {
    // The persisted index is read, and the workspace searched with the globs of the settings known now, while
    // VS Code looks for settings files; a search is repeated only if the settings it finds change the globs.
    const opened = this.cache.open();
    const early = new Map<string, Promise<Stamped | undefined>>();
    void opened.then(() => this.statKnownFiles(early));
    const roots = workspaceRoots();
    const searching = searchWorkspace(this.discovery.searchPatterns(roots));
    const discovery = this.newDiscovery();
    const counts: LoadRun = { parsed: 0, reused: 0, early };
    const found = await loadWorkspaceFiles(discovery, {
      findSettings: searchSettings,
      loadSettings: async (files) => {
        await opened;
        await forEachLimited(files, READS_IN_FLIGHT, (file) => this.refresh(vscode.Uri.parse(file.key), file.kind, counts));
      },
      findFiles: async () => {
        const patterns = discovery.searchPatterns(roots);
        const speculative = await searching;
        return (speculative.query === searchQuery(patterns) ? speculative : await searchWorkspace(patterns)).files;
      },
      loadFiles: async (files) => {
        let done = 0;
        let reported = 0;
        await forEachLimited(files, READS_IN_FLIGHT, async ({ key, kind }) => {
          await this.refresh(vscode.Uri.parse(key), kind, counts);
          done++;
          // One progress message per percent: each is a message to the workbench.
          const percent = Math.floor((done * 100) / files.length);
          if (percent > reported) {
            progress?.report({ message: `${done}/${files.length}`, increment: percent - reported });
            reported = percent;
          }
        });
      },
    });
    this.discovery = discovery;
    this.prune(found);
    return { ...counts, found: found.size };
  }

  /** Files no longer found (deleted while VS Code was closed, or no longer matched) leave the index. */
  private prune(found: ReadonlyMap<string, FileKind>): void {
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    for (const key of [...this.index.files()]) {
      if (!found.has(key) && !open.has(key)) {
        this.forget(vscode.Uri.parse(key));
      }
    }
    for (const key of this.cache.keys()) {
      if (!found.has(key)) {
        this.cache.delete(key);
      }
    }
  }

  /**
   * Every file the cache knows is stat'ed at once, while VS Code still searches the workspace, and unchanged ones
   * are decoded meanwhile (without holding up the next stat): the search decides what is used.
   */
  private statKnownFiles(early: Map<string, Promise<Stamped | undefined>>): Promise<void> {
    const settle = new Map<string, (stamped: Stamped | undefined) => void>();
    // Settings first: the rest of the load waits for them.
    const keys = this.cache.keys().sort((a, b) => Number(this.cache.get(b)?.meta.kind === 'settings') - Number(this.cache.get(a)?.meta.kind === 'settings'));
    for (const key of keys) {
      early.set(key, new Promise((resolve) => settle.set(key, resolve)));
    }
    return forEachLimited([...settle], STATS_IN_FLIGHT, async ([key, resolve]) => {
      let stamped: Stamped | undefined;
      const generation = this.generations.get(key) ?? 0;
      try {
        stamped = { stat: await vscode.workspace.fs.stat(vscode.Uri.parse(key)), at: Date.now(), generation };
      } catch {
        stamped = undefined; // the file's own refresh stats it again and handles the error
      }
      resolve(stamped);
      const entry = this.cache.get(key);
      if (stamped && entry?.settled && !entry.parsed && isFresh(entry.meta, { ...entry.meta, size: stamped.stat.size, mtime: stamped.stat.mtime })) {
        void this.slicer.run(() => this.cache.resolve(entry));
      }
    });
  }

  /**
   * Brings one file's entry up to date: from an unsaved buffer (what the user sees); in a full load (`run`) from
   * the cache when size and mtime are unchanged; else read and parsed.
   */
  private async refresh(uri: vscode.Uri, kind: FileKind, run: LoadRun | undefined): Promise<void> {
    const key = uri.toString();
    const previous = this.generations.get(key) ?? 0;
    const generation = this.bump(key);
    const maxBytes = this.index.settingsFor(key).maxFileBytes;
    const counts = run ?? { parsed: 0, reused: 0 };
    const buffer = dirtyDocument(key);
    if (buffer) {
      counts.parsed++;
      await this.parse({ key, text: buffer.getText(), kind, maxBytes }, generation);
      return;
    }
    try {
      const early = await run?.early.get(key);
      const { stat, at } = early?.generation === previous ? early : { stat: await vscode.workspace.fs.stat(uri), at: Date.now() };
      const stamp: FileStamp = { kind, size: stat.size, mtime: stat.mtime, maxBytes };
      if (run && (await this.reuse(key, stamp, generation))) {
        counts.reused++;
        return;
      }
      // Over the limit the core only reports the size; do not read the file at all.
      const bytes = this.discovery.isTooLarge(key, stat.size) ? undefined : await vscode.workspace.fs.readFile(uri);
      // Reads finish in bursts, in one microtask queue: decoding each in its own slice keeps the burst short.
      const file = bytes ? await this.slicer.run(() => decodeFileText(bytes)) : undefined;
      counts.parsed++;
      await this.parse({ key, text: file?.text ?? '', kind, maxBytes, byteSize: stat.size, textProblem: file?.problem }, generation, { stamp, stampedAt: at });
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

  /** Takes the cached parse when it is still true to the file; false when the file must be parsed. */
  private async reuse(key: string, stamp: FileStamp, generation: number): Promise<boolean> {
    const entry = this.cache.get(key);
    if (!entry?.settled || !isFresh(entry.meta, stamp)) {
      return false;
    }
    return this.slicer.run(() => {
      if (this.generations.get(key) !== generation) {
        return true; // newer news is on its way
      }
      const parsed = this.cache.resolve(entry);
      if (!parsed) {
        return false;
      }
      if (this.index.get(key) !== parsed) {
        this.addToIndex(parsed);
      }
      return true;
    });
  }

  private async parse(job: ParseJob, generation: number, disk?: { readonly stamp: FileStamp; readonly stampedAt: number }): Promise<void> {
    const outcome = await this.parser.parse(job);
    await this.slicer.run(() => {
      if (this.generations.get(job.key) !== generation) {
        return; // a delete or a newer read arrived meanwhile
      }
      const parsed = outcome.parsed ?? decodeParsedFile(job.key, outcome.encoded);
      if (disk) {
        this.cache.remember(job.key, disk.stamp, disk.stampedAt, parsed, outcome.encoded);
      }
      // The user started editing while the disk version was parsed: their buffer is what they see.
      if (!disk || !dirtyDocument(job.key)) {
        this.addToIndex(parsed);
      }
    });
  }

  private addToIndex(parsed: ParsedFile): void {
    this.precompute.warm(this.index.add(parsed).files);
  }

  private newDiscovery(): WorkspaceDiscovery {
    return new WorkspaceDiscovery({ settingsFor: (key) => this.index.settingsFor(key), decode: decodeURIComponent });
  }

  private bump(key: string): number {
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }
}

function dirtyDocument(key: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.isDirty && !d.isClosed && d.uri.toString() === key);
}

/** Identifies the parser build: a rebuilt extension may parse differently, so it starts with an empty cache. */
async function parserBuild(workerScript: string | undefined): Promise<string | undefined> {
  if (!workerScript) {
    return undefined;
  }
  try {
    const stat = await vscode.workspace.fs.stat(vscode.Uri.file(workerScript));
    return `${stat.size}-${stat.mtime}`;
  } catch {
    return undefined;
  }
}
