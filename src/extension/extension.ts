import * as vscode from 'vscode';

import { Backcheck } from '../core/service';
import { DraftDiagnostics } from './draftDiagnostics';
import { BackcheckHoverProvider } from './hover';
import { openSource } from './openSource';
import { SourcesTree } from './sourcesTree';
import { SourceWorkspace } from './sourceWorkspace';

/** What `activate` returns, so tests inside VS Code can look at the live state. */
export interface BackcheckApi {
  backcheck: Backcheck;
  sourcesTree: SourcesTree;
  ready: Promise<void>;
}

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown', scheme: 'file' }, { language: 'markdown', scheme: 'untitled' }];

export function activate(context: vscode.ExtensionContext): BackcheckApi {
  const log = vscode.window.createOutputChannel('Backcheck', { log: true });
  const backcheck = new Backcheck();
  const workspace = new SourceWorkspace(backcheck, log);
  const tree = new SourcesTree(backcheck);
  const isSource = (uri: vscode.Uri) => backcheck.library.sources.some((s) => s.path === uri.fsPath);
  const diagnostics = new DraftDiagnostics(backcheck, isSource);

  context.subscriptions.push(
    log,
    workspace,
    diagnostics,
    vscode.window.registerTreeDataProvider('backcheck.sources', tree),
    workspace.onDidChange(() => {
      tree.refresh();
      diagnostics.lintAll();
    }),
    vscode.commands.registerCommand('backcheck.refreshSources', () => workspace.loadAll()),
    vscode.commands.registerCommand('backcheck.openSource', (key: string, paragraph?: number) => openSource(backcheck, key, paragraph)),
    vscode.languages.registerHoverProvider(MARKDOWN, new BackcheckHoverProvider(backcheck)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('backcheck.sources')) void workspace.loadAll();
    }),
  );

  const ready = workspace.loadAll().catch((error: Error) => log.error(`loading sources failed: ${error.message}`));
  return { backcheck, sourcesTree: tree, ready };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
