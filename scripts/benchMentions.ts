/**
 * The mention scan of a 10,000-file code tree, as the extension runs it: files read asynchronously on this
 * thread (the host), their texts scanned in the mention worker (dist/mentionWorker.js, so build first), and
 * meanwhile the longest block of this thread's event loop. `node out/scripts/benchMentions.js` runs it alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EventLoopMonitor } from '../src/extension/indexing/eventLoopMonitor';
import { forEachLimited } from '../src/extension/indexing/forEachLimited';
import { MentionScanner } from '../src/extension/trace/mentionScanner';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const FILES = 10_000;
const TARGET_MS = 5_000;
const BLOCK_TARGET_MS = 50;

export interface MentionBench {
  readonly files: number;
  readonly mentions: number;
  readonly wallMs: number;
  readonly maxBlockMs: number | undefined;
}

/** A code tree of `count` files in several languages, some of them mentioning requirement IDs; made once. */
function ensureTree(count: number): string[] {
  const root = path.join(REPO_ROOT, 'bench-workspace', `mentions-${count}`);
  const files = Array.from({ length: count }, (_, i) => path.join(root, 'src', `m${i % 100}`, `file${i}.${['ts', 'py', 'go', 'java'][i % 4]}`));
  if (!fs.existsSync(files[files.length - 1])) {
    for (const [i, file] of files.entries()) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const lines = Array.from({ length: 60 }, (_, line) => (line % 20 === 0 ? `// Implements PORTAL-${(i * 7 + line) % 5000 + 1}, see UTF-8` : `const value${line} = compute(${line}, "text ${i}");`));
      fs.writeFileSync(file, `${lines.join('\n')}\n`);
    }
  }
  return files;
}

export async function measureMentions(): Promise<MentionBench> {
  const files = ensureTree(FILES);
  const scanner = new MentionScanner(path.join(REPO_ROOT, 'dist', 'mentionWorker.js'));
  const monitor = new EventLoopMonitor();
  const started = performance.now();
  let mentions = 0;
  await forEachLimited(files, 16, async (file) => {
    const text = await fs.promises.readFile(file, 'utf8');
    const found = await scanner.scan(text);
    mentions += found.length;
  });
  const wallMs = performance.now() - started;
  monitor.stop();
  scanner.dispose();
  return { files: files.length, mentions, wallMs, maxBlockMs: monitor.maxBlockMs };
}

export function mentionsLine(bench: MentionBench): string {
  const block = bench.maxBlockMs;
  const met = bench.wallMs <= TARGET_MS && block !== undefined && block <= BLOCK_TARGET_MS;
  return `Mention scan of ${bench.files.toLocaleString('en')} code files (${bench.mentions.toLocaleString('en')} mentions), read here and scanned in the worker: `
    + `${Math.round(bench.wallMs)} ms, longest event-loop block ${block === undefined ? 'unknown' : `${Math.round(block)} ms`} `
    + `(targets ≤ ${TARGET_MS} ms, ≤ ${BLOCK_TARGET_MS} ms: ${met ? 'met' : 'MISSED'}).`;
}

if (require.main === module) {
  measureMentions().then((bench) => console.log(mentionsLine(bench)), (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
