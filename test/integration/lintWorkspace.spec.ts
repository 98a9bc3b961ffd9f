import assert from 'node:assert/strict';

import * as vscode from 'vscode';

import { backcheckApi, caughtMessages } from './helpers';

/**
 * Backcheck's diagnostics on the drafts Lint Workspace checks, by severity: other tests leave
 * diagnostics on documents they opened that are no drafts of the workspace (nested folders with
 * settings of their own), which the summary rightly does not count.
 */
async function draftCounts(api: Awaited<ReturnType<typeof backcheckApi>>): Promise<{ errors: number; warnings: number }> {
  const settings = api.workspace.settings!;
  const drafts = (await vscode.workspace.findFiles(new vscode.RelativePattern(settings.folder!, settings.draftsGlob), '**/node_modules/**')).filter((uri) => api.diagnostics.isDraftUri(uri));
  const diagnostics = drafts.flatMap((uri) => vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'backcheck'));
  const count = (severity: vscode.DiagnosticSeverity) => diagnostics.filter((d) => d.severity === severity).length;
  return { errors: count(vscode.DiagnosticSeverity.Error), warnings: count(vscode.DiagnosticSeverity.Warning) };
}

describe('Lint Workspace', () => {
  it('says when done how many drafts it checked and how many errors and warnings they have', async () => {
    const api = await backcheckApi();
    const { result: linted, messages } = await caughtMessages(() => vscode.commands.executeCommand<number>('backcheck.lintWorkspace'));
    const { errors, warnings } = await draftCounts(api);
    assert.ok(linted >= 1 && warnings >= 1, `linted ${linted} drafts, ${warnings} warnings (draft.md has one)`);
    const counted = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    assert.deepEqual(messages, [{ text: `Backcheck: checked ${counted(linted, 'draft')}: ${counted(errors, 'error')}, ${counted(warnings, 'warning')}.`, items: ['Show Problems'] }]);
  });
});
