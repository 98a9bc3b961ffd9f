import * as vscode from 'vscode';

/**
 * The URI of a source the library knows by its path (`uri.fsPath` when it was read). On disk
 * that is a file URI; in a workspace on another file system (VS Code for the Web, a remote
 * opened in the browser) it is the path on the workspace folder's file system, so opening,
 * revealing and related locations reach the file the source was read from.
 */
export function sourceUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme !== 'file' && isInside(path, f.uri.path));
  return folder ? folder.uri.with({ path }) : vscode.Uri.file(path);
}

function isInside(path: string, folderPath: string): boolean {
  return path === folderPath || path.startsWith(folderPath.replace(/\/?$/, '/'));
}
