import { Worker } from 'node:worker_threads';
import { mentionsInText, type FileMention } from '../../core/trace/mentionIndex';
import { TimeSlicer } from '../indexing/timeSlicer';

/** Texts gathered in one tick go in one message, up to about this many characters (a large post blocks the host). */
const BATCH_CHARS = 1 << 18;
/** An idle worker is ended after this long (it holds its own heap); the next scan starts a new one. */
const IDLE_MS = 60_000;

export interface MentionWorkerRequest {
  readonly texts: readonly string[];
}

/** The mentions of each text of the request, in its order. */
export interface MentionWorkerReply {
  readonly mentions: readonly (readonly FileMention[])[];
}

interface Pending {
  readonly text: string;
  readonly resolve: (mentions: readonly FileMention[]) => void;
}

/**
 * Finds ID mentions off the extension host's thread: texts are batched to a worker, which scans them with the
 * one scan (mentionsInText). Batches are answered in order, so a queue pairs replies with their texts. When no
 * worker can run (no script, no worker support) or one fails, the scan runs here in time slices instead: a
 * regular-expression scan of a text the size limit let through cannot take a thread down.
 */
export class MentionScanner {
  private worker: Worker | undefined;
  private failed = false;
  private batch: Pending[] = [];
  private batchChars = 0;
  private flushScheduled = false;
  private readonly inFlight: Pending[][] = [];
  private readonly slicer = new TimeSlicer();
  private idleTimer: NodeJS.Timeout | undefined;

  /** @param script the bundled mentionWorker.js; undefined scans on this thread. */
  constructor(private readonly script: string | undefined) {}

  scan(text: string): Promise<readonly FileMention[]> {
    if (this.failed || this.script === undefined) {
      return this.slicer.run(() => mentionsInText(text));
    }
    clearTimeout(this.idleTimer);
    return new Promise((resolve) => {
      this.batch.push({ text, resolve });
      this.batchChars += text.length;
      if (this.batchChars >= BATCH_CHARS) {
        this.flush();
      } else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  dispose(): void {
    clearTimeout(this.idleTimer);
    this.failed = true;
    this.stop();
  }

  private flush(): void {
    this.flushScheduled = false;
    const jobs = this.batch;
    this.batch = [];
    this.batchChars = 0;
    if (jobs.length === 0) {
      return;
    }
    const worker = this.ensureWorker();
    if (!worker) {
      this.scanHere(jobs);
      return;
    }
    this.inFlight.push(jobs);
    worker.postMessage({ texts: jobs.map((job) => job.text) } satisfies MentionWorkerRequest);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.failed || this.script === undefined) {
      return this.worker;
    }
    try {
      const worker = new Worker(this.script, { name: 'ReqDesk mentions' });
      // Never the reason a process stays alive (tests, a shutting-down extension host).
      worker.unref();
      worker.on('message', (reply: MentionWorkerReply) => this.onReply(reply));
      worker.on('error', () => this.giveUp());
      worker.on('exit', () => this.giveUp());
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  private onReply(reply: MentionWorkerReply): void {
    const jobs = this.inFlight.shift() ?? [];
    jobs.forEach((job, i) => job.resolve(reply.mentions[i] ?? []));
    if (this.inFlight.length === 0) {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => this.stop(), IDLE_MS);
      this.idleTimer.unref();
    }
  }

  /** The worker failed: what it held, and every scan from now on, runs here. */
  private giveUp(): void {
    if (!this.worker) {
      return;
    }
    this.failed = true;
    this.stop();
    this.scanHere([...this.inFlight.splice(0).flat(), ...this.batch.splice(0)]);
  }

  private scanHere(jobs: readonly Pending[]): void {
    for (const job of jobs) {
      void this.slicer.run(() => mentionsInText(job.text)).then(job.resolve);
    }
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) {
      worker.removeAllListeners();
      void worker.terminate();
    }
  }
}
