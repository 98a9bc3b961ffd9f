import assert from 'node:assert/strict';

import * as vscode from 'vscode';

import { liveParts } from '../support/inertMarkdown';
import { backcheckApi, untitledDraft, workspaceUri } from './helpers';
import { screenshot } from './screenshot';

const EVIL_KEY = 'x](https://evil.example/p) ![p](https://evil.example/px.png) [y';
const FILES = ['hostile_links.md', 'evil_id.txt', 'evil_id.meta.json'];

/** The hover cards VS Code gets from the providers at a position, as MarkdownStrings. */
async function cards(uri: vscode.Uri, position: vscode.Position): Promise<vscode.MarkdownString[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.flatMap((h) => h.contents.filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'isTrusted' in c));
}

/**
 * Issue 12: a source from the web whose text and metadata (its `id` too) hold links, images,
 * HTML, codicons and fences. The fixture files are copied into the workspace's sources for
 * these tests only, and removed after.
 */
describe('hover cards over hostile sources', () => {
  const folder = () => workspaceUri('sources', 'zz_hostile');

  before(async () => {
    const api = await backcheckApi();
    await vscode.workspace.fs.createDirectory(folder());
    for (const file of FILES) await vscode.workspace.fs.copy(workspaceUri('..', 'hostile', file), vscode.Uri.joinPath(folder(), file), { overwrite: true });
    await vscode.commands.executeCommand('backcheck.refreshSources');
    assert.ok(api.backcheck.library.byKey('hostile_links') && api.backcheck.library.byKey(EVIL_KEY), 'the hostile sources loaded');
  });

  after(async () => {
    while (vscode.window.activeTextEditor) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(folder(), { recursive: true });
    await vscode.commands.executeCommand('backcheck.refreshSources');
    const api = await backcheckApi();
    assert.equal(api.backcheck.library.byKey('hostile_links'), undefined);
  });

  for (const [what, draft, hoverOn] of [
    ['a citation card', 'The fund paid 4,242 euros [@hostile_links, para. 1].', 'hostile_links'],
    ['a citation card over fences and HTML lines', 'The fund paid 4,242 euros [@hostile_links, para. 2].', 'hostile_links'],
    ['a figure card naming a hostile key', 'The bridge was 7,777 metres long.', '7,777'],
  ] as const) {
    it(`${what} is inert: no link, image, HTML or icon from the source; only Backcheck's commands trusted`, async () => {
      const editor = await untitledDraft(draft);
      const position = editor.document.positionAt(draft.indexOf(hoverOn) + 2);
      const found = await cards(editor.document.uri, position);
      assert.equal(found.length, 1, 'one Backcheck card');
      const [card] = found;
      assert.deepEqual(liveParts(card.value), []);
      assert.notEqual(card.supportHtml, true);
      assert.notEqual(card.supportThemeIcons, true);
      const trusted = card.isTrusted;
      assert.ok(typeof trusted === 'object' && trusted.enabledCommands.length > 0 && trusted.enabledCommands.every((c) => c.startsWith('backcheck.')), JSON.stringify(trusted));
      assert.match(card.value, /evil\\\.example/, 'the source text is there, as text');
      if (hoverOn === '7,777') {
        editor.selection = new vscode.Selection(position, position);
        await vscode.commands.executeCommand('editor.action.showHover');
        await screenshot('hover-hostile-source-inert.png');
      }
    });
  }
});
