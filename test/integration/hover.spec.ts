import assert from 'node:assert/strict';

import * as vscode from 'vscode';

import { cardText } from '../support/inertMarkdown';
import { backcheckApi, workspaceUri } from './helpers';

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

  it('shows nothing from Backcheck on plain words', async () => {
    const offset = doc.getText().indexOf('burned');
    assert.equal(await hoverText(doc.uri, doc.positionAt(offset)), '');
  });
});
