import assert from 'node:assert/strict';

import * as vscode from 'vscode';

import { cardText } from '../support/inertMarkdown';
import { backcheckApi, diagnosticsFor, ruleOf, workspaceUri } from './helpers';

/** The Markdown of every hover VS Code's hover providers give at a position. */
async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/**
 * The German interface, run with VS Code's display language set to German
 * (BACKCHECK_TEST_LANGUAGE=de: `npm test`'s integration-de stage). In the English run the suite
 * is skipped: its expectations are the German bundle's.
 */
describe('in German (display language de): diagnostics and hover cards', () => {
  let doc: vscode.TextDocument;
  before(async function () {
    if (vscode.env.language !== 'de') this.skip();
    await backcheckApi();
    doc = await vscode.workspace.openTextDocument(workspaceUri('draft.md'));
    // Shown in an editor, so the document (and its diagnostics) stays open for every test here.
    await vscode.window.showTextDocument(doc);
  });

  it('runs with the display language German, and the extension has its German bundle', () => {
    assert.equal(vscode.env.language, 'de');
    assert.ok(vscode.l10n.bundle, 'VS Code loaded l10n/bundle.l10n.de.json');
    assert.equal(vscode.l10n.t('Unmatched'), 'Ohne Fundstelle');
  });

  it('names the commands and views from package.nls.de.json', () => {
    const contributes = vscode.extensions.getExtension('backcheck.backcheck')!.packageJSON.contributes;
    // A localized command title comes as { value, original } (the English kept for search).
    const title = (id: string) => contributes.commands.find((c: { command: string }) => c.command === id)?.title;
    assert.deepEqual(title('backcheck.insertCitation'), { value: 'Beleg einfügen…', original: 'Insert Citation…' });
    assert.equal(contributes.views.backcheck.find((v: { id: string }) => v.id === 'backcheck.sources')?.name, 'Quellen');
    assert.equal(contributes.walkthroughs[0].steps[0].media.markdown, 'media/walkthrough/de/sources.md');
  });

  it('writes the diagnostic of a figure in no source in German; rule id and range stay', async () => {
    const diagnostics = await diagnosticsFor(doc.uri, (d) => d.some((x) => ruleOf(x) === 'figure-unmatched'));
    const unmatched = diagnostics.find((d) => ruleOf(d) === 'figure-unmatched')!;
    assert.match(unmatched.message, /^41\.5 million euros steht in keiner Quelle; am nächsten kommt 14[.,]5 [Mm]illion.* in \[@(en_port_fire|de_hafenbrand), para\. 3\]$/);
    assert.equal(doc.getText(unmatched.range), '41.5 million euros');
    for (const related of unmatched.relatedInformation ?? []) assert.match(related.message, / in Abs\. \d+ \(@/);
  });

  it('shows the hover card of a figure in no source in German, with its fix', async () => {
    const offset = doc.getText().indexOf('41.5 million') + 1;
    const text = cardText(await hoverText(doc.uri, doc.positionAt(offset)));
    assert.match(text, /steht in keiner Quelle\./);
    assert.match(text, /Nächstliegende Fundstellen: 14[.,]5 [Mm]illion/);
    assert.match(text, /Durch 14\.5 million euros aus \[@(en_port_fire|de_hafenbrand), para\. 3\] ersetzen/);
    assert.doesNotMatch(text, /is in no source|Nearest passages/);
  });

  it('shows a matched figure and a citation card in German', async () => {
    const figure = cardText(await hoverText(doc.uri, doc.positionAt(doc.getText().indexOf('350 firefighters') + 1)));
    assert.match(figure, /genauer Treffer: 350 in \[@de_hafenbrand, para\. 2\]/);
    // The claim line under it: how the figures matched in German, each as its document writes it.
    assert.match(figure, /350 firefighters ↔ 350 Einsatzkräfte, genau/);
    assert.doesNotMatch(figure, /, exact/);
    const citation = cardText(await hoverText(doc.uri, doc.positionAt(doc.getText().indexOf('en_port_fire') + 3)));
    assert.match(citation, /para\. 1 öffnen/);
  });

  it('says in This Draft how a figure matched, in German', async () => {
    const api = await backcheckApi();
    const rows = () => api.draftView.getChildren().flatMap((g) => api.draftView.getChildren(g)).map((n) => api.draftView.getTreeItem(n));
    await vscode.window.showTextDocument(doc);
    let found: string | undefined;
    for (let tries = 0; tries < 50 && !found; tries++) {
      found = rows().filter((i) => i.label === '350 firefighters').map((i) => String(i.description))[0];
      if (!found) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.equal(found, '↔ 350 Einsatzkräfte, genau · [@de_hafenbrand, para. 2]');
  });

  it('offers the quick fixes in German', async () => {
    const diagnostics = await diagnosticsFor(doc.uri, (d) => d.some((x) => ruleOf(x) === 'figure-unmatched'));
    const unmatched = diagnostics.find((d) => ruleOf(d) === 'figure-unmatched')!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, unmatched.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => /^Durch .* ersetzen/.test(t)), titles.join(' | '));
    assert.ok(titles.includes('figure-unmatched in dieser Zeile unterdrücken'), titles.join(' | '));
  });
});
