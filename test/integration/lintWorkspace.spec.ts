import assert from 'node:assert/strict';

import * as vscode from 'vscode';

import { backcheckApi } from './helpers';

type Notify = (message: string, ...items: string[]) => Thenable<string | undefined>;

/**
 * Runs `action` with the information messages it shows caught, not shown. The test gets the same
 * `vscode` API object as the extension under test, so replacing the function catches its calls.
 */
async function caughtMessages<T>(action: () => Thenable<T>): Promise<{ result: T; messages: { text: string; items: string[] }[] }> {
  const window = vscode.window as unknown as { showInformationMessage: Notify };
  const original = window.showInformationMessage;
  const messages: { text: string; items: string[] }[] = [];
  window.showInformationMessage = (text, ...items) => {
    messages.push({ text, items });
    return Promise.resolve(undefined);
  };
  try {
    return { result: await action(), messages };
  } finally {
    window.showInformationMessage = original;
  }
}

/** Backcheck's diagnostics on the workspace's files, by severity. */
function workspaceCounts(): { errors: number; warnings: number } {
  const folder = vscode.workspace.workspaceFolders![0].uri.toString();
  const diagnostics = vscode.languages.getDiagnostics().filter(([uri]) => uri.toString().startsWith(folder)).flatMap(([, d]) => d.filter((x) => x.source === 'backcheck'));
  const count = (severity: vscode.DiagnosticSeverity) => diagnostics.filter((d) => d.severity === severity).length;
  return { errors: count(vscode.DiagnosticSeverity.Error), warnings: count(vscode.DiagnosticSeverity.Warning) };
}

describe('Lint Workspace', () => {
  it('says when done how many drafts it checked and how many errors and warnings they have', async () => {
    await backcheckApi();
    const { result: linted, messages } = await caughtMessages(() => vscode.commands.executeCommand<number>('backcheck.lintWorkspace'));
    const { errors, warnings } = workspaceCounts();
    assert.ok(linted >= 1 && warnings >= 1, `linted ${linted} drafts, ${warnings} warnings (draft.md has one)`);
    const counted = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    assert.deepEqual(messages, [{ text: `Backcheck: checked ${counted(linted, 'draft')}: ${counted(errors, 'error')}, ${counted(warnings, 'warning')}.`, items: ['Show Problems'] }]);
  });
});
