import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileKindOf } from '../../src/core/fileKind';
import { parseFile } from '../../src/core/parsedFile';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { FileParser, ParseJob, ParseOutcome } from '../../src/extension/indexing/fileParser';
import { MainThreadFileParser } from '../../src/extension/indexing/mainThreadFileParser';
import { decodeParsedFile } from '../../src/extension/indexing/parsedFileCodec';
import { WorkerFileParser } from '../../src/extension/indexing/workerFileParser';
import { plainParsedFile } from './plainParsedFile';

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
});
