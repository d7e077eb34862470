import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileKindOf } from '../../src/core/fileKind';
import { parseFile } from '../../src/core/parsedFile';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { ParseJob } from '../../src/core/parseJob';
import type { FileParser, ParseOutcome } from '../../src/extension/indexing/fileParser';
import { MainThreadFileParser } from '../../src/extension/indexing/mainThreadFileParser';
import { decodeParsedFile } from '../../src/core/parsedFileCodec';
import { WorkerFileParser } from '../../src/extension/indexing/workerFileParser';
import { validRequirements } from '../hostile/hostileFiles';
import { plainParsedFile } from './plainParsedFile';
import { brief } from './workspaceBuilder';

// The worker as tsc compiled it (out/src/...): the same code esbuild bundles into dist/indexWorker.js.
const WORKER = path.join(__dirname, '../../src/extension/indexing/indexWorker.js');
const FIXTURE = path.join(__dirname, '../../../test/fixtures/workspace');

function jobs(): ParseJob[] {
  return ['reqdesk.yaml', 'changes/CR-0001.cr.yaml', 'requirements/bad.req.yaml', 'requirements/portal.req.yaml'].map((f) => ({
    key: `file:///ws/${f}`,
    text: fs.readFileSync(path.join(FIXTURE, f), 'utf8'),
    kind: fileKindOf(f) ?? 'requirements',
    maxBytes: DEFAULT_SETTINGS.maxFileBytes,
  }));
}

function expected(job: ParseJob): ReturnType<typeof parseFile> {
  return parseFile(job.key, job.text, job.kind, { maxBytes: job.maxBytes, byteSize: job.byteSize });
}

function parsedOf(job: ParseJob, outcome: ParseOutcome): ReturnType<typeof parseFile> {
  return outcome.parsed ?? decodeParsedFile(job.key, outcome.encoded);
}

describe('file parsers', () => {
  let parser: FileParser | undefined;
  afterEach(() => parser?.dispose());

  it('a worker thread parses texts into exactly what parseFile gives here, and sends them as codec text in bytes', async () => {
    parser = new WorkerFileParser(WORKER, new MainThreadFileParser());
    const all = [...jobs(), { ...jobs()[3], key: 'file:///ws/huge.req.yaml', byteSize: 10 * 1024 * 1024, text: '' }];
    const outcomes = await Promise.all(all.map((job) => parser?.parse(job) as Promise<ParseOutcome>));
    assert.equal(parser.mode, 'worker');
    outcomes.forEach((outcome, i) => {
      assert.ok(outcome.encoded instanceof Uint8Array, all[i].key);
      assert.deepStrictEqual(plainParsedFile(parsedOf(all[i], outcome)), plainParsedFile(expected(all[i])), all[i].key);
    });
  });

  it('a value JSON cannot carry comes back as a structured clone, still exact', async () => {
    parser = new WorkerFileParser(WORKER, new MainThreadFileParser());
    const job: ParseJob = { key: 'file:///ws/inf.cr.yaml', text: 'id: CR-1\ntitle: T\nstatus: submitted\naffects: [P-1]\nproposed:\n  P-1: { due: .inf }\n', kind: 'change-request', maxBytes: 1000 };
    const outcome = await parser.parse(job);
    assert.equal(outcome.encoded, undefined);
    assert.deepStrictEqual(outcome.parsed, expected(job));
  });

  it('falls back to this thread, with the same results, when the worker cannot start', async () => {
    parser = new WorkerFileParser(path.join(__dirname, 'no-such-worker.js'), new MainThreadFileParser());
    const all = jobs();
    const outcomes = await Promise.all(all.map((job) => parser?.parse(job) as Promise<ParseOutcome>));
    assert.equal(parser.mode, 'main-thread');
    outcomes.forEach((outcome, i) => assert.deepStrictEqual(plainParsedFile(parsedOf(all[i], outcome)), plainParsedFile(expected(all[i]))));
  });

  it('the main-thread parser yields to the event loop between files', async () => {
    parser = new MainThreadFileParser();
    const big = jobs()[3];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    // Each parse of the fixture takes well under the slice budget; 40 of them need several slices.
    await Promise.all(Array.from({ length: 40 }, (_, i) => parser?.parse({ ...big, text: big.text.repeat(20).replaceAll('PORTAL-', `P${i}-`) })));
    clearInterval(timer);
    assert.ok(ticks > 0, 'timers ran while the files were parsed');
  });

  describe('a file that stops a worker costs that file only', () => {
    /** The main-thread parser, counting what it is asked: files that stopped a worker must never reach it. */
    class CountingFallback extends MainThreadFileParser {
      readonly keys: string[] = [];

      override parse(job: ParseJob): Promise<ParseOutcome> {
        this.keys.push(job.key);
        return super.parse(job);
      }
    }

    const job = (key: string, text: string): ParseJob => ({ key, text, kind: 'requirements', maxBytes: 1e8 });

    it('retries the files of a worker that ran out of memory one at a time, and reports the one that does it again', async () => {
      const fallback = new CountingFallback();
      // A heap too small for a 2 MB file of 20,000 requirements, but enough for small ones: a real out-of-memory end.
      const pool = new WorkerFileParser(WORKER, fallback, { resourceLimits: { maxOldGenerationSizeMb: 32 } });
      parser = pool;
      const small = validRequirements('S', 10);
      const all = [job('file:///a.req.yaml', small), job('file:///huge.req.yaml', validRequirements('B', 20_000)), job('file:///c.req.yaml', small.replace(/S-/g, 'C-'))];
      const outcomes = await Promise.all(all.map((j) => pool.parse(j)));
      const [a, huge, c] = outcomes.map((o, i) => parsedOf(all[i], o));
      assert.deepStrictEqual(plainParsedFile(a), plainParsedFile(expected(all[0])));
      assert.deepStrictEqual(plainParsedFile(c), plainParsedFile(expected(all[2])));
      assert.deepEqual(huge.findings.map(brief), [{
        ruleId: 'file-unreadable', severity: 'error',
        message: 'ReqDesk could not read this file (reading it ran out of memory). The rest of the workspace is checked as usual; please report this with the file.',
        range: '0:0-0:9',
      }]);
      assert.deepEqual(huge.requirements, []);
      assert.equal(pool.mode, 'worker');
      // The first worker held all three; a fresh one took the huge file alone and ended too; a third read the others.
      assert.equal(pool.workerCount, 3);
      assert.deepEqual(fallback.keys, [], 'nothing was parsed on this thread');
      // Later files still go to a worker.
      const later = job('file:///later.req.yaml', small.replace(/S-/g, 'L-'));
      assert.deepStrictEqual(plainParsedFile(parsedOf(later, await pool.parse(later))), plainParsedFile(expected(later)));
    });

    it('ends a worker that answers nothing for too long, and reports the file that stalls it twice', async function () {
      this.timeout(30_000);
      const fallback = new CountingFallback();
      const pool = new WorkerFileParser(WORKER, fallback, { stallMs: 300 });
      parser = pool;
      // A flow list of 400,000 items behind an anchor (so that the fast reader leaves it to yaml): yaml takes
      // seconds over it, far past the stall limit of this test.
      const slow = job('file:///slow.req.yaml', `${validRequirements('W', 1)}    tags: &t [${Array(400_000).fill('t').join(',')}]\n`);
      const quick = job('file:///quick.req.yaml', validRequirements('Q', 3));
      const [slowOutcome, quickOutcome] = await Promise.all([pool.parse(slow), pool.parse(quick)]);
      assert.deepEqual(parsedOf(slow, slowOutcome).findings.map((f) => f.message), [
        'ReqDesk could not read this file (it took longer than 300 ms). The rest of the workspace is checked as usual; please report this with the file.',
      ]);
      assert.deepStrictEqual(plainParsedFile(parsedOf(quick, quickOutcome)), plainParsedFile(expected(quick)));
      assert.deepEqual(fallback.keys, []);
    });
  });
});
