import type { Random } from './hostileFiles';

/** Characters that mean something to YAML, and some that do not: what a slip of the keyboard or a merge leaves. */
const ALPHABET = [':', '-', ' ', '  ', '\n', '[', ']', '{', '}', ',', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '?', '\t', 'x', 'é', '中', '0', '\r\n'];

/** One to three random edits of a text: characters deleted or inserted, indentation broken, lines swapped or doubled. */
export function mutate(text: string, random: Random): string {
  let out = text;
  const count = random.between(1, 3);
  for (let i = 0; i < count; i++) {
    const lines = out.split('\n');
    const line = random.between(0, Math.max(0, lines.length - 1));
    switch (random.between(0, 5)) {
      case 0: {
        const at = random.between(0, Math.max(0, out.length - 1));
        out = out.slice(0, at) + out.slice(at + random.between(1, 3));
        break;
      }
      case 1: {
        const at = random.between(0, out.length);
        out = out.slice(0, at) + random.pick(ALPHABET) + out.slice(at);
        break;
      }
      case 2:
        lines[line] = random.next() < 0.5 ? ` ${lines[line]}` : lines[line].replace(/^ {1,2}/, '');
        out = lines.join('\n');
        break;
      case 3: {
        const other = random.between(0, Math.max(0, lines.length - 1));
        [lines[line], lines[other]] = [lines[other], lines[line]];
        out = lines.join('\n');
        break;
      }
      case 4:
        lines.splice(line, 0, lines[line]);
        out = lines.join('\n');
        break;
      default:
        lines.splice(line, 1);
        out = lines.join('\n');
    }
  }
  return out;
}
