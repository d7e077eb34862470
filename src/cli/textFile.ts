const BOM = '\uFEFF';

/** A file's text as the core wants it (no byte order mark), and whether the file had one, to write it back. */
export interface TextFile {
  readonly text: string;
  readonly bom: boolean;
}

/** Lenient: bytes that are not UTF-8 become U+FFFD, which is fine for reading and never written back. */
export function decodeText(bytes: Uint8Array): TextFile {
  return splitBom(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
}

/** Strict: undefined when the bytes are not valid UTF-8, so that an edit can never mangle them. */
export function decodeTextStrict(bytes: Uint8Array): TextFile | undefined {
  try {
    return splitBom(new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

export function encodeText(file: TextFile): Buffer {
  return Buffer.from(file.bom ? BOM + file.text : file.text, 'utf8');
}

function splitBom(text: string): TextFile {
  return text.startsWith(BOM) ? { text: text.slice(1), bom: true } : { text, bom: false };
}

/** A short reason for a failed file operation, without Node's stack or syscall details. */
export function fsErrorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
