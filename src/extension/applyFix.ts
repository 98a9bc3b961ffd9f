import * as vscode from 'vscode';

import type { TextEdit } from '../core/features/quickFixes';

/** What a hover's fix link passes: the draft, the version the fix was computed on, its edits. */
export type FixArgs = [uri: string, version: number, edits: TextEdit[]];

/**
 * "backcheck.applyFix", run from a figure hover's fix link: applies a quick fix's edits as one
 * undoable edit, and only to the draft version they were computed on (a stale link does nothing
 * but say so), so the draft never changes by an edit the writer did not see.
 */
export async function applyFix(...[uri, version, edits]: FixArgs): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!document || document.version !== version || !Array.isArray(edits)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Backcheck: the draft changed since this fix was offered; hover the figure again.'));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.newText);
  return vscode.workspace.applyEdit(edit);
}
