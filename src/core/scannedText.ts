/** Larger files are generated or data, not where people mention requirement IDs; reading them costs too much. */
export const MAX_SCANNED_FILE_BYTES = 1024 * 1024;
/** Git's test: a NUL byte in the first 8000 bytes means binary. */
const BINARY_SNIFF_BYTES = 8000;

/** Whether a file's bytes are binary, so no ID mention is looked for in them (references, the mention index). */
export function isBinaryText(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
