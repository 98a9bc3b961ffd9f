import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

import { loadSource } from '../core/sources/loadSource';
import type { SourceFile } from '../core/sources/source';
import { InThreadSourceLoader, type Loaded } from './inThreadLoader';
import { WorkerSourceLoader } from './sourceLoader';

/**
 * Sources asked for before a worker is started: a warm run with a changed file or two starts no
 * thread (starting one costs about as much as loading a dozen sources).
 */
const IN_THREAD_FIRST = 16;

/**
 * A pool worker holds one source at a time and keeps nothing: a small young generation keeps
 * each worker's heap from growing far past that (V8 sizes it for a long-lived main thread).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * Sources a worker holds at once, the one it is loading included: enough that it still has work
 * when this thread is inside a load of its own (a long source takes as long as three short
 * ones) and cannot hand it more, few enough that it is not left holding the last ones at the end.
 */
const IN_FLIGHT_PER_WORKER = 4;

/** A worker thread's loader, as the pool uses it (tests give one of their own). */
export type PoolWorker = Pick<WorkerSourceLoader, 'load' | 'pending' | 'where' | 'dispose'>;

interface Job {
  file: SourceFile;
  resolve: (loaded: Loaded) => void;
  reject: (error: unknown) => void;
}

/**
 * Loads sources on every core: this thread and one worker thread for each other core, from one
 * queue. A worker is given sources as it answers, a few ahead; this thread loads one from the
 * queue at a time, each on a turn of the event loop of its own, so that between two of its loads
 * the workers' answers are taken in and they are given more (loaded back to back, this thread
 * left them idle: measured, the one worker of two cores was idle 54% of its time). This thread
 * thus loads only what its other work (reading the files, taking the workers' sources in) leaves
 * it time for. One thread fewer than cores saves a worker's start, its heap and the copying of
 * every source it loads back to this thread. Without the worker bundle (tests run from the
 * TypeScript sources) every source loads on this thread, when asked.
 */
export class SourceLoaderPool {
  private workers: PoolWorker[] = [];
  /** Sources answered by each worker: until it has answered one, it is starting, and gets one only. */
  private answered = new Map<PoolWorker, number>();
  private readonly queue: Job[] = [];
  private asked = 0;
  private turnAsked = false;
  private disposed = false;

  constructor(
    workerFile: string | undefined,
    /**
     * Threads to load on, this one included: every core. Not the cores the load average leaves
     * idle: it lags by a minute and mostly counts processes that have ended (in the benchmark,
     * its own previous runs), and a CI runner is a machine of its own.
     */
    readonly size = availableParallelism(),
    /** Starts one worker thread's loader; undefined where there is no worker bundle. */
    private readonly startWorker: (() => PoolWorker) | undefined = workerFile && existsSync(workerFile) ? () => new WorkerSourceLoader(workerFile, {}, new InThreadSourceLoader(), WORKER_LIMITS) : undefined,
  ) {}

  load(file: SourceFile): Promise<Loaded> {
    if (!this.startWorker || this.size < 2) return Promise.resolve(loadSource(file));
    if (++this.asked > IN_THREAD_FIRST && this.workers.length === 0 && !this.disposed) {
      this.workers = Array.from({ length: this.size - 1 }, () => this.startWorker!());
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ file, resolve, reject });
      this.handOut();
    });
  }

  /** Gives each worker sources up to its share in flight, and asks for a turn to load one here. */
  private handOut(): void {
    if (this.disposed) return;
    for (const worker of this.workers) {
      const room = (this.answered.get(worker) ?? 0) > 0 ? IN_FLIGHT_PER_WORKER : 1;
      while (worker.where === 'worker' && worker.pending < room && this.queue.length > 0) this.send(worker, this.queue.shift()!);
    }
    if (this.queue.length > 0 && !this.turnAsked) {
      this.turnAsked = true;
      // setImmediate, not a microtask: the workers' answers (and the reads) come in before it.
      setImmediate(() => this.loadOneHere());
    }
  }

  private send(worker: PoolWorker, job: Job): void {
    // A failed load fails its own caller, and the queue goes on: no load is left unanswered.
    void worker.load(job.file).then(
      (loaded) => {
        this.answered.set(worker, (this.answered.get(worker) ?? 0) + 1);
        job.resolve(loaded);
        this.handOut();
      },
      (error: unknown) => {
        job.reject(error);
        this.handOut();
      },
    );
  }

  private loadOneHere(): void {
    this.turnAsked = false;
    if (this.disposed) return;
    const job = this.queue.shift();
    try {
      if (job) job.resolve(loadSource(job.file));
    } catch (error) {
      job!.reject(error);
    }
    this.handOut();
  }

  /** Stops the workers; loads still queued are dropped (the library they were for is given up). */
  dispose(): void {
    this.disposed = true;
    this.queue.length = 0;
    for (const worker of this.workers) worker.dispose();
    this.workers = [];
  }
}
