/**
 * Characters YAML does not allow in a file (outside its printable set: C0 and C1 controls but tab, line breaks and
 * NEL, DEL, unpaired surrogates, U+FFFE and U+FFFF). yaml reads them silently; other YAML tools refuse the file,
 * and in a terminal some of them (ESC) would take over the screen when a problem message shows the value.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const EXACT = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Anything EXACT could match; much cheaper to run, since it needs no lookaround (paired surrogates pass it). */
// eslint-disable-next-line no-control-regex -- as above
const CANDIDATE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** The first character YAML does not allow in `text`, or undefined. */
export function findNonPrintable(text: string): { readonly index: number; readonly code: number } | undefined {
  if (!CANDIDATE.test(text)) {
    return undefined;
  }
  const match = EXACT.exec(text);
  return match ? { index: match.index, code: match[0].charCodeAt(0) } : undefined;
}
