// The mention worker (bundled as dist/mentionWorker.js): finds the ID mentions in the texts the extension host
// posts, one reply per batch. Like the index worker it never reads files (remote and virtual workspaces stay the
// host's business) and holds no state between batches.
import { parentPort } from 'node:worker_threads';
import { mentionsInText } from '../../core/trace/mentionIndex';
import type { MentionWorkerReply, MentionWorkerRequest } from './mentionScanner';

const port = parentPort;
if (!port) {
  throw new Error('mentionWorker runs only as a worker thread');
}

port.on('message', (request: MentionWorkerRequest) => {
  port.postMessage({ mentions: request.texts.map((text) => mentionsInText(text)) } satisfies MentionWorkerReply);
});
