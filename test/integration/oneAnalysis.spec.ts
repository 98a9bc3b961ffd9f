import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import * as vscode from 'vscode';

import { backcheckApi, diagnosticsFor, workspaceUri } from './helpers';

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

describe('a save of the text just linted', () => {
  const path = join(workspaceUri().fsPath, `backcheck-save-skip-${process.pid}.md`);
  // The save is the test's own: the browser VS Code auto-saves after a delay by default.
  const files = () => vscode.workspace.getConfiguration('files');
  before(() => files().update('autoSave', 'off', vscode.ConfigurationTarget.Workspace));
  after(async () => {
    rmSync(path, { force: true });
    await files().update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('lints a typed version once, and the save of that same text not again', async () => {
    const api = await backcheckApi();
    writeFileSync(path, 'The fire burned for 19 hours.\n');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
    const editor = await vscode.window.showTextDocument(doc);
    await diagnosticsFor(doc.uri, () => true);
    let lints = 0;
    const linted = api.diagnostics.onDidLint((d) => {
      if (d?.uri.toString() === doc.uri.toString()) lints++;
    });
    try {
      const typedLint = new Promise<void>((done) => {
        const once = api.diagnostics.onDidLint((d) => d?.uri.toString() === doc.uri.toString() && (once.dispose(), done()));
      });
      await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'It cost 41.5 million euros.\n'));
      await typedLint;
      await diagnosticsFor(doc.uri, (d) => d.some((x) => x.message.includes('41.5 million')));
      assert.equal(lints, 1, 'the typed version linted once');
      assert.ok(doc.isDirty, 'the edit is not saved yet');
      assert.ok(await doc.save(), 'saved');
      // Asserting that nothing more comes: give a lint of the save the time to show.
      await new Promise((r) => setTimeout(r, 1000));
      assert.equal(lints, 1, 'the save of the text just linted is not linted again');
      assert.ok(vscode.languages.getDiagnostics(doc.uri).some((x) => x.source === 'backcheck' && x.message.includes('41.5 million')), 'its diagnostics stay');
    } finally {
      linted.dispose();
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});
