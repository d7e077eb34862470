import * as vscode from 'vscode';
import type { ParsedFile } from '../../core/parsedFile';
import {
  cacheHeader, chunkOf, CHUNK_COUNT, parseChunk, serializeChunk, type CacheHeader, type CacheMeta, type CacheRecord, type FileStamp,
} from '../../core/indexCacheFormat';
import { decodeParsedFile, encodeParsedFile } from '../../core/parsedFileCodec';
import type { TimeSlicer } from './timeSlicer';

/**
 * A file's mtime can only be trusted to tell two versions apart once the clock has moved past its granularity
 * (up to 2 s on some file systems): a file stamped sooner after it was written is parsed again next time.
 */
const RACY_MS = 2_000;

/** What the cache knows of one file: its stamp, and its parse as a ParsedFile, as codec text, or both. */
export interface CacheEntry {
  readonly meta: CacheMeta;
  /** Stamped long enough after the file was written for size + mtime to vouch for it. */
  readonly settled: boolean;
  parsed: ParsedFile | undefined;
  body: Uint8Array | string | undefined;
}

export interface CacheWriteResult {
  readonly chunks: number;
  readonly files: number;
}

/**
 * The persisted index, in the extension's workspace storage, and its mirror in memory: every file parsed from
 * disk, with the size + mtime it had. Written in chunks off the hot path (debounced, encoded in slices); a
 * corrupt, old-format or other-build chunk is ignored and rewritten.
 */
export class IndexCache {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly dirty = new Set<number>();
  private opened: Promise<void> | undefined;
  private writing: Promise<CacheWriteResult> = Promise.resolve({ chunks: 0, files: 0 });
  private timer: NodeJS.Timeout | undefined;
  private header: CacheHeader | undefined;
  private disposed = false;

  /**
   * @param folder where the chunks live; undefined keeps the cache in memory only.
   * @param parserBuild identifies the parser that makes the entries; undefined (unknown) persists nothing.
   */
  constructor(
    private readonly folder: vscode.Uri | undefined,
    private readonly parserBuild: () => Promise<string | undefined>,
    private readonly slicer: TimeSlicer,
    private readonly onWritten: (result: CacheWriteResult) => void = () => undefined,
  ) {}

  /** Reads the persisted chunks once; later calls return at once. Never rejects. */
  open(): Promise<void> {
    this.opened ??= this.read().catch(() => {
      // An unreadable cache is an empty one; it is rewritten on the next write.
      this.markAllDirty();
    });
    return this.opened;
  }

  get(key: string): CacheEntry | undefined {
    return this.entries.get(key);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry's ParsedFile, decoding it if it came from disk; undefined (and the entry dropped) if it cannot be. */
  resolve(entry: CacheEntry): ParsedFile | undefined {
    if (!entry.parsed && entry.body !== undefined) {
      try {
        entry.parsed = decodeParsedFile(entry.meta.key, entry.body);
      } catch {
        this.delete(entry.meta.key);
        return undefined;
      }
    }
    return entry.parsed;
  }

  remember(key: string, stamp: FileStamp, stampedAt: number, parsed: ParsedFile, body?: Uint8Array): void {
    const settled = stampedAt - stamp.mtime >= RACY_MS;
    this.entries.set(key, { meta: { key, ...stamp }, settled, parsed, body });
    this.dirty.add(chunkOf(key));
  }

  delete(key: string): void {
    if (this.entries.delete(key)) {
      this.dirty.add(chunkOf(key));
    }
  }

  /** Writes what changed after `delayMs` of quiet; a later call restarts the wait. */
  scheduleWrite(delayMs: number): void {
    if (this.disposed) {
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delayMs);
  }

  /** Writes every changed chunk now (after a write already under way). */
  flush(): Promise<CacheWriteResult> {
    clearTimeout(this.timer);
    this.writing = this.writing.catch(() => undefined).then(() => this.writeDirty());
    return this.writing;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private async read(): Promise<void> {
    const build = await this.parserBuild();
    this.header = build === undefined ? undefined : cacheHeader(build);
    const header = this.header;
    const folder = this.folder;
    if (!folder || !header) {
      return;
    }
    await Promise.all(Array.from({ length: CHUNK_COUNT }, async (_, chunk) => {
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(chunkUri(folder, chunk));
      } catch (error) {
        if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) {
          this.dirty.add(chunk);
        }
        return;
      }
      await this.slicer.run(() => {
        const { records, damaged } = parseChunk(bytes, header, chunk);
        if (damaged) {
          this.dirty.add(chunk);
        }
        for (const { meta, body } of records) {
          // Only settled entries are written. A file read meanwhile has newer news.
          if (!this.entries.has(meta.key)) {
            this.entries.set(meta.key, { meta, settled: true, parsed: undefined, body });
          }
        }
      });
    }));
  }

  private async writeDirty(): Promise<CacheWriteResult> {
    await this.open();
    const folder = this.folder;
    const header = this.header;
    const chunks = [...this.dirty].sort((a, b) => a - b);
    this.dirty.clear();
    let files = 0;
    if (folder && header && chunks.length > 0) {
      await vscode.workspace.fs.createDirectory(folder);
      const byChunk = new Map<number, CacheEntry[]>(chunks.map((c) => [c, []]));
      for (const entry of this.entries.values()) {
        byChunk.get(chunkOf(entry.meta.key))?.push(entry);
      }
      for (const [chunk, entries] of byChunk) {
        const records: CacheRecord[] = [];
        for (const entry of entries) {
          // Encoding a large file costs a few milliseconds: one file per task keeps each slice short.
          const body = entry.settled ? await this.slicer.run(() => entry.body ?? (entry.parsed && encodeParsedFile(entry.parsed))) : undefined;
          if (body !== undefined) {
            records.push({ meta: entry.meta, body });
          }
        }
        const bytes = await this.slicer.run(() => serializeChunk(header, records));
        try {
          // Written aside and renamed over, so that a crash mid-write leaves the old chunk, not half a new one.
          const target = chunkUri(folder, chunk);
          const temporary = target.with({ path: `${target.path}.tmp` });
          await vscode.workspace.fs.writeFile(temporary, bytes);
          await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
          files += records.length;
        } catch {
          this.dirty.add(chunk);
        }
      }
    }
    this.releaseBodies();
    const result = { chunks: chunks.length, files };
    this.onWritten(result);
    return result;
  }

  /** Codec text is kept only until it is written: the ParsedFile is what the index uses. */
  private releaseBodies(): void {
    for (const entry of this.entries.values()) {
      if (entry.parsed && !this.dirty.has(chunkOf(entry.meta.key))) {
        entry.body = undefined;
      }
    }
  }

  private markAllDirty(): void {
    for (let chunk = 0; chunk < CHUNK_COUNT; chunk++) {
      this.dirty.add(chunk);
    }
  }
}

function chunkUri(folder: vscode.Uri, chunk: number): vscode.Uri {
  return vscode.Uri.joinPath(folder, `chunk-${String(chunk).padStart(2, '0')}.ndjson`);
}
