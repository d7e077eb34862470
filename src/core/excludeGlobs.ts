/**
 * One exclude glob for `vscode.workspace.findFiles` from the user's `files.exclude` and `search.exclude`:
 * findFiles applies only files.exclude by itself, but a search for references must skip what the user's
 * searches skip. Entries are kept when their value is `true` (a `{ when: … }` condition needs a sibling file
 * and cannot be expressed in one glob). Braces are expanded first, because VS Code's glob does not nest `{}`.
 */
export function combineExcludeGlobs(...settings: readonly unknown[]): string | undefined {
  const globs = new Set<string>();
  for (const setting of settings) {
    if (typeof setting !== 'object' || setting === null) {
      continue;
    }
    for (const [glob, enabled] of Object.entries(setting)) {
      if (enabled === true && glob.trim().length > 0) {
        expandBraces(glob.trim()).forEach((g) => globs.add(g));
      }
    }
  }
  return globs.size === 0 ? undefined : `{${[...globs].join(',')}}`;
}

/** `a/{b,c{d,e}}` → `a/b`, `a/cd`, `a/ce`. Unbalanced braces are kept as written. */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open === -1) {
    return [glob];
  }
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '{') {
      depth++;
    } else if (c === ',' && depth === 1) {
      commas.push(i);
    } else if (c === '}' && --depth === 0) {
      const bounds = [open, ...commas, i];
      const head = glob.slice(0, open);
      const tails = expandBraces(glob.slice(i + 1));
      return bounds.slice(0, -1).flatMap((start, k) => {
        const alternatives = expandBraces(glob.slice(start + 1, bounds[k + 1]));
        return alternatives.flatMap((alternative) => tails.map((tail) => `${head}${alternative}${tail}`));
      });
    }
  }
  return [glob];
}
