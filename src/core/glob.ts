/**
 * A small glob matcher for the file globs of reqdesk.yaml. Paths and globs use forward slashes and are relative
 * to the folder holding reqdesk.yaml. `**` as a whole segment spans any number of folders (also none), `*` and
 * `?` stay within one segment, `{a,b}` picks one alternative (nesting allowed). Matching is case-sensitive and
 * `*` also matches names starting with a dot.
 */

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) {
    return cached;
  }
  const normalized = glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
  const regExp = new RegExp(`^${translate(normalized)}$`, 'u');
  cache.set(glob, regExp);
  return regExp;
}

export function matchGlob(glob: string, path: string): boolean {
  return globToRegExp(glob).test(path);
}

export function matchesAnyGlob(globs: readonly string[], path: string): boolean {
  return globs.some((glob) => matchGlob(glob, path));
}

function translate(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*' && (i === 0 || glob[i - 1] === '/') && (i + 2 === glob.length || glob[i + 2] === '/')) {
      // A whole `**` segment: with its slash it may vanish entirely, so `a/**/b` matches `a/b`.
      if (i + 2 === glob.length) {
        out = out.endsWith('/') ? `${out.slice(0, -1)}(?:/.*)?` : `${out}.*`;
      } else {
        out += '(?:.*/)?';
        i++;
      }
      i += 2;
    } else if (c === '*') {
      while (glob[i] === '*') {
        i++;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '{') {
      const close = matchingBrace(glob, i);
      if (close === -1) {
        out += '\\{';
        i++;
      } else {
        out += `(?:${splitAlternatives(glob.slice(i + 1, close)).map(translate).join('|')})`;
        i = close + 1;
      }
    } else {
      out += escapeChar(c);
      i++;
    }
  }
  return out;
}

function matchingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') {
      depth++;
    } else if (glob[i] === '}' && --depth === 0) {
      return i;
    }
  }
  return -1;
}

/** Splits on commas that are not inside nested braces. */
function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
    } else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function escapeChar(c: string): string {
  return /[\\^$.|+()[\]{}]/.test(c) ? `\\${c}` : c;
}
