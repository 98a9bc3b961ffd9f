// What the extension needs from the host it runs in, for VS Code for the Web (the web worker
// extension host): no Node built-ins, every file read through vscode.workspace.fs. The browser
// bundle puts this module in place of src/extension/host.ts (scripts/build.mjs).
import { reasonError } from '../core/messages/reasons';
import type { SourceFile } from '../core/sources/source';
import { workspaceFsReader, type SourceReader } from '../extension/sourceReader';
import type * as vscode from 'vscode';

import { InThreadSourceLoader, type SourceLoader } from '../node/inThreadLoader';
import { isBinaryDocument } from '../node/sourceFormats';

/**
 * PDF and Word files are not read here: their readers (pdf.js, mammoth) are bundled for Node
 * (dist/documents.js) and not for the web worker. Saying so makes them `source-unreadable`
 * findings that name the reason, rather than sources that silently have no text.
 */
async function refuseDocument(file: SourceFile): Promise<SourceFile> {
  if (isBinaryDocument(file.path)) throw reasonError('reason.webDocument');
  return file;
}

export const readSource: SourceReader = workspaceFsReader(refuseDocument);

/** No folder on disk on the web: VS Code's file search lists the sources. */
export const listSourcesOnDisk = async (_folder: string, _pattern: string): Promise<string[] | undefined> => undefined;

/** No worker thread and no cache on the web: sources are loaded here, one per turn of the event loop. */
export function sourceLoaderFor(_context: vscode.ExtensionContext): SourceLoader {
  return new InThreadSourceLoader();
}

export const HOST_KIND: 'node' | 'web' = 'web';
