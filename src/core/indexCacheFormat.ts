import type { FileKind } from './model';
import { jsonOrUndefined } from './jsonOrUndefined';
import { CODEC_VERSION } from './parsedFileCodec';

/**
 * The persisted index on disk: CHUNK_COUNT files, each a header line and then one line per workspace file,
 * `[key, kind, size, mtime, maxBytes]<TAB><parsedFileCodec text>`. One line per file lets a reader skip a damaged
 * line and decode each file on its own (no single long JSON.parse); chunks let a change rewrite a sixteenth.
 */
export const CACHE_FORMAT = 'reqdesk-index-cache';
/** Bump on any change of the line format; the codec has its own version, which is part of the header too. */
export const CACHE_VERSION = `1.${CODEC_VERSION}`;
export const CHUNK_COUNT = 16;

export interface CacheHeader {
  readonly format: string;
  readonly version: string;
  /** Which build of the parser made the entries: a new build may parse differently, so its cache starts empty. */
  readonly parser: string;
}

/** What decides whether a file's parse can be reused: the file on disk and the size limit it was parsed under. */
export interface FileStamp {
  readonly kind: FileKind;
  readonly size: number;
  readonly mtime: number;
  readonly maxBytes: number;
}

export interface CacheMeta extends FileStamp {
  readonly key: string;
}

export interface CacheRecord {
  readonly meta: CacheMeta;
  /** The encoded ParsedFile, still as bytes when read from disk (decoded only if the file is unchanged). */
  readonly body: Uint8Array | string;
}

export interface ParsedChunk {
  readonly records: CacheRecord[];
  /** Some of it could not be read (another format, another parser build, a torn write): rewrite it. */
  readonly damaged: boolean;
}

const NEWLINE = 0x0a;
const TAB = 0x09;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function cacheHeader(parser: string): CacheHeader {
  return { format: CACHE_FORMAT, version: CACHE_VERSION, parser };
}

/** Which chunk holds a file: FNV-1a of its key, so that it never moves between runs. */
export function chunkOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0) % CHUNK_COUNT;
}

/**
 * Settings other than the size limit never change a ParsedFile (rules apply them later, in findings()), so only
 * the limit matters: a file read then must still be read now, and a file refused as too large names the limit in
 * its message, so that must be the same limit.
 */
export function isFresh(cached: FileStamp, current: FileStamp): boolean {
  if (cached.kind !== current.kind || cached.size !== current.size || cached.mtime !== current.mtime) {
    return false;
  }
  const wasRead = cached.size <= cached.maxBytes;
  const isRead = current.size <= current.maxBytes;
  return wasRead ? isRead : !isRead && cached.maxBytes === current.maxBytes;
}

export function serializeChunk(header: CacheHeader, records: Iterable<CacheRecord>): Uint8Array {
  const parts: Uint8Array[] = [encoder.encode(`${JSON.stringify(header)}\n`)];
  for (const { meta, body } of records) {
    parts.push(encoder.encode(`${JSON.stringify([meta.key, meta.kind, meta.size, meta.mtime, meta.maxBytes])}\t`));
    parts.push(typeof body === 'string' ? encoder.encode(body) : body);
    parts.push(encoder.encode('\n'));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Reads a chunk written by serializeChunk for `chunk` under `header`; never throws. */
export function parseChunk(bytes: Uint8Array, header: CacheHeader, chunk: number): ParsedChunk {
  const firstEnd = bytes.indexOf(NEWLINE);
  if (firstEnd === -1 || !sameHeader(jsonOrUndefined(decoder.decode(bytes.subarray(0, firstEnd))), header)) {
    return { records: [], damaged: bytes.length > 0 };
  }
  const records: CacheRecord[] = [];
  let damaged = false;
  for (let start = firstEnd + 1; start < bytes.length;) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end === -1) {
      // A line without its newline was cut off while being written.
      damaged = true;
      break;
    }
    const line = bytes.subarray(start, end);
    start = end + 1;
    const tab = line.indexOf(TAB);
    const meta = tab === -1 ? undefined : parseMeta(jsonOrUndefined(decoder.decode(line.subarray(0, tab))));
    if (!meta || chunkOf(meta.key) !== chunk || tab + 1 >= line.length) {
      damaged = true;
      continue;
    }
    records.push({ meta, body: line.subarray(tab + 1) });
  }
  return { records, damaged };
}

function sameHeader(value: unknown, header: CacheHeader): boolean {
  const h = value as Partial<CacheHeader> | undefined;
  return typeof h === 'object' && h !== null && h.format === header.format && h.version === header.version && h.parser === header.parser;
}

function parseMeta(value: unknown): CacheMeta | undefined {
  if (!Array.isArray(value) || value.length !== 5) {
    return undefined;
  }
  const [key, kind, size, mtime, maxBytes] = value as unknown[];
  const kinds: readonly unknown[] = ['requirements', 'change-request', 'settings', 'record', 'risks'];
  if (typeof key !== 'string' || !kinds.includes(kind) || !isCount(size) || typeof mtime !== 'number' || !isCount(maxBytes)) {
    return undefined;
  }
  return { key, kind: kind as FileKind, size, mtime, maxBytes };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
