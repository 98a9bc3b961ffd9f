import * as vscode from 'vscode';

import type { Backcheck } from '../core/service';
import type { DraftDiagnostics } from './draftDiagnostics';

/**
 * "Backcheck: Lint Workspace": every Markdown draft in the workspace (not the sources) into the
 * Problems panel, with a cancellable progress notification. Returns how many drafts were linted.
 */
export async function lintWorkspace(backcheck: Backcheck, diagnostics: DraftDiagnostics, isSource: (uri: vscode.Uri) => boolean): Promise<number> {
  const uris = (await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**')).filter((uri) => !isSource(uri));
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Backcheck: linting drafts', cancellable: true },
    async (progress, token) => {
      let done = 0;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        diagnostics.setFindings(uri, backcheck.lint(text, { severities: diagnostics.severities() }));
        done++;
        progress.report({ increment: 100 / uris.length, message: `${done}/${uris.length}` });
      }
      return done;
    },
  );
}
