import type { CancellationToken } from '../core/cancellation';
import { Backcheck } from '../core/service';
import { fillLibrary } from '../core/sources/provider';
import { LocalSourceProvider } from './localSources';
import type { SourceCacheFile } from './sourceCache';
import { DEFAULT_MAX_SOURCE_BYTES, type ReadOptions } from './sourceFiles';

export interface LoadOptions extends ReadOptions {
  /** A persistent cache of loaded sources (`--cache`): read before, written after. */
  cache?: SourceCacheFile;
  token?: CancellationToken;
}

/** A Backcheck with every source under `patterns` loaded; returns how many files were found. */
export async function loadBackcheck(patterns: string[], cwd: string, options: LoadOptions = {}): Promise<{ backcheck: Backcheck; files: string[] }> {
  const backcheck = new Backcheck();
  const provider = new LocalSourceProvider(patterns, cwd, { maxBytes: options.maxBytes });
  const cache = options.cache;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SOURCE_BYTES;
  const files = await fillLibrary(backcheck.library, provider, { cache, token: options.token, unchanged: cache && ((path) => cache.unchanged(path, maxBytes)) });
  // Nothing changed since the cache was written: its figure index is this library's.
  cache?.storedIndexFor(backcheck.library);
  return { backcheck, files };
}
