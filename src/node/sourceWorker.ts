/**
 * The worker thread that loads sources for the extension (dist/sourceWorker.js): decoding,
 * paragraphs and every figure of a source are computed here, off the extension host's event
 * loop, and the persistent cache is read and written here too. Messages: `{ id, file }` answers
 * `{ id, loaded }`; `{ id, save: true }` writes the cache and answers `{ id, saved }`;
 * `{ id, analyze: { text, options } }` analyses a draft and answers `{ id, draft }` without the
 * draft's text and line index (the extension has the one and rebuilds the other).
 */
import { parentPort, workerData } from 'node:worker_threads';

import { analyzeDraft, type Draft, type DraftOptions } from '../core/draft';
import { loadSource } from '../core/sources/loadSource';
import type { SourceFile } from '../core/sources/source';
import { loadThroughCache } from './sourceLoader';
import { SourceCacheFile } from './sourceCache';
import { packForTransfer } from './sourceTransfer';

type Request = { id: number; file: SourceFile } | { id: number; save: true } | { id: number; analyze: { text: string; options: DraftOptions } };

const { cacheFile, engine } = (workerData ?? {}) as { cacheFile?: string; engine?: string };
const cache = cacheFile && engine ? new SourceCacheFile(cacheFile, engine) : undefined;

parentPort?.on('message', (request: Request) => {
  if ('analyze' in request) {
    let draft: Omit<Draft, 'text' | 'lines'> | undefined;
    try {
      const { text: _text, lines: _lines, ...rest } = analyzeDraft(request.analyze.text, request.analyze.options);
      draft = rest;
    } catch {
      draft = undefined; // the extension analyses it itself
    }
    parentPort!.postMessage({ id: request.id, draft });
    return;
  }
  if ('save' in request) {
    let saved = false;
    try {
      saved = cache?.save() ?? false;
    } catch {
      // A cache that cannot be written (read-only storage) only costs the next start its speed.
    }
    parentPort!.postMessage({ id: request.id, saved });
    return;
  }
  parentPort!.postMessage({ id: request.id, loaded: packForTransfer(loadThroughCache(request.file, cache, loadSource)) });
});
