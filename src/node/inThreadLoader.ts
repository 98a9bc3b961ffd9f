import type { Draft, DraftOptions } from '../core/draft';
import { isUnreadable, loadSource } from '../core/sources/loadSource';
import type { LoadedSourceCache } from '../core/sources/provider';
import type { Source, SourceFile, UnreadableSource } from '../core/sources/source';

// No Node built-ins here: the web bundle loads sources on its own thread through this module
// (src/web/host.ts); the worker thread's loader is in sourceLoader.ts.

export type Loaded = Source | UnreadableSource;

/** Turns files into sources: in a worker thread where there is one, else on this thread. */
export interface SourceLoader {
  load(file: SourceFile): Promise<Loaded>;
  /**
   * Reads a file on disk and loads it, both where the loader runs, when that is another thread:
   * the file's reading then costs this thread nothing. Absent where sources load on this thread.
   */
  readAndLoad?(path: string, maxBytes: number): Promise<Loaded>;
  /** The source files of a pattern under a folder on disk, listed on the loader's thread (see readAndLoad). */
  list?(base: string, pattern: string): Promise<string[]>;
  /** Writes the persistent cache, if the loader keeps one. */
  save(): Promise<boolean>;
  /**
   * A draft's analysis done where the sources are loaded, when that is another thread: without
   * its `text` and `lines`, which the caller has (the text) or rebuilds cheaply (the line index).
   * Undefined when the loader has no thread of its own or the analysis failed there.
   */
  analyze?(text: string, options: DraftOptions): Promise<Omit<Draft, 'text' | 'lines'> | undefined>;
  /** Where the work is done, for the log: 'worker' or 'in-thread'. */
  readonly where: 'worker' | 'in-thread';
  dispose(): void;
}

/** A source from the cache when it knows the file, else loaded and stored in it. */
export function loadThroughCache(file: SourceFile, cache: LoadedSourceCache | undefined, load: (file: SourceFile) => Loaded): Loaded {
  const cached = cache?.lookup(file);
  if (cached) return cached;
  const loaded = load(file);
  if (!isUnreadable(loaded)) cache?.store(file, loaded);
  return loaded;
}

/**
 * The fallback where no worker thread can run (VS Code for the Web, a test without the bundle):
 * each source is loaded on this thread, but after a turn of the event loop, so typing and
 * other events are handled between two sources instead of after all of them.
 */
export class InThreadSourceLoader implements SourceLoader {
  readonly where = 'in-thread' as const;

  constructor(private readonly cache?: LoadedSourceCache & { save(): boolean }) {}

  async load(file: SourceFile): Promise<Loaded> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return loadThroughCache(file, this.cache, loadSource);
  }

  async save(): Promise<boolean> {
    return this.cache?.save() ?? false;
  }

  dispose(): void {}
}

