import type { Finding, Range } from './finding';
import type { LineStarts } from './lineMap';
import type { ChangeRequest, DocumentHeader, FileKind, Requirement } from './model';
import type { ParsedFile } from './parsedFile';
import type { CommunicationRecord } from './records/communicationRecord';
import type { Risk } from './risks/risk';
import type { SettingsPlaces } from './project/settingsPlaces';
import type { SettingsFileData } from './settings';
import { DeferredSpans } from './deferredSpans';

/**
 * A ParsedFile as compact text, for the persisted index and for the trip from the worker: a JSON array of what
 * the index reads at once (values, IDs, ranges as [line, character, line, character], file key and document
 * header once per file), then TAB, then the located half (line lengths and each item's field spans; see
 * DeferredSpans), parsed only when a range in the file is asked for. JSON.parse plus rebuilding the objects
 * costs the extension host far less than parsing the plain JSON (or receiving a structured clone).
 * Bump CODEC_VERSION on any change.
 */
export const CODEC_VERSION = 8;

type R = [number, number, number, number];
type EncodedRequirement = [data: Requirement['data'], id: string, index: number, range: R, head: R, linkStamps: Requirement['linkStamps'] | null];
type EncodedChangeRequest = [data: ChangeRequest['data'], id: string, range: R];
type EncodedFile = [
  kind: FileKind, findings: readonly Finding[], hasSyntaxErrors: boolean, header: DocumentHeader,
  requirements: EncodedRequirement[], changeRequest: EncodedChangeRequest | null, settings: SettingsFileData | null,
  record: CommunicationRecord | null, risks: readonly Risk[], settingsPlaces: SettingsPlaces | null,
];

export class CodecError extends Error {}

const TAB = 0x09;
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const encoder = new TextEncoder();

/** The text of a parsed file, or undefined when JSON cannot carry its values exactly (e.g. `.inf`, -0). */
export function encodeParsedFile(parsed: ParsedFile): string | undefined {
  if (!isJsonSafe(parsed.changeRequest?.data) || !isJsonSafe(parsed.settings) || !isJsonSafe(parsed.findings) || !isJsonSafe(parsed.record) || !isJsonSafe(parsed.risks)) {
    return undefined;
  }
  const cr = parsed.changeRequest;
  const lines = cr?.lines ?? parsed.requirements[0]?.lines ?? [];
  const encoded: EncodedFile = [
    parsed.kind,
    parsed.findings,
    parsed.hasSyntaxErrors,
    parsed.header,
    parsed.requirements.map((r) => [r.data, r.id, r.index, range(r.range), range(r.headRange), r.linkStamps ?? null]),
    cr ? [cr.data, cr.id, range(cr.range)] : null,
    parsed.settings ?? null,
    // A record is small and read whole (its ranges are made at parse time): all of it in the JSON.
    parsed.record ?? null,
    // Risks likewise: a register is small, its ranges made at parse time.
    parsed.risks,
    parsed.settingsPlaces ?? null,
  ];
  const located = cr ? [...parsed.requirements, cr] : parsed.requirements;
  return [encoded, lines.map((start, i) => (i === 0 ? start : start - lines[i - 1])), ...located.map((item) => item.fields)]
    .map((part) => JSON.stringify(part))
    .join('\t');
}

/**
 * The inverse of encodeParsedFile for the file `file`, from its text or its UTF-8 bytes; throws CodecError (or
 * a SyntaxError) on anything it did not write.
 */
export function decodeParsedFile(file: string, body: string | Uint8Array): ParsedFile {
  const { main, section } = splitBody(body);
  const value: unknown = JSON.parse(main);
  if (!Array.isArray(value) || value.length !== 10 || !Array.isArray(value[8]) || !Array.isArray(value[1]) || !Array.isArray(value[4]) || !isObject(value[3])) {
    throw new CodecError('not an encoded file');
  }
  const [kind, findings, hasSyntaxErrors, header, requirements, cr, settings, record, risks, places] = value as EncodedFile;
  if (kind !== 'requirements' && kind !== 'change-request' && kind !== 'settings' && kind !== 'record' && kind !== 'risks') {
    throw new CodecError(`unknown kind ${String(kind)}`);
  }
  if (places !== null && !isObject(places)) {
    throw new CodecError('not encoded settings places');
  }
  if (DeferredSpans.countParts(section) !== 1 + requirements.length + (cr === null ? 0 : 1)) {
    throw new CodecError('the located parts do not match the items');
  }
  const located = new DeferredSpans(section);
  return {
    file,
    kind,
    findings,
    hasSyntaxErrors: hasSyntaxErrors === true,
    header,
    requirements: requirements.map((item, i) => {
      if (!Array.isArray(item) || item.length !== 6 || !isObject(item[0]) || !(item[5] === null || Array.isArray(item[5]))) {
        throw new CodecError('not an encoded requirement');
      }
      const [data, id, index, whole, head, stamps] = item;
      // JSON writes a bare link's undefined stamp as null.
      const linkStamps = stamps?.map((stamp) => stamp ?? undefined);
      return new DecodedRequirement(data, id, file, header, index, unrange(whole), unrange(head), linkStamps, located, i);
    }),
    changeRequest: cr === null ? undefined : decodeChangeRequest(file, cr, located),
    settings: settings ?? undefined,
    record: decodeRecord(file, record),
    risks: risks.map((risk) => decodeRisk(file, risk)),
    ...(places === null ? {} : { settingsPlaces: places }),
  };
}

function decodeRecord(file: string, record: CommunicationRecord | null): CommunicationRecord | undefined {
  if (record === null) {
    return undefined;
  }
  if (!isObject(record) || !Array.isArray(record.mentions) || !Array.isArray(record.actions) || !isObject(record.data)) {
    throw new CodecError('not an encoded record');
  }
  // The key is the reader's: a persisted index may be read back under another key (a moved workspace).
  return { ...record, file };
}

function decodeRisk(file: string, risk: Risk): Risk {
  if (!isObject(risk) || !isObject(risk.data) || !Array.isArray(risk.links) || typeof risk.id !== 'string') {
    throw new CodecError('not an encoded risk');
  }
  return { ...risk, file };
}

/**
 * A requirement read back from its text: its located half comes from the file's DeferredSpans on first use
 * (private fields, so that the object shows the same properties as one the parser made).
 */
class DecodedRequirement implements Requirement {
  readonly #spans: DeferredSpans;
  readonly #item: number;

  constructor(
    readonly data: Requirement['data'], readonly id: string, readonly file: string, readonly document: DocumentHeader,
    readonly index: number, readonly range: Range, readonly headRange: Range, readonly linkStamps: Requirement['linkStamps'],
    spans: DeferredSpans, item: number,
  ) {
    this.#spans = spans;
    this.#item = item;
  }

  get fields(): Requirement['fields'] {
    return this.#spans.fields(this.#item);
  }

  get lines(): LineStarts {
    return this.#spans.lines();
  }
}

class DecodedChangeRequest implements ChangeRequest {
  readonly #spans: DeferredSpans;

  constructor(readonly data: ChangeRequest['data'], readonly id: string, readonly file: string, readonly range: Range, spans: DeferredSpans) {
    this.#spans = spans;
  }

  get fields(): ChangeRequest['fields'] {
    return this.#spans.fields(0);
  }

  get lines(): LineStarts {
    return this.#spans.lines();
  }
}

function decodeChangeRequest(file: string, cr: EncodedChangeRequest, spans: DeferredSpans): ChangeRequest {
  if (!Array.isArray(cr) || cr.length !== 3 || !isObject(cr[0])) {
    throw new CodecError('not an encoded change request');
  }
  const [data, id, whole] = cr;
  return new DecodedChangeRequest(data, id, file, unrange(whole), spans);
}

/**
 * The JSON of what is read at once, and a copy of the located section after the first TAB: from text it is
 * encoded (a slice of the text would keep all of it alive), from bytes copied out of the chunk they were read with.
 */
function splitBody(body: string | Uint8Array): { main: string; section: Uint8Array } {
  const tab = typeof body === 'string' ? body.indexOf('\t') : body.indexOf(TAB);
  if (tab === -1) {
    throw new CodecError('no located section');
  }
  return typeof body === 'string'
    ? { main: body.slice(0, tab), section: encoder.encode(body.slice(tab + 1)) }
    : { main: decoder.decode(body.subarray(0, tab)), section: body.slice(tab + 1) };
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
