// The index worker (bundled as dist/indexWorker.js): parses the texts the extension host posts and replies with
// each file's parsedFileCodec text as UTF-8 bytes, handed over rather than copied: off the host's heap, a
// workspace's worth of them never weighs on its garbage collector while they wait to be persisted. It never
// reads files itself, so remote and virtual workspaces stay the extension host's business, and it holds no
// state between batches.
import { parentPort } from 'node:worker_threads';
import { parseJob } from '../../core/parseJob';
import type { WorkerReply, WorkerRequest } from './fileParser';
import { encodeParsedFile } from '../../core/parsedFileCodec';

const encoder = new TextEncoder();
const port = parentPort;
if (!port) {
  throw new Error('indexWorker runs only as a worker thread');
}

port.postMessage({ ready: true } satisfies WorkerReply);
port.on('message', (request: WorkerRequest) => {
  for (const job of request.jobs) {
    let reply: WorkerReply;
    try {
      const parsed = parseJob(job);
      const encoded = encodeParsedFile(parsed);
      // A value JSON cannot carry exactly (rare: `.inf` in a proposal) travels as a structured clone instead.
      reply = encoded === undefined ? { id: job.id, parsed } : { id: job.id, encoded: encoder.encode(encoded) };
    } catch (error) {
      reply = { id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
    }
    // TextEncoder makes a fresh ArrayBuffer of exactly the text's bytes, never a pooled or shared one.
    port.postMessage(reply, 'encoded' in reply ? [reply.encoded.buffer as ArrayBuffer] : []);
  }
});
