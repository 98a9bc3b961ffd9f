import * as vscode from 'vscode';

import type { DraftDiagnostics } from './draftDiagnostics';
import type { SourceWorkspace } from './sourceWorkspace';

/**
 * "Backcheck: Lint Workspace": every draft of the workspace (the drafts setting, not the
 * sources) into the Problems panel, with a cancellable progress notification. A draft open in
 * an editor is linted as it stands there, unsaved edits included, not as it is on disk.
 * Returns how many drafts were linted.
 */
export async function lintWorkspace(workspace: SourceWorkspace, diagnostics: DraftDiagnostics): Promise<number> {
  await workspace.settled();
  const settings = workspace.settings;
  if (!settings?.folder || !workspace.isBackcheckWorkspace) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Backcheck: this workspace has no sources and no .backcheckrc.json, so it has no drafts to lint.'));
    return 0;
  }
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(settings.folder, settings.draftsGlob), '**/node_modules/**');
  const uris = found.filter((uri) => diagnostics.isDraftUri(uri));
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Backcheck: linting drafts'), cancellable: true },
    async (progress, token) => {
      let done = 0;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        const open = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === uri.toString());
        const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        diagnostics.setFindings(uri, diagnostics.lintText(text));
        done++;
        progress.report({ increment: 100 / uris.length, message: `${done}/${uris.length}` });
      }
      return done;
    },
  );
}
