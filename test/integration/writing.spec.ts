import assert from 'node:assert/strict';

import * as vscode from 'vscode';

import { backcheckApi, diagnosticsFor, ruleOf, untitledDraft, workspaceUri } from './helpers';


async function closeWithoutSaving(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('writing with Backcheck', () => {
  before(backcheckApi);

  it('completes citation keys and passages after [@', async () => {
    const editor = await untitledDraft('The fire burned for 19 hours [@en');
    const position = new vscode.Position(0, editor.document.lineAt(0).text.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, '@');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('en_port_fire'), labels.join(', '));
    assert.ok(labels.includes('¶1 en_port_fire'));
    const passage = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '¶1 en_port_fire')!;
    assert.equal(passage.insertText, 'en_port_fire, para. 1]');
    assert.match(String(passage.filterText), /container terminal/);
    await closeWithoutSaving();
  });

  it('applies a quick fix as one edit that undo reverts', async () => {
    const text = 'Losses were put at 41.5 million euros.\n';
    const editor = await untitledDraft(text);
    const [diagnostic] = await diagnosticsFor(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'figure-unmatched'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred)!;
    assert.match(fix.title, /^Replace with 14\.5 million euros from \[@(en_port_fire|de_hafenbrand), para\. 3\]$/);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(editor.document.getText(), /^Losses were put at 14\.5 million euros \[@(en_port_fire|de_hafenbrand), para\. 3\]\.\n$/);
    await diagnosticsFor(editor.document.uri, (d) => !d.some((x) => ruleOf(x) === 'figure-unmatched'));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), text);
    await closeWithoutSaving();
  });

  it('inserts the best-ranked passage with Insert Citation', async () => {
    const editor = await untitledDraft('Around 350 firefighters with 48 vehicles fought the blaze');
    editor.selection = new vscode.Selection(0, editor.document.lineAt(0).text.length, 0, editor.document.lineAt(0).text.length);
    const inserted = vscode.commands.executeCommand('backcheck.insertCitation');
    // Accept the quick pick's first item as soon as it shows.
    let settled = false;
    void inserted.then(() => (settled = true));
    for (let i = 0; i < 100 && !settled; i++) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((r) => setTimeout(r, 100));
    }
    await inserted;
    assert.equal(editor.document.getText(), 'Around 350 firefighters with 48 vehicles fought the blaze [@de_hafenbrand, para. 2]');
    await closeWithoutSaving();
  });

  it('inserts a paragraph citation from the Sources view', async () => {
    const api = await backcheckApi();
    const editor = await untitledDraft('More than 2,300 tonnes burned ');
    editor.selection = new vscode.Selection(0, 30, 0, 30);
    const source = api.sourcesTree.getChildren().find((n) => n.kind === 'source' && n.source.key === 'en_port_fire')!;
    const paragraph = api.sourcesTree.getChildren(source)[1];
    await vscode.commands.executeCommand('backcheck.insertCitation', paragraph);
    assert.equal(editor.document.getText(), 'More than 2,300 tonnes burned [@en_port_fire, para. 2]');
    await closeWithoutSaving();
  });

  it('shows figure and unmatched counts for the active draft in the status bar', async () => {
    const api = await backcheckApi();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('draft.md'));
    await vscode.window.showTextDocument(doc);
    await diagnosticsFor(doc.uri, (d) => d.length > 0);
    assert.match(api.status.text, /Backcheck: \d+ figures, 1 unmatched/);
  });

  it('counts in the status bar the figures This Draft lists (an ordinal gets no verdict, so neither counts it)', async () => {
    const api = await backcheckApi();
    const { document: doc } = await untitledDraft('On the 3rd day it burned 19 hours [@en_port_fire, para. 1]. It cost 777 euros.\n');
    await diagnosticsFor(doc.uri, (d) => d.length === 1);
    assert.ok(api.diagnostics.draftOf(doc).figures.some((f) => f.kind === 'ordinal'), 'the draft holds an ordinal');
    assert.equal(api.status.text, '$(checklist) Backcheck: 2 figures, 1 unmatched');
    assert.match(api.draftView.view?.description ?? '', /^2 figures · 1 unmatched/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('This Draft view', () => {
  it('groups the active draft\'s figures as unmatched, cited and uncited, with counts', async () => {
    const api = await backcheckApi();
    const { document: doc } = await untitledDraft('It burned 19 hours [@en_port_fire, para. 1]. Crews used 48 vehicles. It cost 777 euros.\n');
    await diagnosticsFor(doc.uri, (d) => d.length === 2);
    const groups = api.draftView.getChildren().map((g) => [api.draftView.getTreeItem(g).label, api.draftView.getChildren(g).map((n) => api.draftView.getTreeItem(n).label)]);
    assert.deepEqual(groups, [['Unmatched', ['777 euros']], ['Cited', ['19 hours']], ['Uncited', ['48 vehicles']]]);
    assert.equal(api.draftView.view?.description, '3 figures · 1 unmatched · 1 uncited');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('names each figure as the diagnostics do, with what it counts, and says the claim once', async () => {
    const api = await backcheckApi();
    const { document: doc } = await untitledDraft('About 640 workers went home [@en_port_fire, para. 2]. Some 350 firefighters came [@de_hafenbrand, para. 2]. Officials said 640 residents left [@en_port_fire, para. 2].\n');
    const diagnostics = await diagnosticsFor(doc.uri, (d) => d.some((x) => ruleOf(x) === 'figure-subject-mismatch'));
    const rows = api.draftView.getChildren().flatMap((g) => api.draftView.getChildren(g)).map((n) => api.draftView.getTreeItem(n));
    assert.deepEqual(rows.map((r) => [r.label, r.description]), [
      ['640 residents', '≠ 640 workers · [@en_port_fire, para. 2]'],
      ['640 workers', 'exact · [@en_port_fire, para. 2]'],
      ['350 firefighters', '↔ 350 Einsatzkräfte, exact · [@de_hafenbrand, para. 2]'],
    ]);
    // The diagnostic names the same figure the same way.
    assert.match(diagnostics.find((d) => ruleOf(d) === 'figure-subject-mismatch')!.message, /^640 residents\b/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('drag and drop from the Sources view', () => {
  it('drags a paragraph as its citation text', async () => {
    const api = await backcheckApi();
    const source = api.sourcesTree.getChildren().find((n) => n.kind === 'source' && n.source.key === 'de_hafenbrand')!;
    const paragraph = api.sourcesTree.getChildren(source)[2];
    const transfer = new vscode.DataTransfer();
    api.sourcesTree.handleDrag([paragraph], transfer);
    assert.equal(await transfer.get('text/plain')?.asString(), '[@de_hafenbrand, para. 3]');
  });

  it('drags several sources as several citations', async () => {
    const api = await backcheckApi();
    const transfer = new vscode.DataTransfer();
    api.sourcesTree.handleDrag(api.sourcesTree.getChildren(), transfer);
    assert.equal(await transfer.get('text/plain')?.asString(), '[@de_hafenbrand] [@en_port_fire]');
  });
});
