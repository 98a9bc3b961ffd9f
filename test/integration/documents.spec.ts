import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

import * as vscode from 'vscode';

import type { BackcheckApi } from '../../src/extension/extension';
import { backcheckApi, diagnosticsFor, untitledDraft, workspaceUri, ruleOf } from './helpers';
import { cardText, renderCard } from '../support/inertMarkdown';

// PDF and Word sources in the real extension host: the fixtures (made by scripts/make-fixtures.mjs)
// are copied into the workspace's sources for this suite only and removed after it.
const fixtures = resolve(__dirname, '../../../test/fixtures/documents');

async function until(what: string, check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('PDF and Word sources in VS Code', function () {
  this.timeout(60_000);
  let api: BackcheckApi;
  const folder = () => workspaceUri('sources', 'documents-under-test').fsPath;

  before(async () => {
    api = await backcheckApi();
    mkdirSync(folder(), { recursive: true });
    for (const name of ['report_two_columns.pdf', 'memo.docx', 'scan.pdf']) copyFileSync(join(fixtures, name), join(folder(), name));
    // A saved web page beside them: its reader, as the Word reader's linkedom, is dist/html.js.
    copyFileSync(join(fixtures, '../html/de_hafen_seite.html'), join(folder(), 'de_hafen_seite.html'));
    await vscode.commands.executeCommand('backcheck.refreshSources');
    await until('the PDF, Word and HTML sources', () => Boolean(api.backcheck.library.byKey('report_two_columns') && api.backcheck.library.byKey('memo') && api.backcheck.library.byKey('de_hafen_seite')));
  });

  after(async () => {
    rmSync(folder(), { recursive: true, force: true });
    await vscode.commands.executeCommand('backcheck.refreshSources');
    await until('the sources as before', () => api.backcheck.library.sources.length === 2 && api.backcheck.library.unreadable.length === 0);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists them in the Sources view with pages, paragraphs by page, and a scan as unreadable with why', () => {
    const tree = api.sourcesTree;
    const roots = tree.getChildren();
    const report = roots.find((n) => n.kind === 'source' && n.source.key === 'report_two_columns')!;
    assert.match(String(tree.getTreeItem(report).description), /^Flood damage in the river district · 2024-03-20 · EN · 2 pp\. · 7 ¶$/);
    // The tooltip writes the PDF's creation time as a date, not as the timestamp it is stored as.
    const tooltip = (tree.getTreeItem(report).tooltip as vscode.MarkdownString).value;
    assert.match(tooltip.replace(/&nbsp;/g, ' '), /March 20, 2024/);
    assert.doesNotMatch(tooltip, /2024-03-20/);
    const labels = tree.getChildren(report).map((n) => String(tree.getTreeItem(n).label));
    assert.match(labels[1], /^p\. 1 ¶2 The council counted 1,240 damaged homes/);
    assert.match(labels[5], /^p\. 2 ¶1 A second survey/);
    const memo = roots.find((n) => n.kind === 'source' && n.source.key === 'memo')!;
    assert.match(String(tree.getTreeItem(tree.getChildren(memo)[5]).label), /^¶6 North \| 1,200/);
    const scan = roots.find((n) => n.kind === 'unreadable')!;
    assert.equal(tree.getTreeItem(scan).description, 'unreadable: no text layer: scanned pages need OCR');
  });

  it('reads a saved web page beside them as its article, loading the HTML reader apart (dist/html.js)', () => {
    const page = api.backcheck.library.byKey('de_hafen_seite')!;
    assert.equal(page.meta.title, 'Hafenbrand: Schaden in Millionenhöhe');
    assert.equal(page.meta.lang, 'de');
    assert.equal(page.paragraphs.length, 3, JSON.stringify(page.paragraphs.map((p) => p.text)));
    assert.ok(page.paragraphs.some((p) => p.text.includes('14,5 Millionen Euro')), 'the article is read');
    assert.ok(!/pageViews|font-family|Startseite|Impressum/.test(page.text), 'not its scripts, styles, navigation or footer');
  });

  it('drags a PDF paragraph as its page and paragraph', async () => {
    const report = api.sourcesTree.getChildren().find((n) => n.kind === 'source' && n.source.key === 'report_two_columns')!;
    const transfer = new vscode.DataTransfer();
    api.sourcesTree.handleDrag([api.sourcesTree.getChildren(report)[1]], transfer);
    assert.equal(await transfer.get('text/plain')?.asString(), '[@report_two_columns, p. 1, para. 2]');
  });

  it('hovers a page citation with the paragraph on that page, and flags a page the PDF does not have', async () => {
    const { document: doc } = await untitledDraft('The council counted 1,240 damaged homes [@report_two_columns, p. 1, para. 2].\n\nThe report goes on [@report_two_columns, p. 3].\n');
    const markdown = await hoverText(doc.uri, doc.positionAt(doc.getText().indexOf('report_two_columns') + 2));
    assert.match(renderCard(markdown), /The council counted <strong>1,240<\/strong>/);
    const text = cardText(markdown);
    assert.match(text, /Open p\. 1, para\. 2/);
    const figure = cardText(await hoverText(doc.uri, doc.positionAt(doc.getText().indexOf('1,240') + 1)));
    assert.match(figure, /exact match: 1,240 in \[@report_two_columns, p\. 1, para\. 2\]/);
    const diagnostics = await diagnosticsFor(doc.uri, (d) => d.some((x) => ruleOf(x) === 'citation-locator-out-of-range'));
    assert.deepEqual(diagnostics.map((d) => [ruleOf(d), d.range.start.line, d.message]), [['citation-locator-out-of-range', 2, '[@report_two_columns] has 2 pages; p. 3 does not exist']]);
    const figures = api.draftView.getChildren().flatMap((g) => api.draftView.getChildren(g)).map((n) => api.draftView.getTreeItem(n));
    assert.deepEqual(figures.map((i) => [i.label, i.description]), [['1,240 homes', 'exact · [@report_two_columns, p. 1, para. 2]']]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens a PDF paragraph in the text Backcheck read, selected, not the binary file', async () => {
    await vscode.commands.executeCommand('backcheck.openSource', 'report_two_columns', 6);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.scheme, 'backcheck-text');
    assert.equal(editor.document.getText(editor.selection), 'A second survey, due in June, will count damaged businesses as well.');
  });

  it('points a diagnostic\'s related location into the text read from the PDF, not the binary file', async () => {
    // The text sources have no 1,240: the figure is the PDF's alone, so it is not in the cited source.
    const { document: doc } = await untitledDraft('The council counted 1,240 damaged homes [@en_port_fire].\n');
    const diagnostics = await diagnosticsFor(doc.uri, (d) => d.some((x) => ruleOf(x) === 'figure-not-in-cited-source'));
    const { location } = diagnostics.find((d) => ruleOf(d) === 'figure-not-in-cited-source')!.relatedInformation![0];
    assert.equal(location.uri.scheme, 'backcheck-text');
    // Opened the way the Problems panel opens it: the passage is selected.
    const editor = await vscode.window.showTextDocument(location.uri, { selection: location.range });
    assert.match(editor.document.getText(editor.selection), /^The council counted 1,240 damaged homes/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
