import { Worker, type ResourceLimits } from 'node:worker_threads';

import type { Draft, DraftOptions } from '../core/draft';
import { reasonOf } from '../core/messages/reasons';
import type { SourceFile } from '../core/sources/source';
import { listSourcePattern, readSourceFile } from './sourceFiles';
import type { Loaded, SourceLoader } from './inThreadLoader';
import { unpackTransferred } from './sourceTransfer';

export { InThreadSourceLoader, loadThroughCache, type Loaded, type SourceLoader } from './inThreadLoader';

/**
 * Sources loaded in a worker thread (sourceWorker.ts): the extension host's event loop only
 * sends bytes and receives sources. If the worker cannot start or dies, the loads in flight and
 * every later one fall back to `fallback` on this thread, so a broken worker costs speed only.
 */
export class WorkerSourceLoader implements SourceLoader {
  private worker: Worker | undefined;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; request: unknown }>();

  constructor(
    workerFile: string,
    workerData: { cacheFile?: string; engine?: string },
    private readonly fallback: SourceLoader,
    resourceLimits?: ResourceLimits,
  ) {
    try {
      this.worker = new Worker(workerFile, { workerData, ...(resourceLimits ? { resourceLimits } : {}) });
      this.worker.on('message', (message: { id: number }) => {
        const waiting = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (this.waiting.size === 0) this.worker?.unref();
        waiting?.resolve(message);
      });
      this.worker.on('error', () => this.failOver());
      this.worker.on('exit', () => this.failOver());
      // The worker must not keep a CLI or a test process alive on its own: only while a question
      // to it is open (else a CLI awaiting its answers would exit with nothing to wait on).
      this.worker.unref();
    } catch {
      this.worker = undefined;
    }
  }

  /** Questions sent to the worker and not answered yet. */
  get pending(): number {
    return this.waiting.size;
  }

  get where(): 'worker' | 'in-thread' {
    return this.worker ? 'worker' : 'in-thread';
  }

  async load(file: SourceFile): Promise<Loaded> {
    if (!this.worker) return this.fallback.load(file);
    const answer = (await this.ask({ file })) as { loaded?: Loaded } | undefined;
    return answer?.loaded ? unpackTransferred(answer.loaded) : this.fallback.load(file);
  }

  async readAndLoad(path: string, maxBytes: number): Promise<Loaded> {
    const answer = this.worker ? ((await this.ask({ read: { path, maxBytes } })) as { loaded?: Loaded } | undefined) : undefined;
    if (answer?.loaded) return unpackTransferred(answer.loaded);
    // No worker (any more): read here, as the extension host reads a file on disk.
    try {
      return await this.fallback.load(await readSourceFile(path, { maxBytes }));
    } catch (error) {
      return { path, ...reasonOf(error) };
    }
  }

  async list(base: string, pattern: string): Promise<string[]> {
    const answer = this.worker ? ((await this.ask({ list: { base, pattern } })) as { files?: string[] } | undefined) : undefined;
    return answer?.files ?? listSourcePattern(base, pattern);
  }

  async analyze(text: string, options: DraftOptions): Promise<Omit<Draft, 'text' | 'lines'> | undefined> {
    if (!this.worker) return undefined;
    const answer = (await this.ask({ analyze: { text, options } })) as { draft?: Omit<Draft, 'text' | 'lines'> } | undefined;
    return answer?.draft;
  }

  async save(): Promise<boolean> {
    if (!this.worker) return this.fallback.save();
    const answer = (await this.ask({ save: true })) as { saved?: boolean } | undefined;
    return answer?.saved ?? false;
  }

  private ask(request: object): Promise<unknown> {
    const id = ++this.next;
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve, request });
      this.worker!.ref();
      this.worker!.postMessage({ id, ...request });
    });
  }

  /** The worker is gone: every question still open is answered undefined, so its caller falls back. */
  private failOver(): void {
    this.worker = undefined;
    for (const waiting of this.waiting.values()) waiting.resolve(undefined);
    this.waiting.clear();
  }

  dispose(): void {
    const worker = this.worker;
    this.failOver();
    void worker?.terminate();
  }
}
