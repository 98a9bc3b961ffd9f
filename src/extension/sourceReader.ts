import { message } from '../core/messages/message';
import { ReasonError, reasonOf, type Reason } from '../core/messages/reasons';
import * as vscode from 'vscode';

import type { SourceFile } from '../core/sources/source';
import { aboutFile, overLimitReason, sidecarPathOf, withHtmlExtracted } from '../node/sourceFormats';

/** A source read, or the reason it could not be (which becomes a `source-unreadable` finding). */
export type SourceRead = SourceFile | (Reason & { path: string });

/**
 * How the extension reads one source file: the seam between the source workspace and the host.
 * The Node extension host reads files on disk as the CLI does (src/extension/host.ts); VS Code
 * for the Web reads through `vscode.workspace.fs` (src/web/host.ts). Never throws.
 */
export type SourceReader = (uri: vscode.Uri, maxBytes: number) => Promise<SourceRead>;

/** Turns a PDF or Word file's bytes into text, or throws saying why it cannot. */
export type DocumentExtractor = (file: SourceFile) => Promise<SourceFile>;

/**
 * A reader over `vscode.workspace.fs`, for any file system VS Code has (a remote, a virtual
 * workspace, a browser's): a file that is not a regular file, or is over the size limit, is
 * refused on its `stat` without being read, as the Node reader refuses it on its handle.
 */
export function workspaceFsReader(extractDocument: DocumentExtractor): SourceReader {
  return async (uri, maxBytes) => {
    try {
      const bytes = await readWithin(uri, maxBytes);
      const sidecarUri = uri.with({ path: sidecarPathOf(uri.path) });
      const sidecar = await readWithin(sidecarUri, maxBytes, true).then((b) => b, (error: Error) => (isMissing(error) ? undefined : Promise.reject(error)));
      return await extractDocument(withHtmlExtracted({ path: uri.fsPath, bytes, sidecar }));
    } catch (error) {
      return { path: uri.fsPath, ...reasonOf(error) };
    }
  };
}

async function readWithin(uri: vscode.Uri, maxBytes: number, sidecar = false): Promise<Uint8Array> {
  const stat = await vscode.workspace.fs.stat(uri);
  if ((stat.type & vscode.FileType.File) === 0) throw new ReasonError(aboutFile(message('reason.notRegular', { kind: message(stat.type & vscode.FileType.Directory ? 'reason.kind.directory' : 'reason.kind.other') }), sidecar));
  const overLimit = overLimitReason(stat.size, maxBytes, sidecar);
  if (overLimit) throw new ReasonError(overLimit);
  return vscode.workspace.fs.readFile(uri);
}

/** A file that is not there: workspace.fs says so with a FileSystemError of code FileNotFound. */
function isMissing(error: Error): boolean {
  return error instanceof vscode.FileSystemError ? error.code === 'FileNotFound' : /ENOENT|EntryNotFound|not found/i.test(error.message);
}
