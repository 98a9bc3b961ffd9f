/**
 * The one place where the benchmark calls Backcheck: the core's public API in-process and the
 * CLI as a whole process. When the service's API changes (issue 15's architecture work), only
 * this file needs updating, and every row keeps measuring the same thing.
 */
import { resolve } from 'node:path';

import { citationCompletions } from '../../src/core/features/completions';
import { Backcheck } from '../../src/core/service';
import type { ExtractedText } from '../../src/core/sources/source';

export const REPO = resolve(__dirname, '../..');
export const CLI = resolve(REPO, 'dist/cli.js');

/** `backcheck lint` of `draft` against the folder `sources`, relative to the corpus folder. */
export function cliLintArgs(sources: string, draft: string): string[] {
  return [CLI, 'lint', '--sources', sources, draft];
}

/** The same lint with the persistent cache at `cacheFile` (`--cache --cache-location`). */
export function cliCachedLintArgs(sources: string, draft: string, cacheFile: string): string[] {
  return [...cliLintArgs(sources, draft), '--cache', '--cache-location', cacheFile];
}

export interface Engine {
  /** Adds or replaces one source file (as the CLI and the extension do, from its bytes). */
  /** `extracted`: text a host already extracted (a PDF's laid-out text layer in the corpus). */
  setSource(path: string, text: string, extracted?: ExtractedText): void;
  /** Whatever indexing the library defers until first use, done now. */
  finishIndexing(): void;
  /** Lints a draft; returns the number of findings. */
  lint(text: string): number;
  /** The extension's "is this file a source?" test. */
  isSource(path: string): boolean;
  /** Completions after `[@` at `offset`; returns the number of items offered. */
  completionCount(text: string, offset: number): number;
}

const encoder = new TextEncoder();

export function createEngine(): Engine {
  const backcheck = new Backcheck();
  const library = backcheck.library;
  return {
    setSource: (path, text, extracted) => void library.set({ path, bytes: encoder.encode(text), extracted }),
    finishIndexing: () => void library.figureIndex,
    // No language given, as the CLI without a config: the draft's language is detected.
    lint: (text) => backcheck.lint(text).length,
    // As src/extension/draftDiagnostics.ts asks it (isDraftUri): one map lookup.
    isSource: (path) => library.has(path),
    completionCount: (text, offset) => citationCompletions(text, offset, library)?.items.length ?? 0,
  };
}
