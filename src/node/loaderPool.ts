import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

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
 * Loads sources in worker threads, one a core, handing files out in turn, so a cold load of
 * thousands of sources uses every core (the figure engine is most of its time). Without the
 * worker bundle (tests run from the TypeScript sources) every source loads on this thread.
 */
export class SourceLoaderPool {
  private loaders: WorkerSourceLoader[] = [];
  private next = 0;
  private loads = 0;

  constructor(
    private readonly workerFile: string | undefined,
    private readonly size = idleCores(),
  ) {}

  load(file: SourceFile): Promise<Loaded> {
    if (!this.workerFile || !existsSync(this.workerFile) || this.size < 2 || ++this.loads <= IN_THREAD_FIRST) return Promise.resolve(loadSource(file));
    if (this.loaders.length === 0) {
      this.loaders = Array.from({ length: this.size }, () => new WorkerSourceLoader(this.workerFile!, {}, new InThreadSourceLoader()));
    }
    return this.loaders[this.next++ % this.loaders.length].load(file);
  }

  dispose(): void {
    for (const loader of this.loaders) loader.dispose();
    this.loaders = [];
  }
}

/**
 * The cores not busy with other work (the last minute's load average taken from the cores):
 * on a machine whose cores are all busy, threads only add the cost of starting them and of
 * copying each source back (measured: 40% more CPU time, no time saved, at a load of 18 on 2
 * cores), so the load then runs on this thread.
 */
function idleCores(): number {
  return Math.max(1, Math.round(availableParallelism() - loadavg()[0]));
}
