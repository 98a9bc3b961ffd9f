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
  const tally = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Backcheck: linting drafts'), cancellable: true },
    async (progress, token) => {
      const counts: Tally = { drafts: 0, errors: 0, warnings: 0 };
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        const open = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === uri.toString());
        const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        const findings = diagnostics.lintText(text);
        diagnostics.setFindings(uri, findings);
        counts.drafts++;
        counts.errors += findings.filter((f) => f.severity === 'error').length;
        counts.warnings += findings.filter((f) => f.severity === 'warning').length;
        progress.report({ increment: 100 / uris.length, message: `${counts.drafts}/${uris.length}` });
      }
      return counts;
    },
  );
  showSummary(tally);
  return tally.drafts;
}

interface Tally {
  drafts: number;
  errors: number;
  warnings: number;
}

// What the run found, as ESLint ends a run with its problem count: the progress notification
// closes when done, and without this the writer cannot tell "no problems" from "nothing ran".
// Not awaited: the command returns while the message stays until dismissed. (A line comment:
// the l10n key check strips block comments, and the node_modules glob above would open one.)
function showSummary({ drafts, errors, warnings }: Tally): void {
  const draftsText = drafts === 1 ? vscode.l10n.t('1 draft') : vscode.l10n.t('{0} drafts', drafts);
  const errorsText = errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', errors);
  const warningsText = warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', warnings);
  const showProblems = vscode.l10n.t('Show Problems');
  const text = vscode.l10n.t('Backcheck: checked {0}: {1}, {2}.', draftsText, errorsText, warningsText);
  void vscode.window.showInformationMessage(text, ...(errors + warnings > 0 ? [showProblems] : [])).then((picked) => {
    if (picked === showProblems) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}
