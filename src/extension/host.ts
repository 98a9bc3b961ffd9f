// What the extension needs from the host it runs in, for VS Code's Node extension host. The web
// bundle (scripts/build.mjs) swaps this module for src/web/host.ts, which has no Node built-ins.
import { withDocumentExtracted } from '../node/documentSources';
import { readSourceFile, specialSourceFiles } from '../node/sourceFiles';
import { workspaceFsReader, type SourceReader } from './sourceReader';

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
    return { path: uri.fsPath, reason: (error as Error).message };
  }
};

/**
 * The FIFOs, devices and sockets under a folder on disk that match the source pattern: VS Code's
 * file search does not list them, and they are reported unreadable as the CLI reports them.
 */
export const specialFiles: (folder: string, pattern: string) => Promise<Array<{ path: string; reason: string }>> = specialSourceFiles;

/** Where the extension runs: tests and the log read it. */
export const HOST_KIND: 'node' | 'web' = 'node';
