import assert from 'node:assert/strict';

import * as vscode from 'vscode';

import { backcheckApi, diagnosticsFor, ruleOf, untitledDraft, workspaceUri } from './helpers';

describe('Backcheck in VS Code', () => {
  it('activates and loads the workspace sources in both languages', async () => {
    const api = await backcheckApi();
    const sources = api.backcheck.library.sources.map((s) => [s.key, s.lang]);
    assert.deepEqual(sources, [['de_hafenbrand', 'de'], ['en_port_fire', 'en']]);
  });

  it('lists the sources in the Sources view', async () => {
    const api = await backcheckApi();
    const items = api.sourcesTree.getChildren().map((node) => api.sourcesTree.getTreeItem(node));
    assert.deepEqual(items.map((i) => i.label), ['de_hafenbrand', 'en_port_fire']);
    assert.match(String(items[0].description), /DE/);
  });

  it('flags the draft figure that is in no source, and only that one', async () => {
    const uri = workspaceUri('draft.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await diagnosticsFor(uri, (d) => d.length > 0);
    assert.deepEqual(diagnostics.map((d) => [ruleOf(d), d.range.start.line, d.severity]), [['figure-unmatched', 4, vscode.DiagnosticSeverity.Warning]]);
    assert.match(diagnostics[0].message, /41,500,000 EUR is in no source|41\.5 million/);
  });

  it('updates diagnostics as the writer types', async () => {
    const { document: doc } = await untitledDraft('Crews fought the fire for 19 hours [@en_port_fire, para. 1].\n');
    await diagnosticsFor(doc.uri, (d) => d.length === 0);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'They used 999 hoses.\n'));
    const diagnostics = await diagnosticsFor(doc.uri, (d) => d.length === 1);
    assert.equal(diagnostics[0].range.start.line, 1);
    assert.equal(doc.getText(diagnostics[0].range), '999');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
