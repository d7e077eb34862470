/**
 * The link from a report saved at `from` to the file `to`, relative to the report's folder and percent-encoded
 * segment by segment (`../changes/CR-0001.cr.yaml`), so that it works wherever the folder goes: in VS Code's
 * preview, on GitHub and GitLab, in a zip sent to a customer. Both are index keys: URIs (`file:///…`) or the
 * CLI's absolute paths with `/`. Undefined when no relative link can reach: another scheme or authority, another
 * drive, a URI against a path.
 */
export function relativeLink(from: string, to: string): string | undefined {
  const source = location(from);
  const target = location(to);
  if (!source || !target || source.origin !== target.origin) {
    return undefined;
  }
  const folder = source.segments.slice(0, -1);
  if (drive(source.segments[0]) !== drive(target.segments[0])) {
    return undefined;
  }
  let common = 0;
  while (common < folder.length && common < target.segments.length - 1 && folder[common] === target.segments[common]) {
    common++;
  }
  const up = folder.slice(common).map(() => '..');
  return [...up, ...target.segments.slice(common).map(encodeSegment)].join('/');
}

interface Location {
  /** Scheme and authority of a URI; '' for a path. */
  readonly origin: string;
  /** The path's segments, decoded, without the empty one before the leading `/`. */
  readonly segments: readonly string[];
}

const URI = /^([A-Za-z][A-Za-z0-9+.-]+):(?:\/\/([^/?#]*))?([^?#]*)/;

function location(key: string): Location | undefined {
  // A scheme has two characters or more, so `C:/work/a.md` is a Windows path, not a URI.
  const uri = URI.exec(key);
  const path = uri ? uri[3] : key;
  if (!path.startsWith('/') && !/^[A-Za-z]:\//.test(path)) {
    return undefined;
  }
  const segments = path.split('/').filter((s, i) => !(i === 0 && s === ''));
  if (segments.length === 0 || segments.some((s) => s === '.' || s === '..')) {
    return undefined;
  }
  let decoded: string[];
  try {
    decoded = uri ? segments.map(decodeURIComponent) : segments;
  } catch {
    return undefined; // malformed percent-encoding
  }
  // Windows drives compare in any case (`C:` and `c:` are one drive).
  return { origin: uri ? `${uri[1].toLowerCase()}://${uri[2] ?? ''}` : '', segments: decoded.map((s, i) => (i === 0 && drive(s) ? drive(s) : s)) };
}

/** The drive of a Windows path's first segment (`c:`), lower-cased; '' for none. */
function drive(segment: string | undefined): string {
  return segment !== undefined && /^[A-Za-z]:$/.test(segment) ? segment.toLowerCase() : '';
}

/** Everything but letters, digits and `-._~` encoded: no space, parenthesis or bracket can end the link early. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
