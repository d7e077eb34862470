/**
 * A file's bytes as the text the core reads. Both front ends decode through here, so that the CLI and the editor
 * judge the same bytes the same way. (TextDecoder is a web standard: the core stays free of Node.)
 */

/** Why a file's bytes are not plain UTF-8 text. */
export type TextProblem =
  | { readonly kind: 'binary' }
  | { readonly kind: 'utf16' }
  /** `offset` into the decoded text: where the first byte that is not UTF-8 shows as U+FFFD. */
  | { readonly kind: 'invalid-utf8'; readonly offset: number };

export interface FileText {
  /** Without a byte order mark. Empty when the file is not text at all (binary, UTF-16). */
  readonly text: string;
  /** The file started with a UTF-8 byte order mark, to be written back. */
  readonly bom: boolean;
  readonly problem?: TextProblem;
}

const BOM = '\uFEFF';
const strict = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeFileText(bytes: Uint8Array): FileText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { text: '', bom: false, problem: { kind: 'utf16' } };
  }
  // No text format ReqDesk reads has NUL bytes; UTF-16 without a byte order mark has them on every other byte.
  if (bytes.indexOf(0) !== -1) {
    return { text: '', bom: false, problem: { kind: 'binary' } };
  }
  try {
    return splitBom(strict.decode(bytes));
  } catch {
    const file = splitBom(lenient.decode(bytes));
    return { ...file, problem: { kind: 'invalid-utf8', offset: Math.max(0, file.text.indexOf('\uFFFD')) } };
  }
}

/** The bytes to write for a text: UTF-8, with the byte order mark the file had. */
export function encodeFileText(text: string, bom: boolean): Uint8Array {
  return new TextEncoder().encode(bom ? BOM + text : text);
}

function splitBom(text: string): FileText {
  return text.startsWith(BOM) ? { text: text.slice(1), bom: true } : { text, bom: false };
}
