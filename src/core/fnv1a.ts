const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const encoder = new TextEncoder();

/**
 * FNV-1a (32 bits) over the UTF-8 bytes of `text`, as 8 hex digits: the one hash behind every fingerprint ReqDesk
 * writes to files (change-request baselines, spreadsheet manifests, link stamps). Pure JavaScript, so the core runs
 * in a browser-like worker too. It detects edits, it does not resist forgery, which no one here has a motive for;
 * a chance collision goes unnoticed once in four billion edits.
 */
export function fnv1a(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of encoder.encode(text)) {
    hash = Math.imul(hash ^ byte, FNV_PRIME);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
