import type { CancellationToken } from '../core/cancellation';
import { Backcheck } from '../core/service';
import { fillLibrary } from '../core/sources/provider';
import { SourceLoaderPool } from './loaderPool';
import { LocalSourceProvider } from './localSources';
import type { SourceCacheFile } from './sourceCache';
import { DEFAULT_MAX_SOURCE_BYTES, type ReadOptions } from './sourceFiles';

export interface LoadOptions extends ReadOptions {
  /** A persistent cache of loaded sources (`--cache`): read before, written after. */
  cache?: SourceCacheFile;
  token?: CancellationToken;
  /** The worker bundle to load sources in, one thread a core (the CLI's dist/sourceWorker.js). */
  workerFile?: string;
  /** Called as each source is in the library (fillLibrary's progress). */
  progress?: (done: number, total: number) => void;
}

/** A Backcheck with every source under `patterns` loaded; returns how many files were found. */
export async function loadBackcheck(patterns: string[], cwd: string, options: LoadOptions = {}): Promise<{ backcheck: Backcheck; files: string[] }> {
  const backcheck = new Backcheck();
  const provider = new LocalSourceProvider(patterns, cwd, { maxBytes: options.maxBytes });
  const cache = options.cache;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SOURCE_BYTES;
  const pool = new SourceLoaderPool(options.workerFile);
  // Reads run ahead of the loads, which the pool's threads share; enough in flight to keep both busy.
  const files = await fillLibrary(backcheck.library, provider, {
    cache, token: options.token, progress: options.progress, load: (file) => pool.load(file), concurrency: 32, unchanged: cache && ((path) => cache.unchanged(path, maxBytes, provider.names)),
  }).finally(() => pool.dispose());
  // Nothing changed since the cache was written: its figure index is this library's.
  cache?.storedIndexFor(backcheck.library);
  return { backcheck, files };
}
