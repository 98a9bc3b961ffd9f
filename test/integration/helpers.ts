import * as vscode from 'vscode';

import type { BackcheckApi } from '../../src/extension/extension';

/** The running extension's API, once its sources have loaded. */
export async function backcheckApi(): Promise<BackcheckApi> {
  const extension = vscode.extensions.getExtension<BackcheckApi>('backcheck.backcheck');
  if (!extension) throw new Error('extension backcheck.backcheck is not installed in this VS Code');
  const api = await extension.activate();
  await api.ready;
  return api;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/**
 * Resolves with the document's Backcheck diagnostics once `accept` is satisfied, waiting on
 * onDidChangeDiagnostics rather than sleeping; rejects after `ms`.
 */
export function diagnosticsFor(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, ms = 15_000): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'backcheck');
  return new Promise((done, fail) => {
    if (accept(current())) return done(current());
    const timer = setTimeout(() => {
      listener.dispose();
      fail(new Error(`diagnostics for ${uri.fsPath} not as expected within ${ms} ms: ${JSON.stringify(current().map((d) => d.message))}`));
    }, ms);
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      if (accept(current())) {
        clearTimeout(timer);
        listener.dispose();
        done(current());
      }
    });
  });
}

let untitledCount = 0;

/**
 * A new untitled Markdown draft with its own name, shown in an editor. Unique names keep one
 * test's diagnostics from landing on the next test's "Untitled-1".
 */
export async function untitledDraft(content: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.parse(`untitled:/backcheck-test-${process.pid}-${++untitledCount}.md`);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  if (content) await editor.edit((e) => e.insert(new vscode.Position(0, 0), content));
  if (doc.languageId !== 'markdown') await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
  return editor;
}

/** A Backcheck diagnostic's rule id: its `code` is the id with a link to the rule's documentation. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

type Notify = (message: string, ...items: string[]) => Thenable<string | undefined>;
type Pick = (items: unknown, options?: vscode.QuickPickOptions) => Thenable<undefined>;

/**
 * Runs `action` with the information messages and quick picks it shows caught, not shown (a quick
 * pick as its placeholder). The test gets the same `vscode` API object as the extension under
 * test, so replacing the functions catches its calls.
 */
export async function caughtMessages<T>(action: () => Thenable<T>): Promise<{ result: T; messages: { text: string; items: string[] }[]; picks: string[] }> {
  const window = vscode.window as unknown as { showInformationMessage: Notify; showQuickPick: Pick };
  const { showInformationMessage, showQuickPick } = window;
  const messages: { text: string; items: string[] }[] = [];
  const picks: string[] = [];
  window.showInformationMessage = (text, ...items) => {
    messages.push({ text, items });
    return Promise.resolve(undefined);
  };
  window.showQuickPick = (_items, options) => {
    picks.push(options?.placeHolder ?? '');
    return Promise.resolve(undefined);
  };
  try {
    return { result: await action(), messages, picks };
  } finally {
    Object.assign(window, { showInformationMessage, showQuickPick });
  }
}
