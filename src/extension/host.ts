// What the extension needs from the host it runs in, for VS Code's Node extension host. The web
// bundle (scripts/build.mjs) swaps this module for src/web/host.ts, which has no Node built-ins.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as vscode from 'vscode';

import { withDocumentExtracted } from '../node/documentSources';
import { engineStamp, SourceCacheFile } from '../node/sourceCache';
import { InThreadSourceLoader, WorkerSourceLoader, type SourceLoader } from '../node/sourceLoader';
import { listSourcePattern, readSourceFile } from '../node/sourceFiles';
import { workspaceFsReader, type SourceReader } from './sourceReader';
import { reasonOf } from '../core/messages/reasons';

const throughWorkspaceFs = workspaceFsReader(withDocumentExtracted);

/**
 * On disk, a source is read as the CLI reads it (a FIFO, a device or an oversized file is
 * refused, not read); on any other file system, through workspace.fs.
 */
export const readSource: SourceReader = async (uri, maxBytes) => {
  if (uri.scheme !== 'file') return throughWorkspaceFs(uri, maxBytes);
  try {
    return await readSourceFile(uri.fsPath, { maxBytes });
  } catch (error) {
    return { path: uri.fsPath, ...reasonOf(error) };
  }
};

/**
 * The source files of a pattern on disk, as the CLI lists them (src/node/sourceFiles.ts); on any
 * other file system, undefined: VS Code's file search lists them.
 */
export const listSourcesOnDisk: (folder: string, pattern: string) => Promise<string[] | undefined> = listSourcePattern;

/**
 * Where sources are loaded: in a worker thread (dist/sourceWorker.js) that also keeps the
 * persistent cache in the extension's storage, so neither indexing nor reading the cache blocks
 * the extension host; on this thread, with the cache, when the worker bundle is not there.
 */
export function sourceLoaderFor(context: vscode.ExtensionContext): SourceLoader {
  const storage = context.storageUri ?? context.globalStorageUri;
  const cacheFile = storage?.scheme === 'file' ? join(storage.fsPath, 'sources.backcheckcache') : undefined;
  const workerFile = join(context.extensionUri.fsPath, 'dist', 'sourceWorker.js');
  const version = String((context.extension.packageJSON as { version?: string }).version ?? '0');
  if (existsSync(workerFile)) return new WorkerSourceLoader(workerFile, { cacheFile, engine: engineStamp(version, workerFile) }, new InThreadSourceLoader());
  const engine = engineStamp(version, join(context.extensionUri.fsPath, 'dist', 'extension.js'));
  return new InThreadSourceLoader(cacheFile ? new SourceCacheFile(cacheFile, engine) : undefined);
}

/** Where the extension runs: tests and the log read it. */
export const HOST_KIND: 'node' | 'web' = 'node';
