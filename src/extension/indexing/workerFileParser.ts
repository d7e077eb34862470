import { Worker, type ResourceLimits } from 'node:worker_threads';
import { unreadableFile } from '../../core/parsedFile';
import type { ParseJob } from '../../core/parseJob';
import type { FileParser, ParseOutcome, ParserMode, WorkerReply, WorkerRequest } from './fileParser';

/** Texts gathered in one tick go in one message, up to about this many characters (posting 1 MB blocked the host's thread for 20-40 ms). */
const BATCH_CHARS = 1 << 18;
/** An idle worker is ended after this long (it holds its own heap); the next parse starts a new one. */
const IDLE_MS = 60_000;
/** A file that ends this many workers is reported as unreadable instead of being tried again. */
const MAX_FAILURES = 2;

export interface WorkerParserOptions {
  /**
   * A worker that runs past these is ended by Node (ERR_WORKER_OUT_OF_MEMORY) instead of taking the process down
   * with it. The default leaves room for the largest file the size limit lets through.
   */
  readonly resourceLimits?: ResourceLimits;
  /** A worker that answers nothing for this long while it has files is ended, and its files are tried again. */
  readonly stallMs?: number;
}

interface Pending {
  readonly id: number;
  readonly job: ParseJob;
  readonly resolve: (outcome: ParseOutcome) => void;
  readonly reject: (error: unknown) => void;
  /** Workers that ended while they had this file. */
  failures: number;
  /** Why the last worker holding it ended. */
  reason?: string;
}

interface Running {
  readonly worker: Worker;
  /**
   * The worker has loaded its script. Files are posted to it only from then on, so a failure before is never a
   * file's fault, and a failure after is blamed on the files it holds.
   */
  ready: boolean;
  /** Files given to the worker before it was ready, posted when it is. */
  unsent: Pending[];
  /** Set when this side ends the worker, so that its exit is not taken for a failure. */
  ended: boolean;
  readonly inFlight: Map<number, Pending>;
  stallTimer: NodeJS.Timeout | undefined;
}

/**
 * Parses in a worker thread, so that YAML parsing (seconds for a large workspace) never blocks the extension
 * host, and so that a file that breaks a reader costs that file, never the host. When a worker exits, errors,
 * runs out of memory or stalls, the files it held are tried again one at a time in a fresh worker; a file that
 * ends a worker twice becomes a file-unreadable problem and is never parsed on this thread. Only when no worker
 * can start at all (no worker support, a missing script) does `fallback` parse here.
 */
export class WorkerFileParser implements FileParser {
  private running: Running | undefined;
  /** Why workers were given up for good, if they were. */
  private failure: unknown;
  private nextId = 1;
  private batch: Pending[] = [];
  private batchChars = 0;
  private flushScheduled = false;
  /** Files a worker ended while it held them, each tried alone next. */
  private readonly isolated: Pending[] = [];
  private idleTimer: NodeJS.Timeout | undefined;
  private disposed = false;
  private readonly stallMs: number;
  private readonly resourceLimits: ResourceLimits;
  private workersStarted = 0;

  constructor(private readonly script: string, private readonly fallback: FileParser, options: WorkerParserOptions = {}) {
    this.stallMs = options.stallMs ?? 60_000;
    this.resourceLimits = options.resourceLimits ?? { maxOldGenerationSizeMb: 2048 };
  }

  get mode(): ParserMode {
    return this.failure === undefined ? 'worker' : this.fallback.mode;
  }

  /** Why the worker was given up, if it was. */
  get error(): unknown {
    return this.failure;
  }

  /** Workers started so far (a fresh one after each failure), for tests. */
  get workerCount(): number {
    return this.workersStarted;
  }

  parse(job: ParseJob): Promise<ParseOutcome> {
    if (this.failure !== undefined || this.disposed) {
      return this.fallback.parse(job);
    }
    clearTimeout(this.idleTimer);
    return new Promise<ParseOutcome>((resolve, reject) => {
      const pending: Pending = { id: this.nextId++, job, resolve, reject, failures: 0 };
      this.batch.push(pending);
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
    // While files wait to be tried alone, nothing else is sent: each must be the only one its worker holds.
    if (this.batch.length === 0 || this.isolated.length > 0) {
      return;
    }
    const running = this.ensureWorker();
    if (running) {
      this.send(running, this.batch);
    }
    this.batch = [];
    this.batchChars = 0;
  }

  private send(running: Running, jobs: readonly Pending[]): void {
    for (const pending of jobs) {
      running.inFlight.set(pending.id, pending);
    }
    if (!running.ready) {
      running.unsent.push(...jobs);
      return;
    }
    const request: WorkerRequest = { jobs: jobs.map((p) => ({ ...p.job, id: p.id })) };
    running.worker.postMessage(request);
    this.watch(running);
  }

  /** Restarts the stall timer: it runs while the worker holds files. */
  private watch(running: Running): void {
    clearTimeout(running.stallTimer);
    running.stallTimer = running.inFlight.size > 0
      ? setTimeout(() => this.onFailure(running, `it took longer than ${this.stallMs >= 1000 ? `${Math.round(this.stallMs / 1000)} s` : `${this.stallMs} ms`}`), this.stallMs)
      : undefined;
    running.stallTimer?.unref();
  }

  private ensureWorker(): Running | undefined {
    if (this.running) {
      return this.running;
    }
    let worker: Worker;
    try {
      worker = new Worker(this.script, { name: 'ReqDesk index', resourceLimits: this.resourceLimits });
    } catch (error) {
      this.giveUp(error);
      return undefined;
    }
    this.workersStarted++;
    // Never the reason a process stays alive (tests, a shutting-down extension host).
    worker.unref();
    const running: Running = { worker, ready: false, unsent: [], ended: false, inFlight: new Map(), stallTimer: undefined };
    worker.on('message', (reply: WorkerReply) => this.onReply(running, reply));
    worker.on('error', (error) => this.onFailure(running, describe(error)));
    worker.on('exit', (code) => this.onFailure(running, `the reader stopped with exit code ${code}`));
    this.running = running;
    return running;
  }

  private onReply(running: Running, reply: WorkerReply): void {
    if ('ready' in reply) {
      running.ready = true;
      const unsent = running.unsent.splice(0);
      if (unsent.length > 0) {
        this.send(running, unsent);
      }
      return;
    }
    const pending = running.inFlight.get(reply.id);
    if (!pending) {
      return;
    }
    running.inFlight.delete(reply.id);
    this.watch(running);
    if ('error' in reply) {
      // parseFile never throws; a reply with an error means the worker could not even encode the result.
      pending.resolve({ parsed: unreadableFile(pending.job.key, pending.job.kind, pending.job.text, reply.error) });
    } else {
      pending.resolve('encoded' in reply ? { encoded: reply.encoded } : { parsed: reply.parsed });
    }
    if (running.inFlight.size === 0) {
      this.next();
    }
  }

  /** After a worker's files are all answered: the next file to try alone, else the waiting batch, else idle. */
  private next(): void {
    const running = this.running;
    if (!running || running.inFlight.size > 0) {
      return;
    }
    const alone = this.isolated.shift();
    if (alone) {
      this.send(running, [alone]);
      return;
    }
    if (this.batch.length > 0) {
      this.flush();
      return;
    }
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stopWorker(), IDLE_MS);
    this.idleTimer.unref();
  }

  private onFailure(running: Running, reason: string): void {
    if (running.ended) {
      return;
    }
    running.ended = true;
    clearTimeout(running.stallTimer);
    void running.worker.terminate();
    if (this.running === running) {
      this.running = undefined;
    }
    const held = [...running.inFlight.values()];
    running.inFlight.clear();
    if (!running.ready) {
      // The worker never loaded its script (nothing was posted to it): no file's fault, and no worker will do better.
      this.giveUp(new Error(`the index worker could not start: ${reason}`), held);
      return;
    }
    for (const pending of held) {
      pending.failures++;
      pending.reason = reason;
      if (pending.failures >= MAX_FAILURES) {
        pending.resolve({ parsed: unreadableFile(pending.job.key, pending.job.kind, pending.job.text, reason) });
      } else {
        this.isolated.push(pending);
      }
    }
    if (this.isolated.length > 0 || this.batch.length > 0) {
      const fresh = this.ensureWorker();
      if (fresh) {
        this.next();
      }
    }
  }

  /** Workers cannot run here: what they held and everything after goes to the fallback. */
  private giveUp(error: unknown, held: readonly Pending[] = []): void {
    this.failure = error ?? new Error('the index worker failed');
    this.stopWorker();
    const pending = [...held, ...this.isolated.splice(0), ...this.batch];
    this.batch = [];
    this.batchChars = 0;
    for (const p of pending) {
      if (p.failures > 0) {
        // It ended a worker already: this thread, which hosts every extension of the window, never tries it.
        p.resolve({ parsed: unreadableFile(p.job.key, p.job.kind, p.job.text, p.reason ?? 'a reader stopped') });
      } else {
        this.fallback.parse(p.job).then(p.resolve, p.reject);
      }
    }
  }

  private stopWorker(): void {
    const running = this.running;
    this.running = undefined;
    if (running) {
      running.ended = true;
      clearTimeout(running.stallTimer);
      void running.worker.terminate();
    }
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.idleTimer);
    const held = this.running ? [...this.running.inFlight.values()] : [];
    this.stopWorker();
    for (const p of [...held, ...this.isolated.splice(0), ...this.batch]) {
      p.reject(new Error('the index parser was disposed'));
    }
    this.batch = [];
    this.fallback.dispose();
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return 'reading it ran out of memory';
  }
  return error instanceof Error ? error.message : String(error);
}
