import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

import { loadSource } from '../core/sources/loadSource';
import type { SourceFile } from '../core/sources/source';
import { InThreadSourceLoader, type Loaded } from './inThreadLoader';
import { WorkerSourceLoader } from './sourceLoader';

/**
 * Sources loaded first on this thread: a warm run with a changed file or two starts no thread
 * (starting one costs about as much as loading a dozen sources).
 */
const IN_THREAD_FIRST = 16;

/**
 * A pool worker holds one source at a time and keeps nothing: a small young generation keeps
 * each worker's heap from growing far past that (V8 sizes it for a long-lived main thread).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * Loads a worker is given ahead of the one it is working on: enough that it never waits for
 * this thread between two sources, few enough that this thread takes the rest itself.
 */
const QUEUED_PER_WORKER = 2;

/**
 * Loads sources on every core: this thread and one worker thread for each other core. A source
 * goes to a worker whose queue is short, else it is loaded here, so this thread (which also
 * reads the files and takes each worker's sources in) loads only what it has time for, and no
 * core sits idle. One thread fewer than cores saves a worker's start, its heap and the copying
 * of every source it loads back to this thread. Without the worker bundle (tests run from the
 * TypeScript sources) every source loads on this thread.
 */
export class SourceLoaderPool {
  private loaders: WorkerSourceLoader[] = [];
  private loads = 0;

  constructor(
    private readonly workerFile: string | undefined,
    /**
     * Threads to load on, this one included: every core. Not the cores the load average leaves
     * idle: it lags by a minute and mostly counts processes that have ended (in the benchmark,
     * its own previous runs), and a CI runner is a machine of its own.
     */
    readonly size = availableParallelism(),
  ) {}

  load(file: SourceFile): Promise<Loaded> {
    if (!this.workerFile || !existsSync(this.workerFile) || this.size < 2 || ++this.loads <= IN_THREAD_FIRST) return Promise.resolve(loadSource(file));
    if (this.loaders.length === 0) {
      this.loaders = Array.from({ length: this.size - 1 }, () => new WorkerSourceLoader(this.workerFile!, {}, new InThreadSourceLoader(), WORKER_LIMITS));
    }
    const idlest = this.loaders.reduce((a, b) => (b.pending < a.pending ? b : a));
    if (idlest.where === 'worker' && idlest.pending >= QUEUED_PER_WORKER) return Promise.resolve(loadSource(file));
    return idlest.load(file);
  }

  dispose(): void {
    for (const loader of this.loaders) loader.dispose();
    this.loaders = [];
  }
}
