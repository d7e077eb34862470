import { Worker } from 'node:worker_threads';
import type { FileParser, ParseJob, ParseOutcome, ParserMode, WorkerReply, WorkerRequest } from './fileParser';

/** Texts gathered in one tick go in one message, up to about this many characters (posting 1 MB blocked the host's thread for 20-40 ms). */
const BATCH_CHARS = 1 << 18;
/** An idle worker is ended after this long (it holds its own heap); the next parse starts a new one. */
const IDLE_MS = 60_000;

interface Pending {
  readonly job: ParseJob;
  readonly resolve: (outcome: ParseOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Parses in a worker thread, so that YAML parsing (seconds for a large workspace) never blocks the extension
 * host. If the worker cannot start or dies, everything pending and everything after goes to `fallback`.
 */
export class WorkerFileParser implements FileParser {
  private worker: Worker | undefined;
  private failure: unknown;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private batch: (ParseJob & { readonly id: number })[] = [];
  private batchChars = 0;
  private flushScheduled = false;
  private idleTimer: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(private readonly script: string, private readonly fallback: FileParser) {}

  get mode(): ParserMode {
    return this.failure === undefined ? 'worker' : this.fallback.mode;
  }

  /** Why the worker was given up, if it was. */
  get error(): unknown {
    return this.failure;
  }

  parse(job: ParseJob): Promise<ParseOutcome> {
    if (this.failure !== undefined || this.disposed) {
      return this.fallback.parse(job);
    }
    clearTimeout(this.idleTimer);
    return new Promise<ParseOutcome>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { job, resolve, reject });
      this.batch.push({ ...job, id });
      this.batchChars += job.text.length;
      if (this.batchChars >= BATCH_CHARS) {
        this.flush();
      } else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.batch.length === 0) {
      return;
    }
    const request: WorkerRequest = { jobs: this.batch };
    this.batch = [];
    this.batchChars = 0;
    this.ensureWorker()?.postMessage(request);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) {
      return this.worker;
    }
    try {
      const worker = new Worker(this.script, { name: 'ReqDesk index' });
      // Never the reason a process stays alive (tests, a shutting-down extension host).
      worker.unref();
      worker.on('message', (reply: WorkerReply) => this.onReply(reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (this.worker === worker) {
          this.fail(new Error(`the index worker exited with code ${code}`));
        }
      });
      this.worker = worker;
      return worker;
    } catch (error) {
      this.fail(error);
      return undefined;
    }
  }

  private onReply(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) {
      return;
    }
    this.pending.delete(reply.id);
    if ('error' in reply) {
      // The same parse here gives the same result or throws the same error, with this thread's stack.
      this.fallback.parse(pending.job).then(pending.resolve, pending.reject);
    } else {
      pending.resolve('encoded' in reply ? { encoded: reply.encoded } : { parsed: reply.parsed });
    }
    if (this.pending.size === 0) {
      this.idleTimer = setTimeout(() => this.stopWorker(), IDLE_MS);
      this.idleTimer.unref();
    }
  }

  private fail(error: unknown): void {
    this.failure = error ?? new Error('the index worker failed');
    this.stopWorker();
    const pending = [...this.pending.values()];
    this.pending.clear();
    this.batch = [];
    this.batchChars = 0;
    for (const p of pending) {
      this.fallback.parse(p.job).then(p.resolve, p.reject);
    }
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.idleTimer);
    this.stopWorker();
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) {
      p.reject(new Error('the index parser was disposed'));
    }
    this.fallback.dispose();
  }
}
