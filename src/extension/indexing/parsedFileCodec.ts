import type { Finding, Range } from '../../core/finding';
import type { LineStarts } from '../../core/lineMap';
import type { ChangeRequest, DocumentHeader, FieldSpan, FileKind, Requirement } from '../../core/model';
import type { ParsedFile } from '../../core/parsedFile';
import type { SettingsFileData } from '../../core/settings';

/**
 * A ParsedFile as compact JSON, for the persisted index and for the trip from the worker. Ranges become
 * [line, character, line, character], field spans stay offset arrays, line starts are written once per file as
 * line lengths, and the file key and document header once per file instead of once per requirement: JSON.parse
 * plus rebuilding the objects costs the extension host far less than parsing the plain JSON (or receiving a
 * structured clone). Bump CODEC_VERSION on any change.
 */
export const CODEC_VERSION = 2;

type R = [number, number, number, number];
type Spans = Record<string, FieldSpan>;
type EncodedRequirement = [data: Requirement['data'], id: string, index: number, range: R, head: R, fields: Spans];
type EncodedChangeRequest = [data: ChangeRequest['data'], id: string, range: R, fields: Spans];
type EncodedFile = [
  kind: FileKind, findings: readonly Finding[], hasSyntaxErrors: boolean, header: DocumentHeader,
  requirements: EncodedRequirement[], changeRequest: EncodedChangeRequest | null, settings: SettingsFileData | null,
  lineLengths: number[],
];

export class CodecError extends Error {}

/** The JSON text of a parsed file, or undefined when JSON cannot carry its values exactly (e.g. `.inf`, -0). */
export function encodeParsedFile(parsed: ParsedFile): string | undefined {
  if (!isJsonSafe(parsed.changeRequest?.data) || !isJsonSafe(parsed.settings) || !isJsonSafe(parsed.findings)) {
    return undefined;
  }
  const cr = parsed.changeRequest;
  const lines = cr?.lines ?? parsed.requirements[0]?.lines ?? [];
  const encoded: EncodedFile = [
    parsed.kind,
    parsed.findings,
    parsed.hasSyntaxErrors,
    parsed.header,
    parsed.requirements.map((r) => [r.data, r.id, r.index, range(r.range), range(r.headRange), r.fields]),
    cr ? [cr.data, cr.id, range(cr.range), cr.fields] : null,
    parsed.settings ?? null,
    lines.map((start, i) => (i === 0 ? start : start - lines[i - 1])),
  ];
  return JSON.stringify(encoded);
}

/** The inverse of encodeParsedFile for the file `file`; throws CodecError on anything it did not write. */
export function decodeParsedFile(file: string, text: string): ParsedFile {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value) || value.length !== 8 || !Array.isArray(value[1]) || !Array.isArray(value[4]) || !isObject(value[3]) || !Array.isArray(value[7])) {
    throw new CodecError('not an encoded file');
  }
  const [kind, findings, hasSyntaxErrors, header, requirements, cr, settings, lineLengths] = value as EncodedFile;
  if (kind !== 'requirements' && kind !== 'change-request' && kind !== 'settings') {
    throw new CodecError(`unknown kind ${String(kind)}`);
  }
  const lines = lineStarts(lineLengths);
  return {
    file,
    kind,
    findings,
    hasSyntaxErrors: hasSyntaxErrors === true,
    header,
    requirements: requirements.map((item) => {
      if (!Array.isArray(item) || item.length !== 6 || !isObject(item[0]) || !isObject(item[5])) {
        throw new CodecError('not an encoded requirement');
      }
      const [data, id, index, whole, head, fields] = item;
      return { data, id, file, document: header, index, range: unrange(whole), headRange: unrange(head), fields: checkSpans(fields), lines };
    }),
    changeRequest: cr === null ? undefined : decodeChangeRequest(file, cr, lines),
    settings: settings ?? undefined,
  };
}

function decodeChangeRequest(file: string, cr: EncodedChangeRequest, lines: LineStarts): ChangeRequest {
  if (!Array.isArray(cr) || cr.length !== 4 || !isObject(cr[0]) || !isObject(cr[3])) {
    throw new CodecError('not an encoded change request');
  }
  const [data, id, whole, fields] = cr;
  return { data, id, file, range: unrange(whole), fields: checkSpans(fields), lines };
}

function range(r: Range): R {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

function unrange(r: R): Range {
  if (!Array.isArray(r) || r.length !== 4) {
    throw new CodecError('not an encoded range');
  }
  return { start: { line: r[0], character: r[1] }, end: { line: r[2], character: r[3] } };
}

/** Spans are kept as written; only their shape is checked (pairs of offsets after key and value). */
function checkSpans(encoded: Spans): Spans {
  for (const name in encoded) {
    const span = encoded[name];
    if (!Array.isArray(span) || span.length < 4 || span.length % 2 !== 0) {
      throw new CodecError('not an encoded field span');
    }
  }
  return encoded;
}

function lineStarts(lengths: readonly unknown[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const length of lengths) {
    if (typeof length !== 'number') {
      throw new CodecError('not an encoded line length');
    }
    at += length;
    starts.push(at);
  }
  return starts.length > 0 ? starts : [0];
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only the values that JSON brings back unchanged; the other parts of a ParsedFile are strings and counts. */
function isJsonSafe(value: unknown): boolean {
  switch (typeof value) {
    case 'undefined':
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object':
      if (value === null) {
        return true;
      }
      if (Array.isArray(value)) {
        return value.every((item) => item !== undefined && isJsonSafe(item));
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) {
        return false;
      }
      // JSON drops a key whose value is undefined: the decoded object would differ.
      return Object.values(value).every((item) => item !== undefined && isJsonSafe(item));
    default:
      return false;
  }
}
