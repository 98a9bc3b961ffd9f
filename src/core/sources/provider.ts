import { throwIfCancelled, type CancellationToken } from '../cancellation';
import type { SourceLibrary } from './library';
import type { Source, SourceFile, UnreadableSource } from './source';
import { reasonOrCode, type Reason } from '../messages/reasons';

/**
 * Where a library's sources come from. Local files are the one provider today (src/node/
 * localSources.ts); a shared archive (a database server) can serve sources beside them later by
 * implementing these two calls, without changes to rules or features, which only see the library.
 */
export interface SourceProvider {
  /** Every source the provider holds now, by path (the key a change or an error names it by). */
  list(token?: CancellationToken): Promise<string[]>;
  /** One source's bytes (and sidecar, extracted text); throws, saying why, if it cannot be read. */
  read(path: string): Promise<SourceFile>;
}

/**
 * Thrown when a source's text or paragraphs, read only when first used (a cache's entry),
 * cannot be had after all. Not a rule's failure: the lint stops with it, and the host loads
 * the sources again without that cache.
 */
export class SourceDataLost extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'SourceDataLost';
  }
}

/** Sources already loaded once, looked up by the file's contents (a persistent cache). */
export interface LoadedSourceCache {
  lookup(file: SourceFile): Source | undefined;
  store(file: SourceFile, source: Source): void;
}

export interface FillOptions {
  /** Reads in flight at once: enough to keep the disk busy, few enough not to hold every file. */
  concurrency?: number;
  token?: CancellationToken;
  cache?: LoadedSourceCache;
  /**
   * A source known unchanged without reading its file (a cache that checks the file's stat):
   * taken as it is, and the file is not read.
   */
  unchanged?: (path: string) => Source | undefined;
  /**
   * Turns a file into a source somewhere else (a pool of worker threads, so a cold load uses
   * every core); loads run ahead within the read window. Without it, each source is loaded on
   * this thread as it is set.
   */
  load?: (file: SourceFile) => Promise<Source | UnreadableSource>;
  /** Called after each source is in the library, with how many are done. */
  progress?: (done: number, total: number) => void;
}

export const DEFAULT_READ_CONCURRENCY = 16;

/**
 * Puts every source of `provider` into `library`: reads with bounded concurrency, but sets them
 * in the order listed, so which of two files claiming a key answers does not depend on timing.
 * A source the cache knows is taken from it; one that cannot be read is `source-unreadable`.
 */
export async function fillLibrary(library: SourceLibrary, provider: SourceProvider, options: FillOptions = {}): Promise<string[]> {
  const paths = await provider.list(options.token);
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_READ_CONCURRENCY);
  const reads: Array<Promise<SourceFile | (Reason & { path: string }) | { unchanged: Source }>> = [];
  const start = (i: number) => {
    const unchanged = options.unchanged?.(paths[i]);
    reads[i] = unchanged
      ? Promise.resolve({ unchanged })
      : provider.read(paths[i]).then((file) => loadAhead(file, options), (error: unknown) => ({ path: paths[i], ...reasonOrCode(error) }));
  };
  for (let i = 0; i < Math.min(concurrency, paths.length); i++) start(i);
  for (let i = 0; i < paths.length; i++) {
    const file = await reads[i];
    // The window moves on as each read is taken: at most `concurrency` files are held at once.
    if (i + concurrency < paths.length) start(i + concurrency);
    throwIfCancelled(options.token);
    if ('unchanged' in file) library.setSource(file.unchanged);
    else if ('reason' in file) library.setUnreadable(file.path, file);
    else addSource(library, file, options.cache);
    options.progress?.(i + 1, paths.length);
  }
  return paths;
}

/**
 * A file read, loaded now by `options.load` when there is one (the cache asked first, and told
 * of the result); its source comes back `unchanged` for the library to take as it is.
 */
async function loadAhead(file: SourceFile, options: FillOptions): Promise<SourceFile | { path: string; reason: string } | { unchanged: Source }> {
  if (!options.load) return file;
  const cached = options.cache?.lookup(file);
  if (cached) return { unchanged: cached };
  const loaded = await options.load(file);
  if ('reason' in loaded) return loaded;
  options.cache?.store(file, loaded);
  return { unchanged: loaded };
}

function addSource(library: SourceLibrary, file: SourceFile, cache: LoadedSourceCache | undefined): void {
  const cached = cache?.lookup(file);
  if (cached) return library.setSource(cached);
  const loaded = library.set(file);
  if (!('reason' in loaded)) cache?.store(file, loaded);
}
