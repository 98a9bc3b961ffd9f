/**
 * The worker thread that loads sources for the extension (dist/sourceWorker.js): decoding,
 * paragraphs and every figure of a source are computed here, off the extension host's event
 * loop, and the persistent cache is read and written here too. Messages: `{ id, file }` answers
 * `{ id, loaded }`; `{ id, save: true }` writes the cache and answers `{ id, saved }`;
 * `{ id, analyze: { text, options } }` analyses a draft and answers `{ id, draft }` without the
 * draft's text and line index (the extension has the one and rebuilds the other). `{ id, read:
 * { path, maxBytes } }` reads a file on disk here and answers as `{ id, file }` does (an unreadable
 * file as its reason); `{ id, list: { base, pattern } }` lists the source files of a pattern and
 * answers `{ id, files }`: at 10,000 sources, listing and reading them on the extension host's
 * thread blocked its event loop for up to 70 ms at a time (one folder's entries at once).
 */
import { parentPort, workerData } from 'node:worker_threads';

import { analyzeDraft, type Draft, type DraftOptions } from '../core/draft';
import { loadSource } from '../core/sources/loadSource';
import type { SourceFile } from '../core/sources/source';
import { reasonOf } from '../core/messages/reasons';
import { listSourcePattern, readSourceFile } from './sourceFiles';
import { loadThroughCache } from './sourceLoader';
import { SourceCacheFile } from './sourceCache';
import { packForTransfer } from './sourceTransfer';

type Request =
  | { id: number; file: SourceFile }
  | { id: number; save: true }
  | { id: number; analyze: { text: string; options: DraftOptions } }
  | { id: number; read: { path: string; maxBytes: number } }
  | { id: number; list: { base: string; pattern: string } };

const { cacheFile, engine } = (workerData ?? {}) as { cacheFile?: string; engine?: string };
const cache = cacheFile && engine ? new SourceCacheFile(cacheFile, engine) : undefined;

parentPort?.on('message', (request: Request) => {
  if ('read' in request) return void readAndLoad(request.id, request.read.path, request.read.maxBytes);
  if ('list' in request) return void list(request.id, request.list.base, request.list.pattern);
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
  answerLoaded(request.id, request.file);
});

/** A file read on disk with blocking calls (this thread has nothing else to do meanwhile), then loaded. */
async function readAndLoad(id: number, path: string, maxBytes: number): Promise<void> {
  let file: SourceFile;
  try {
    file = await readSourceFile(path, { maxBytes }, true);
  } catch (error) {
    parentPort!.postMessage({ id, loaded: { path, ...reasonOf(error) } });
    return;
  }
  answerLoaded(id, file);
}

/** A file loaded (from the cache when it knows it) and posted back in columns. */
function answerLoaded(id: number, file: SourceFile): void {
  parentPort!.postMessage({ id, loaded: packForTransfer(loadThroughCache(file, cache, loadSource)) });
}

/** The source files of a pattern; undefined when it cannot be listed, so the asker lists them itself. */
async function list(id: number, base: string, pattern: string): Promise<void> {
  const files = await listSourcePattern(base, pattern).catch(() => undefined);
  parentPort!.postMessage({ id, files });
}
