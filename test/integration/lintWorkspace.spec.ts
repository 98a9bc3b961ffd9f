import assert from 'node:assert/strict';

import * as vscode from 'vscode';

import { backcheckApi, caughtMessages } from './helpers';

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
