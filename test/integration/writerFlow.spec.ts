import assert from 'node:assert/strict';

import * as vscode from 'vscode';

import { NO_DRAFT_MESSAGE } from '../../src/extension/draftView';
import { backcheckApi, diagnosticsFor, untitledDraft, ruleOf } from './helpers';
import { screenshot } from './screenshot';

/**
 * The moments a writer repeats on every citation (issue 17), in the real editor: typing goes
 * through VS Code's own `type` command, so auto-closing brackets and the suggest widget behave
 * as they do under a person's keyboard. Each test leaves a screenshot in screenshots-out/.
 */

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function type(text: string): Promise<void> {
  for (const char of text) await vscode.commands.executeCommand('type', { text: char });
}

async function closeAll(): Promise<void> {
  // Untitled drafts: revert so nothing asks to be saved.
  while (vscode.window.activeTextEditor) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Waits until `check` holds, polling (for editor state that has no event of its own). */
async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what}`);
    await sleep(50);
  }
}

/** Runs a quick pick's command and accepts its first item once it shows, after a screenshot. */
async function acceptFirstPick(command: Thenable<unknown>, shot: string): Promise<void> {
  let settled = false;
  void Promise.resolve(command).then(() => (settled = true));
  await sleep(700);
  await screenshot(shot);
  for (let i = 0; i < 100 && !settled; i++) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await sleep(100);
  }
  await command;
}

describe('the writer\'s flow', () => {
  before(backcheckApi);
  afterEach(closeAll);

  it('accepting a [@ completion after an auto-closed bracket, then typing ".", puts the full stop after "]"', async () => {
    const editor = await untitledDraft('About 640 workers were sent home ');
    const end = editor.document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    await type('[');
    assert.equal(editor.document.getText(), 'About 640 workers were sent home []', 'VS Code auto-closed the bracket');
    await type('@');
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await sleep(800);
    await screenshot('completion-after-auto-closed-bracket.png');
    // Accept the selected (top) item as soon as the suggest widget has it.
    const before = editor.document.getText();
    for (let i = 0; i < 50 && editor.document.getText() === before; i++) {
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      await sleep(100);
    }
    assert.match(editor.document.getText(), /^About 640 workers were sent home \[@en_port_fire(, para\. 2)?\]$/);
    await type('.');
    assert.match(editor.document.getText(), /^About 640 workers were sent home \[@en_port_fire(, para\. 2)?\]\.$/);
    await screenshot('completion-full-stop-after-bracket.png');
  });

  it('Enter on a fresh [@ list cites the passage ranked best for the sentence; the bare key is still offered', async () => {
    const editor = await untitledDraft('About 640 workers were sent home ');
    const end = editor.document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    await type('[@');
    const at = editor.selection.active;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, at, '@');
    const sorted = [...list.items].sort((a, b) => String(a.sortText).localeCompare(String(b.sortText)));
    assert.deepEqual(sorted.slice(0, 2).map(labelOf), ['¶2 en_port_fire', 'en_port_fire'], 'the best passage first, its source one step down');
    assert.deepEqual(list.items.filter((i) => i.preselect).map(labelOf), ['¶2 en_port_fire']);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    const before = editor.document.getText();
    for (let i = 0; i < 50 && editor.document.getText() === before; i++) {
      await sleep(100);
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
    }
    assert.equal(editor.document.getText(), 'About 640 workers were sent home [@en_port_fire, para. 2]');
  });

  it('ranks first the passage that has the sentence\'s figure, across languages, labelled locator first', async () => {
    const editor = await untitledDraft('About 12 ships were affected [@]');
    const position = new vscode.Position(0, editor.document.lineAt(0).text.length - 1);
    editor.selection = new vscode.Selection(position, position);
    // The passage's documentation comes when an item is resolved (as the suggest widget does for
    // the item it shows): the first ten here, in sortText order.
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, '@', 10);
    const sorted = [...list.items].sort((a, b) => String(a.sortText).localeCompare(String(b.sortText)));
    const passages = sorted.filter((i) => i.kind === vscode.CompletionItemKind.Field);
    assert.equal(labelOf(passages[0]), '¶4 de_hafenbrand');
    assert.match(String(passages[0].detail), /^Drei Liegeplätze bleiben bis Freitag gesperrt/);
    assert.match((passages[0].documentation as vscode.MarkdownString).value, /\*\*12\*\*/);
    assert.deepEqual(sorted.filter((i) => i.kind === vscode.CompletionItemKind.Reference).map(labelOf).sort(), ['de_hafenbrand', 'en_port_fire']);
    assert.ok(list.items.length <= 100);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await sleep(800);
    // Select the top passage and open the details pane: the whole passage, its figure in bold.
    await vscode.commands.executeCommand('selectNextSuggestion');
    await vscode.commands.executeCommand('toggleSuggestionDetails');
    await screenshot('completion-ranked-by-sentence.png');
    await vscode.commands.executeCommand('hideSuggestWidget');
  });

  it('Insert Citation after a full stop cites the sentence before, before its full stop', async () => {
    const editor = await untitledDraft('Crews worked through the night. About 640 workers were sent home. ');
    const end = editor.document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    await acceptFirstPick(vscode.commands.executeCommand('backcheck.insertCitation'), 'insert-citation-after-full-stop.png');
    assert.equal(editor.document.getText(), 'Crews worked through the night. About 640 workers were sent home [@en_port_fire, para. 2]. ');
  });

  it('a locator fix on a sentence over two lines edits the citation that covers the figure', async () => {
    const text = 'The fire burned for 19 hours [@en_port_fire, para. 1] and about 640\nworkers were sent home [@en_port_fire, para. 3].\n';
    const editor = await untitledDraft(text);
    const [diagnostic] = await diagnosticsFor(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'citation-locator-mismatch'));
    assert.equal(editor.document.getText(diagnostic.range), '640');
    editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.title.startsWith('Cite para.'))!;
    assert.equal(fix.title, 'Cite para. 2 of [@en_port_fire] (citation on line 2)');
    await vscode.commands.executeCommand('editor.action.quickFix');
    await sleep(800);
    await screenshot('locator-fix-two-line-sentence.png');
    await vscode.commands.executeCommand('hideCodeActionWidget');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(editor.document.getText(), text.replace('para. 3]', 'para. 2]'));
    await diagnosticsFor(editor.document.uri, (d) => !d.some((x) => ruleOf(x) === 'citation-locator-mismatch'));
  });

  it('shows no unknown-key diagnostic while the key is typed, and shows it once the bracket is closed', async () => {
    const api = await backcheckApi();
    const editor = await untitledDraft('Police closed 14 roads ');
    const end = editor.document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    const seen: string[] = [];
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      seen.push(...vscode.languages.getDiagnostics(editor.document.uri).map((d) => String(ruleOf(d))));
    });
    try {
      await type('[@bridges');
      assert.equal(editor.document.getText(), 'Police closed 14 roads [@bridges]');
      await vscode.commands.executeCommand('hideSuggestWidget');
      // Wait for the lint of the typed key (the view updates on every lint of the active draft).
      await new Promise<void>((done) => {
        const once = api.draftView.onDidChangeTreeData(() => {
          once.dispose();
          done();
        });
      });
      await sleep(300);
      await screenshot('typing-citation-key-no-error.png');
      assert.deepEqual(seen.filter((c) => c === 'citation-unknown-source'), [], 'no unknown-key diagnostic while typing, not even for a moment');
      // Closing the bracket (VS Code types over the auto-closed one) moves the cursor out.
      await type(']');
      assert.equal(editor.document.getText(), 'Police closed 14 roads [@bridges]');
      const diagnostics = await diagnosticsFor(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'citation-unknown-source'));
      assert.equal(editor.document.getText(diagnostics.find((d) => ruleOf(d) === 'citation-unknown-source')!.range), 'bridges');
    } finally {
      listener.dispose();
    }
  });

  it('a figure\'s hover on a miss offers the quick fix as a link, which applies the same edit, once', async () => {
    const text = 'Losses were put at 41.5 million euros.\n';
    const editor = await untitledDraft(text);
    const [diagnostic] = await diagnosticsFor(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'figure-unmatched'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, diagnostic.range.start.translate(0, 1));
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    const link = /\]\(command:backcheck\.applyFix\?([^)]*)\)/.exec(markdown);
    assert.ok(link, markdown);
    editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(800);
    await screenshot('hover-miss-with-fix.png');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const preferred = actions.find((a) => a.isPreferred)!;
    const args = JSON.parse(decodeURIComponent(link[1]));
    assert.equal(await vscode.commands.executeCommand('backcheck.applyFix', ...args), true);
    assert.match(editor.document.getText(), /^Losses were put at 14\.5 million euros \[@(en_port_fire|de_hafenbrand), para\. 3\]\.\n$/);
    assert.match(preferred.title, /^Replace with 14\.5 million euros from/);
    // The link was for the draft as it was: a second click changes nothing.
    const after = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('backcheck.applyFix', ...args), false);
    assert.equal(editor.document.getText(), after);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), text);
  });

  it('the This Draft view shows a locator mismatch as one, with the warning icon, and says when no draft is open', async () => {
    const api = await backcheckApi();
    const editor = await untitledDraft('About 640 workers were sent home [@en_port_fire, para. 1]. The fire burned for 19 hours [@en_port_fire, para. 1].\n');
    await diagnosticsFor(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'citation-locator-mismatch'));
    await until(() => api.draftView.getChildren().length > 0, 'the view lists the draft');
    const groups = api.draftView.getChildren().map((g) => ({ group: api.draftView.getTreeItem(g), items: api.draftView.getChildren(g).map((n) => api.draftView.getTreeItem(n)) }));
    assert.deepEqual(groups.map((g) => g.group.label), ['Cited, but not there', 'Cited']);
    const [mismatch] = groups[0].items;
    assert.equal(mismatch.label, '640 workers');
    assert.equal((mismatch.iconPath as vscode.ThemeIcon).id, 'warning');
    assert.match(String(mismatch.description), /^locator mismatch: in para\. 2, not para\. 1$/);
    assert.match(String(mismatch.tooltip), /640 workers is not in para\. 1 of \[@en_port_fire\]; it is in para\. 2/);
    assert.equal((groups[1].items[0].iconPath as vscode.ThemeIcon).id, 'pass');
    await vscode.commands.executeCommand('backcheck.draft.focus');
    await screenshot('draft-view-locator-mismatch.png');
    await closeAll();
    await until(() => api.draftView.view?.message === NO_DRAFT_MESSAGE, 'the empty-state message');
  });

  it('opens the Get Started walkthrough in this workspace and ticks each step as the writer does it', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'backcheck.backcheck#backcheck.start', false);
    await sleep(1500);
    await screenshot('walkthrough-opened.png');
    // Do the three steps: show the sources, check a draft, insert a citation.
    await vscode.commands.executeCommand('workbench.view.extension.backcheck');
    const editor = await untitledDraft('About 640 workers were sent home.');
    const end = editor.document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    await acceptFirstPick(vscode.commands.executeCommand('backcheck.insertCitation'), 'walkthrough-citing.png');
    assert.equal(editor.document.getText(), 'About 640 workers were sent home [@en_port_fire, para. 2].');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'backcheck.backcheck#backcheck.start', false);
    await sleep(1500);
    await screenshot('walkthrough.png');
  });
});
