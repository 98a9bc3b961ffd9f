import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as vscode from 'vscode';

import type { BackcheckApi } from '../../src/extension/extension';
import { backcheckApi, caughtMessages, diagnosticsFor, ruleOf, workspaceUri } from './helpers';
import { screenshot } from './screenshot';

const SOURCES = 1000;

function settings() {
  return vscode.workspace.getConfiguration('backcheck');
}

/** Resolves once `condition` holds, checked on every Backcheck state change (and every 100 ms). */
function eventually(api: BackcheckApi, condition: () => boolean, what: string, ms = 60_000, detail = () => ''): Promise<void> {
  return new Promise((done, fail) => {
    const subscriptions: vscode.Disposable[] = [];
    const finish = (error?: Error) => {
      subscriptions.forEach((s) => s.dispose());
      clearInterval(interval);
      clearTimeout(timer);
      if (error) fail(error);
      else done();
    };
    const check = () => {
      if (condition()) finish();
    };
    const interval = setInterval(check, 100);
    const timer = setTimeout(() => finish(new Error(`timed out waiting for ${what} ${detail()}`)), ms);
    subscriptions.push(api.workspace.onDidChange(check), api.workspace.onDidChangeState(check));
    check();
  });
}

/** The fixture workspace as the other suites expect it: its config file, its two sources. */
function fixtureRestored(api: BackcheckApi) {
  return () => api.backcheck.library.sources.length === 2 && api.workspace.isCurrent && api.workspace.pickedFolder === undefined && api.workspace.settings?.origin.sources === '.backcheckrc.json';
}

/**
 * Makes the folder, then waits until the workspace's file watcher reports a file written in it.
 * VS Code's watcher (parcel, on inotify) misses a folder made inside a folder it has not watched
 * yet, and then reports nothing in it, ever: `mkdir -p generated/sources` and a rewrite of a
 * file in it gave no event in 4 of 10 tries (the same watcher, driven alone). So each level is
 * made and seen before the next; then the burst test cannot be left without events.
 */
async function mkdirWatched(path: string): Promise<void> {
  if (!existsSync(path)) mkdirSync(path);
  const probe = join(path, 'watched.probe');
  const folder = vscode.workspace.workspaceFolders![0];
  // A pattern on the workspace folder, as the extension's own watcher has (sourceWorkspace.ts).
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*.probe'));
  let seen = false;
  const subscriptions = [watcher, watcher.onDidCreate((uri) => void (seen ||= uri.fsPath === probe)), watcher.onDidChange((uri) => void (seen ||= uri.fsPath === probe))];
  try {
    for (let attempt = 0; attempt < 120 && !seen; attempt++) {
      writeFileSync(probe, String(attempt));
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    subscriptions.forEach((s) => s.dispose());
    rmSync(probe, { force: true });
  }
  assert.ok(seen, `the file watcher reported nothing in ${path} for 60 s`);
}

/** Every change of a document's Backcheck diagnostics, with how many sources were loaded then. */
function recordDiagnostics(api: BackcheckApi, uri: vscode.Uri) {
  const changes: Array<{ sources: number; diagnostics: string[] }> = [];
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'backcheck').map((d) => `${d.range.start.line} ${ruleOf(d)}`).sort();
  let last = JSON.stringify(ours());
  // Other extensions (Markdown's link checks) publish for the same file: keep only changes of ours.
  const listener = vscode.languages.onDidChangeDiagnostics((e) => {
    if (!e.uris.some((u) => u.toString() === uri.toString())) return;
    const diagnostics = ours();
    if (JSON.stringify(diagnostics) === last) return;
    last = JSON.stringify(diagnostics);
    changes.push({ sources: api.backcheck.library.sources.length, diagnostics });
  });
  return { changes, dispose: () => listener.dispose() };
}

type OpenDialog = (options?: vscode.OpenDialogOptions) => Thenable<vscode.Uri[] | undefined>;
type Notify = (message: string, ...items: string[]) => Thenable<string | undefined>;

/**
 * Runs `action` with the open dialog answered by `folder` (undefined: cancelled) and information
 * messages caught, answered by `answer`: the options each dialog had, and the messages.
 */
async function pickingFolder<T>(folder: vscode.Uri | undefined, action: () => Thenable<T>, answer?: string) {
  const window = vscode.window as unknown as { showOpenDialog: OpenDialog; showInformationMessage: Notify };
  const { showOpenDialog, showInformationMessage } = window;
  const dialogs: vscode.OpenDialogOptions[] = [];
  const messages: { text: string; items: string[] }[] = [];
  window.showOpenDialog = (options) => {
    dialogs.push(options ?? {});
    return Promise.resolve(folder && [folder]);
  };
  window.showInformationMessage = (text, ...items) => {
    messages.push({ text, items });
    return Promise.resolve(answer);
  };
  try {
    return { result: await action(), dialogs, messages };
  } finally {
    Object.assign(window, { showOpenDialog, showInformationMessage });
  }
}

/** Waits until `check` holds, polling (for editor state that has no event of its own). */
async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('first contact', () => {
  let api: BackcheckApi;
  const root = workspaceUri().fsPath;
  const vscodeDirExisted = existsSync(join(root, '.vscode'));
  const configFile = join(root, '.backcheckrc.json');
  const configText = readFileSync(configFile, 'utf8');

  before(async () => {
    api = await backcheckApi();
  });

  after(async () => {
    // Leave the fixture workspace as it was, whatever failed.
    if (!existsSync(configFile) || readFileSync(configFile, 'utf8') !== configText) writeFileSync(configFile, configText);
    rmSync(join(root, '.backcheckrc.json.off'), { force: true });
    rmSync(join(root, 'README-numbers.md'), { force: true });
    await settings().update('sources', undefined, vscode.ConfigurationTarget.Workspace);
    await settings().update('lintOn', undefined, vscode.ConfigurationTarget.Workspace);
    if (!vscodeDirExisted) rmSync(join(root, '.vscode'), { recursive: true, force: true });
    rmSync(join(root, 'generated'), { recursive: true, force: true });
    await eventually(api, fixtureRestored(api), 'the fixture sources again');
  });

  describe('in a workspace with no sources and no .backcheckrc.json', () => {
    const readme = join(root, 'README-numbers.md');

    before(async () => {
      writeFileSync(readme, '# Tool\n\nNeeds Node 20 and 4 GB of memory. Version 2.3 is 40% faster than 2.2 on 10,000 files.\n');
      renameSync(configFile, `${configFile}.off`);
      await settings().update('sources', 'no-sources-here/**/*.txt', vscode.ConfigurationTarget.Workspace);
      await eventually(api, () => !api.workspace.isBackcheckWorkspace && api.workspace.isCurrent && api.backcheck.library.isEmpty, 'a workspace without sources');
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      renameSync(`${configFile}.off`, configFile);
      await settings().update('sources', undefined, vscode.ConfigurationTarget.Workspace);
      await eventually(api, fixtureRestored(api), 'the fixture sources again');
    });

    it('gives a README full of numbers no diagnostic and shows no status item', async () => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(readme));
      await vscode.window.showTextDocument(doc);
      // A Markdown file opened after it is linted on open, if at all: once that one is through,
      // the README has been through the same path.
      api.diagnostics.lintAll();
      assert.equal(api.diagnostics.isDraft(doc), false);
      assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'backcheck'), []);
      assert.equal(api.status.isVisible, false);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(2, 11));
      assert.ok(!hovers.some((h) => h.contents.some((c) => /Backcheck|source/.test(typeof c === 'string' ? c : c.value))), 'no Backcheck hover');
    });

    it('shows This Draft\'s no-sources welcome, with the configure command, not "open a draft"', async () => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(readme)));
      // The view's message hides its welcome content: none, and no rows, so the welcome shows.
      assert.equal(api.draftView.view?.message, undefined);
      assert.deepEqual(api.draftView.getChildren(), []);
      const welcome = (vscode.extensions.getExtension('backcheck.backcheck')!.packageJSON as { contributes: { viewsWelcome: { view: string; contents: string; when: string }[] } }).contributes.viewsWelcome.find((w) => w.view === 'backcheck.draft');
      assert.equal(welcome?.when, '!backcheck.hasSources');
      assert.match(welcome?.contents ?? '', /^No sources yet — add files to sources\/ or configure backcheck\.sources\.\n\[Configure Sources Location\]\(command:backcheck\.configureSources\)/);
      await vscode.commands.executeCommand('workbench.view.extension.backcheck');
      await screenshot('no-sources-draft-view.png');
    });

    it('says there are no sources, offering to configure them, instead of opening an empty Find Source or Insert Citation', async () => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(readme)));
      for (const command of ['backcheck.findSource', 'backcheck.insertCitation']) {
        const { messages, picks } = await caughtMessages(() => vscode.commands.executeCommand(command));
        assert.deepEqual(picks, [], `${command} opened a quick pick`);
        assert.deepEqual(messages, [{ text: 'Backcheck: no sources yet — add files to sources/ or configure backcheck.sources.', items: ['Configure Sources Location'] }], command);
      }
    });

    it('checks the file against a folder of sources when the writer asks', async () => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(readme));
      await vscode.window.showTextDocument(doc);
      const checked = await vscode.commands.executeCommand<boolean>('backcheck.checkFile', doc.uri, workspaceUri('sources'));
      assert.equal(checked, true);
      const diagnostics = await diagnosticsFor(doc.uri, (d) => d.length > 0);
      assert.ok(diagnostics.every((d) => ruleOf(d) === 'figure-unmatched'), diagnostics.map((d) => d.message).join('; '));
      assert.ok(diagnostics.some((d) => doc.getText(d.range) === '10,000 files' || doc.getText(d.range) === '10,000'));
      assert.equal(api.status.isVisible, true);
    });
  });

  describe('a broken .backcheckrc.json', () => {
    after(async () => {
      writeFileSync(configFile, configText);
      await diagnosticsFor(vscode.Uri.file(configFile), (d) => d.length === 0);
    });

    it('shows one error in Problems on the file, at the line and key', async () => {
      writeFileSync(configFile, '{\n  "sources": ["sources"],\n  "rules": { "figure-unmatched": "loud" }\n}\n');
      const diagnostics = await diagnosticsFor(vscode.Uri.file(configFile), (d) => d.length > 0);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
      assert.equal(diagnostics[0].range.start.line, 2);
      assert.match(diagnostics[0].message, /"rules\.figure-unmatched": rule "figure-unmatched" has severity "loud"/);
    });
  });

  describe('Configure Sources Location', () => {
    const clippings = join(root, 'clippings');
    const outside = join(tmpdir(), `backcheck-outside-${process.pid}`);
    after(async () => {
      writeFileSync(configFile, configText);
      await settings().update('sources', undefined, vscode.ConfigurationTarget.Workspace);
      rmSync(clippings, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
      await eventually(api, fixtureRestored(api), 'the fixture settings');
    });

    it('offers a folder picker at the workspace folder; the folder picked goes, relative, where the sources are set (.backcheckrc.json), and Edit opens it there', async () => {
      await eventually(api, fixtureRestored(api), 'the fixture settings');
      // The log line "loaded 2 sources … from" names this pattern and where it came from.
      assert.equal(api.workspace.describeLocation(), 'sources/**/*.{txt,md,markdown,html,htm,pdf,docx} (from .backcheckrc.json)');
      const cancelled = await pickingFolder(undefined, () => vscode.commands.executeCommand<string>('backcheck.configureSources'));
      assert.equal(cancelled.result, undefined);
      assert.equal(readFileSync(configFile, 'utf8'), configText, 'cancelling the picker changes nothing');
      const dialog = cancelled.dialogs[0];
      assert.deepEqual([dialog?.canSelectFolders, dialog?.canSelectFiles, dialog?.canSelectMany, dialog?.defaultUri?.fsPath], [true, false, false, root]);

      mkdirSync(clippings, { recursive: true });
      writeFileSync(join(clippings, 'ferry_notice.txt'), 'The ferry made 31 crossings on Monday.\n');
      const picked = await pickingFolder(vscode.Uri.file(clippings), () => vscode.commands.executeCommand<string>('backcheck.configureSources'), 'Edit Sources Location');
      assert.equal(picked.result, 'config-file');
      assert.deepEqual(JSON.parse(readFileSync(configFile, 'utf8')).sources, ['clippings']);
      assert.deepEqual(picked.messages, [{ text: 'Backcheck: sources now come from clippings.', items: ['Edit Sources Location'] }]);
      await eventually(api, () => api.backcheck.library.sources.map((s) => s.key).join() === 'ferry_notice', 'the source in clippings/');
      assert.equal(api.workspace.describeLocation(), 'clippings/**/*.{txt,md,markdown,html,htm,pdf,docx} (from .backcheckrc.json)');
      // "Edit Sources Location" opens the file at its "sources", for a pattern typed by hand.
      await until(() => vscode.window.activeTextEditor?.document.uri.fsPath === configFile, 'the config file opened');
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.lineAt(editor.selection.active.line).text.includes('"sources"'), true);
      // The change was an edit of the file, as a quick fix is of a draft: Undo takes it back.
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), configText, 'undo restores the config file as it was');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('writes a folder outside the workspace as its absolute path, into the workspace setting when that sets the sources, and reads the sources there', async () => {
      await settings().update('sources', 'sources', vscode.ConfigurationTarget.Workspace);
      await eventually(api, () => api.workspace.settings?.origin.sources === 'workspace setting' && api.workspace.isCurrent, 'the workspace setting in force');
      mkdirSync(outside, { recursive: true });
      writeFileSync(join(outside, 'outside_report.txt'), 'Inspectors checked 212 cranes.\n');
      const picked = await pickingFolder(vscode.Uri.file(outside), () => vscode.commands.executeCommand<string>('backcheck.configureSources'));
      assert.equal(picked.result, 'workspace-settings');
      assert.equal(settings().inspect<string>('sources')?.workspaceValue, outside);
      await eventually(api, () => api.backcheck.library.sources.map((s) => s.key).join() === 'outside_report', 'the source outside the workspace');
      // The workspace folder itself: a pattern for all of it, and a message that its drafts are sources now.
      const whole = await pickingFolder(vscode.Uri.file(root), () => vscode.commands.executeCommand<string>('backcheck.configureSources'));
      assert.equal(settings().inspect<string>('sources')?.workspaceValue, '**/*.{txt,md,markdown,html,htm,pdf,docx}');
      assert.deepEqual(whole.messages.map((m) => m.text), ['Backcheck: sources now come from the whole workspace (**/*.{txt,md,markdown,html,htm,pdf,docx}): its Markdown files are sources now, not drafts.']);
    });
  });

  describe('diagnostics', () => {
    it('link to the rule\'s documentation and carry the source passage, which opens at it', async () => {
      const uri = workspaceUri('draft.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const [diagnostic] = await diagnosticsFor(uri, (d) => d.some((x) => ruleOf(x) === 'figure-unmatched'));
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.equal(code.value, 'figure-unmatched');
      assert.match(code.target.toString(), /docs\/rules\.md#figure-unmatched$/);
      const related = diagnostic.relatedInformation ?? [];
      assert.ok(related.length > 0, 'related information');
      const { location } = related[0];
      assert.match(location.uri.fsPath, /sources[\\/](en_port_fire|de_hafenbrand)\.txt$/);
      // Opened the way the Problems panel opens it: the passage is selected.
      const editor = await vscode.window.showTextDocument(location.uri, { selection: location.range });
      assert.match(editor.document.getText(editor.selection), /14[.,]5 (million euros|Millionen Euro)/);
      assert.equal(editor.selection.start.line, location.range.start.line);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });

  describe('Lint Workspace with an unsaved draft open', () => {
    // Linting on save only, and no auto-save (the browser VS Code saves after a delay by
    // default), so that only Lint Workspace can lint the edit.
    before(async () => {
      await settings().update('lintOn', 'save', vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    });
    after(async () => {
      await settings().update('lintOn', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    });

    const path = join(root, 'unsaved-draft.md');
    after(() => rmSync(path, { force: true }));

    it('lints the open document\'s text, not the file on disk', async () => {
      writeFileSync(path, 'The fire burned for 19 hours [@en_port_fire, para. 1].\n');
      const uri = vscode.Uri.file(path);
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'They used 999 hoses.\n'));
      const linted = await vscode.commands.executeCommand<number>('backcheck.lintWorkspace');
      assert.ok(linted >= 2, `linted ${linted} drafts`);
      const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'backcheck');
      assert.ok(diagnostics.some((d) => editor.document.getText(d.range) === '999'), diagnostics.map((d) => d.message).join('; '));
      assert.equal(readFileSync(path, 'utf8'), 'The fire burned for 19 hours [@en_port_fire, para. 1].\n', 'the file on disk is untouched');
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  });

  describe(`a workspace of ${SOURCES.toLocaleString('en-US')} sources`, function () {
    this.timeout(180_000);
    const dir = join(root, 'generated');
    const draftPath = join(dir, 'draft.md');
    const expected = ['1 figure-unmatched', '2 citation-locator-out-of-range'];

    before(async () => {
      await mkdirWatched(dir);
      await mkdirWatched(join(dir, 'sources'));
      for (let i = 0; i < SOURCES; i++) {
        const key = `gen_${String(i).padStart(4, '0')}`;
        writeFileSync(join(dir, 'sources', `${key}.txt`), `Crews counted ${(1000 + i).toLocaleString('en-US')} boats on the river.\nThe weir held for ${i % 50 + 2} hours.\n`);
      }
      writeFileSync(draftPath, [
        'Crews counted 1,000 boats on the river [@gen_0000, para. 1].',
        'Later they counted 77,777 boats [@gen_0999, para. 1].',
        'The weir held for 2 hours [@gen_0500, para. 9].',
        '',
      ].join('\n'));
    });

    it('publishes no diagnostic before the sources are loaded, then exactly the right ones', async () => {
      const uri = vscode.Uri.file(draftPath);
      const statuses: string[] = [];
      const states = api.workspace.onDidChangeState(() => statuses.push(api.status.text));
      const loading = eventually(api, () => api.workspace.state.kind === 'loading' && !api.workspace.isCurrent, 'the load to start', 15_000);
      await settings().update('sources', 'generated/sources/**/*.txt', vscode.ConfigurationTarget.Workspace);
      await loading;
      const record = recordDiagnostics(api, uri);
      try {
        const doc = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(doc);
        // A hover asked while the sources load says so, rather than "no source has this key".
        const loadingBefore = !api.workspace.isCurrent;
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(doc.getText().indexOf('gen_0999') + 2));
        const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
        if (loadingBefore && !api.workspace.isCurrent) assert.match(hoverText, /Backcheck: (loading [\d,]+ of 1,000 sources|looking for sources)…/);
        assert.doesNotMatch(hoverText, /no source has this key/);
        await diagnosticsFor(uri, (d) => d.length > 0, 120_000);
        assert.equal(api.backcheck.library.sources.length, SOURCES);
        // The workspace setting wins over "sources" in .backcheckrc.json, and the log says so.
        assert.equal(api.workspace.describeLocation(), 'generated/sources/**/*.txt (from workspace setting)');
        assert.ok(record.changes.length > 0);
        for (const change of record.changes) {
          assert.equal(change.sources, SOURCES, `nothing published before every source is loaded: ${JSON.stringify(record.changes)}`);
          assert.deepEqual(change.diagnostics, expected);
        }
        assert.ok(statuses.some((s) => /Backcheck: loading [\d,]+ of 1,000 sources/.test(s)), statuses.join(' | '));
        assert.match(api.status.text, /Backcheck: \d+ figures, 1 unmatched/);
      } finally {
        record.dispose();
        states.dispose();
      }
    });

    it('shows a load once: VS Code\'s progress on the Sources view, not a second count in the status bar', async () => {
      const window = vscode.window as unknown as { withProgress: typeof vscode.window.withProgress };
      const { withProgress } = window;
      const locations: unknown[] = [];
      window.withProgress = (options, task) => {
        locations.push(options.location);
        return withProgress(options, task);
      };
      const statuses: string[] = [];
      const states = api.workspace.onDidChangeState(() => statuses.push(api.status.text));
      try {
        await vscode.commands.executeCommand('workbench.view.extension.backcheck');
        await vscode.commands.executeCommand('backcheck.refreshSources');
      } finally {
        window.withProgress = withProgress;
        states.dispose();
      }
      assert.deepEqual(locations, [{ viewId: 'backcheck.sources' }]);
      // A refresh keeps the library in use, so the item keeps the draft's count; a first load
      // counts the sources there instead (the test before), and only there.
      assert.ok(statuses.length > 0 && statuses.every((s) => /Backcheck: \d+ figures, 1 unmatched/.test(s)), statuses.join(' | '));
    });

    it('keeps the library and the diagnostics across Refresh Sources: no moment without sources', async () => {
      const uri = vscode.Uri.file(draftPath);
      const record = recordDiagnostics(api, uri);
      const sizes: number[] = [];
      const states = api.workspace.onDidChangeState(() => sizes.push(api.backcheck.library.sources.length));
      try {
        const before = api.workspace.updates;
        await vscode.commands.executeCommand('backcheck.refreshSources');
        assert.equal(api.workspace.updates, before + 1);
        assert.ok(sizes.length > 2, 'the refresh reported its progress');
        assert.ok(sizes.every((n) => n === SOURCES), `library sizes during the refresh: ${[...new Set(sizes)].join(', ')}`);
        // Any change published meanwhile is the right set (VS Code may publish none for an equal one).
        for (const change of record.changes) assert.deepEqual(change.diagnostics, expected);
        assert.deepEqual(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'backcheck').map((d) => `${d.range.start.line} ${ruleOf(d)}`).sort(), expected);
      } finally {
        record.dispose();
        states.dispose();
      }
    });

    it('coalesces 1,000 changed source files into one update and one lint of the open draft', async () => {
      const uri = vscode.Uri.file(draftPath);
      let lints = 0;
      const linted = api.diagnostics.onDidLint((doc) => {
        if (doc?.uri.toString() === uri.toString()) lints++;
      });
      try {
        // The folder is watched (mkdirWatched); still, the extension's own watcher is made after
        // the load: rewrite one source (same text) until its event arrives, and let that settle.
        const probe = join(dir, 'sources', 'gen_0001.txt');
        const probeText = readFileSync(probe, 'utf8');
        const probeEvents = api.workspace.eventsSeen;
        for (let attempt = 0; attempt < 20 && api.workspace.eventsSeen === probeEvents; attempt++) {
          writeFileSync(probe, probeText);
          await new Promise((r) => setTimeout(r, 2000));
        }
        assert.ok(api.workspace.eventsSeen > probeEvents, 'the extension\'s file watcher delivered no event in 40 s');
        await new Promise((r) => setTimeout(r, 1000));
        await api.workspace.settled();
        lints = 0;
        const before = api.workspace.updates;
        const eventsBefore = api.workspace.eventsSeen;
        for (let i = 0; i < SOURCES; i++) {
          const key = `gen_${String(i).padStart(4, '0')}`;
          writeFileSync(join(dir, 'sources', `${key}.txt`), `Crews counted ${(1000 + i).toLocaleString('en-US')} boats on the river.\nThe weir held for ${i % 50 + 2} hours.\nThe river fell again.\n`);
        }
        const paragraphs = (key: string) => api.backcheck.library.byKey(key)?.paragraphs.length;
        await eventually(api, () => paragraphs('gen_0999') === 3 && paragraphs('gen_0000') === 3, 'the changed sources', 60_000, () => `(watcher events: ${api.workspace.eventsSeen - eventsBefore}; updates: ${api.workspace.updateSizes.slice(before).join(', ')}; gen_0000 has ${paragraphs('gen_0000')} paragraphs, gen_0999 ${paragraphs('gen_0999')})`);
        // Asserting that nothing more comes: give a straggling second update the time to show.
        await new Promise((r) => setTimeout(r, 1000));
        assert.equal(api.workspace.updates, before + 1, `one coalesced update; files per update: ${api.workspace.updateSizes.slice(before).join(', ')}`);
        assert.equal(lints, 1, 'one lint of the open draft');
        assert.equal(api.backcheck.library.sources.length, SOURCES);
      } finally {
        linted.dispose();
      }
    });

    it('lets the later load win when the sources location changes during a refresh', async () => {
      const sizes: number[] = [];
      const changes = api.workspace.onDidChange(() => sizes.push(api.backcheck.library.sources.length));
      try {
        const refresh = vscode.commands.executeCommand('backcheck.refreshSources');
        await settings().update('sources', undefined, vscode.ConfigurationTarget.Workspace);
        await refresh;
        await eventually(api, fixtureRestored(api), 'the fixture sources', 60_000);
        await api.workspace.settled();
        assert.equal(api.backcheck.library.sources.length, 2, 'the stale load of 1,000 sources was dropped');
        assert.equal(sizes[sizes.length - 1], 2);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      } finally {
        changes.dispose();
      }
    });
  });
});
