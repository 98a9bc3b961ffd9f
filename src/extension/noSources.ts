import * as vscode from 'vscode';

/**
 * Said instead of opening a picker over no sources (Find Source, Insert Citation): an empty list
 * reads as "nothing matches", when the fix is to add sources or say where they are.
 */
export function sayNoSources(): void {
  const configure = vscode.l10n.t('Configure Sources Location');
  void vscode.window.showInformationMessage(vscode.l10n.t('Backcheck: no sources yet — add files to sources/ or configure backcheck.sources.'), configure).then((picked) => {
    if (picked === configure) void vscode.commands.executeCommand('backcheck.configureSources');
  });
}
