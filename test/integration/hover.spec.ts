import assert from 'node:assert/strict';

import * as vscode from 'vscode';

import { cardText } from '../support/inertMarkdown';
import { backcheckApi, untitledDraft, workspaceUri } from './helpers';

/** The Markdown of every hover VS Code's hover providers give at a position. */
async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('hover cards', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await backcheckApi();
    doc = await vscode.workspace.openTextDocument(workspaceUri('draft.md'));
  });

  it('shows the cited paragraph when hovering a citation key, with the sentence figure in bold', async () => {
    const offset = doc.getText().indexOf('en_port_fire') + 3;
    const text = await hoverText(doc.uri, doc.positionAt(offset));
    assert.match(text, /A fire at the container terminal in Hamburg/);
    assert.match(text, /\*\*19 hours\*\*|\*\*19\*\*/);
    assert.match(cardText(text), /Open para\. 1/);
  });

  it('shows where a figure matches, across languages', async () => {
    const offset = doc.getText().indexOf('350 firefighters') + 1;
    const text = cardText(await hoverText(doc.uri, doc.positionAt(offset)));
    assert.match(text, /exact match: 350 in \[@de_hafenbrand, para\. 2\]/);
  });

  it('shows nearest source figures for a figure in no source', async () => {
    const offset = doc.getText().indexOf('41.5 million') + 1;
    const markdown = await hoverText(doc.uri, doc.positionAt(offset));
    const text = cardText(markdown);
    assert.match(text, /is in no source/);
    assert.match(text, /Nearest passages: 14[.,]5 [Mm]illion/);
    // Each nearest figure links to its passage; the card offers the light bulb's fix as a link.
    assert.match(markdown, /\]\(command:backcheck\.openSource\?%5B%22(en_port_fire|de_hafenbrand)%22%2C3%5D\)/);
    assert.match(text, /Replace with 14\.5 million euros from \[@(en_port_fire|de_hafenbrand), para\. 3\]/);
    assert.match(markdown, /\]\(command:backcheck\.applyFix\?/);
  });

  it('writes the cited source\'s date as a date in the display language, not as a timestamp', async () => {
    const { backcheck } = await backcheckApi();
    const path = 'sources/zz_dated_notice.txt';
    const encode = (text: string) => new TextEncoder().encode(text);
    // Its published time as an HTML page or a Word file gives it: late evening, west of Greenwich.
    backcheck.library.set({ path, bytes: encode('The ferry made 31 crossings.\n'), sidecar: encode(JSON.stringify({ outlet: 'Harbour Notices', date: '2026-06-14T23:30:00-04:00' })) });
    try {
      const editor = await untitledDraft('The ferry made 31 crossings [@zz_dated_notice, para. 1].');
      const offset = editor.document.getText().indexOf('zz_dated') + 2;
      const text = cardText(await hoverText(editor.document.uri, editor.document.positionAt(offset)));
      const shown = vscode.env.language.startsWith('de') ? '14. Juni 2026' : 'June 14, 2026';
      assert.match(text, new RegExp(`Harbour Notices · ${shown} · EN`));
      assert.doesNotMatch(text, /2026-06-14|23:30/);
    } finally {
      backcheck.library.delete(path);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('shows nothing from Backcheck on plain words', async () => {
    const offset = doc.getText().indexOf('burned');
    assert.equal(await hoverText(doc.uri, doc.positionAt(offset)), '');
  });
});
