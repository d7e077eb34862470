import { dirName } from './fileKind';
import { matchGlob } from './glob';

interface IgnoreRule {
  readonly glob: string;
  readonly negated: boolean;
  /** A pattern ending in `/` names folders only: it ignores what is under them, never a file of that name. */
  readonly folderOnly: boolean;
}

/**
 * The `.gitignore` files of a tree, for scans that must skip what git skips (VS Code's findFiles does not).
 * Folders are keys without the trailing slash (URIs or paths alike); a file's rules are those of every
 * `.gitignore` above it, deeper ones last, and the last rule that matches decides, as in git. Not kept: git's
 * refusal to re-include a file under an ignored folder, and character classes.
 */
export class GitIgnore {
  private readonly rulesByFolder = new Map<string, readonly IgnoreRule[]>();

  /** Sets (or replaces) the rules of the `.gitignore` in `folder`; an empty text removes them. */
  setFile(folder: string, text: string): void {
    const rules = parseRules(text);
    if (rules.length === 0) {
      this.rulesByFolder.delete(folder);
    } else {
      this.rulesByFolder.set(folder, rules);
    }
  }

  deleteFile(folder: string): void {
    this.rulesByFolder.delete(folder);
  }

  isIgnored(file: string): boolean {
    let ignored = false;
    for (const folder of foldersAbove(file).reverse()) {
      for (const rule of this.rulesByFolder.get(folder) ?? []) {
        if (matches(rule, file.slice(folder.length + 1))) {
          ignored = !rule.negated;
        }
      }
    }
    return ignored;
  }
}

function foldersAbove(file: string): string[] {
  const folders: string[] = [];
  for (let folder = dirName(file); folder !== '' && folder !== dirName(folder); folder = dirName(folder)) {
    folders.push(folder);
  }
  return folders;
}

function parseRules(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) {
      continue;
    }
    const negated = line.startsWith('!');
    line = line.replace(/^[!\\]/, '');
    const folderOnly = line.endsWith('/');
    line = line.replace(/\/+$/, '');
    if (line === '') {
      continue;
    }
    // A slash at the start or in the middle anchors the pattern to its .gitignore's folder; otherwise it matches at any depth.
    const glob = line.includes('/') ? line.replace(/^\//, '') : `**/${line}`;
    rules.push({ glob, negated, folderOnly });
  }
  return rules;
}

function matches(rule: IgnoreRule, path: string): boolean {
  return matchGlob(`${rule.glob}/**/*`, path) || (!rule.folderOnly && matchGlob(rule.glob, path));
}
