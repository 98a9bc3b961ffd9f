import assert from 'node:assert/strict';

import * as vscode from 'vscode';

import { backcheckApi, diagnosticsFor } from './helpers';

/** Every hover VS Code's providers give at a position (Backcheck's among them). */
async function hovers(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
}

describe('one analysed draft per document version', () => {
  it('analyses a typed version once for lint, status bar, This Draft view, hover and code actions', async () => {
    const api = await backcheckApi();
    // A name of its own: helpers' untitledDraft counts per compiled spec, and another spec's
    // "backcheck-test-PID-1.md" must not find this text in it.
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(`untitled:/backcheck-one-analysis-${process.pid}.md`));
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'The fire burned for 19 hours.\n'));
    if (doc.languageId !== 'markdown') await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    // A new version: a figure in no source, so there is a diagnostic to ask code actions about.
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'It cost 41.5 million euros.\n'));
    const diagnostics = await diagnosticsFor(doc.uri, (d) => d.some((x) => x.message.includes('41.5 million')));
    const before = api.backcheck.analyses;
    const at = doc.positionAt(doc.getText().indexOf('41.5') + 1);
    await hovers(doc.uri, at);
    await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diagnostics[0].range);
    api.draftView.update(doc);
    // The lint of this version analysed it; hover, code actions and the view read that draft.
    assert.equal(api.backcheck.analyses, before);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
