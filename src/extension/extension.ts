import * as vscode from 'vscode';

import { Backcheck } from '../core/service';
import { applyFix } from './applyFix';
import { BackcheckCodeActions } from './codeActions';
import { CITATION_COMPLETED, CitationCompletionProvider } from './completion';
import { DraftDiagnostics } from './draftDiagnostics';
import { DraftFiguresView } from './draftView';
import { BackcheckHoverProvider } from './hover';
import { findSource } from './findSource';
import { insertCitation } from './insertCitation';
import { lintWorkspace } from './lintWorkspace';
import { EXTRACTED_TEXT_SCHEME, ExtractedTextProvider, openSource } from './openSource';
import { SourcesTree, type SourcesNode } from './sourcesTree';
import { SourceWorkspace } from './sourceWorkspace';
import { DraftStatus } from './statusBar';
import { TypingCitations } from './typingCitation';
import { citedOnce, sourcesShownOnce } from './walkthroughProgress';

/** What `activate` returns, so tests inside VS Code can look at the live state. */
export interface BackcheckApi {
  backcheck: Backcheck;
  sourcesTree: SourcesTree;
  draftView: DraftFiguresView;
  status: DraftStatus;
  ready: Promise<void>;
}

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown', scheme: 'file' }, { language: 'markdown', scheme: 'untitled' }];

export function activate(context: vscode.ExtensionContext): BackcheckApi {
  const log = vscode.window.createOutputChannel('Backcheck', { log: true });
  const backcheck = new Backcheck();
  const workspace = new SourceWorkspace(backcheck, log);
  const tree = new SourcesTree(backcheck);
  const isSource = (uri: vscode.Uri) => backcheck.library.sources.some((s) => s.path === uri.fsPath) || backcheck.library.unreadable.some((u) => u.path === uri.fsPath);
  const diagnostics = new DraftDiagnostics(backcheck, isSource);
  const status = new DraftStatus();
  const treeView = vscode.window.createTreeView('backcheck.sources', { treeDataProvider: tree, showCollapseAll: true, dragAndDropController: tree });
  const draftView = new DraftFiguresView(backcheck, (doc) => diagnostics.findingsFor(doc));
  draftView.view = vscode.window.createTreeView('backcheck.draft', { treeDataProvider: draftView });

  const updateStatus = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !diagnostics.isDraft(doc)) {
      draftView.update(undefined);
      return status.hide();
    }
    draftView.update(doc);
    status.show(backcheck.analyze(doc.getText()).figures.length, diagnostics.findingsFor(doc));
  };

  context.subscriptions.push(
    log,
    workspace,
    diagnostics,
    status,
    treeView,
    draftView.view,
    new TypingCitations(diagnostics),
    treeView.onDidChangeVisibility((e) => e.visible && backcheck.library.sources.length > 0 && sourcesShownOnce()),
    workspace.onDidChange(() => {
      diagnostics.configSeverities = workspace.configSeverities;
      tree.refresh();
      void vscode.commands.executeCommand('setContext', 'backcheck.hasSources', backcheck.library.sources.length + backcheck.library.unreadable.length > 0);
      diagnostics.lintAll();
    }),
    diagnostics.onDidLint(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.commands.registerCommand('backcheck.refreshSources', () => workspace.loadAll()),
    vscode.commands.registerCommand('backcheck.openSource', (key: string, paragraph?: number) => openSource(backcheck, key, paragraph)),
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_TEXT_SCHEME, new ExtractedTextProvider(backcheck)),
    vscode.commands.registerCommand('backcheck.insertCitation', (node?: SourcesNode) => insertCitation(backcheck, node ? tree.citationTarget(node) : undefined)),
    vscode.commands.registerCommand('backcheck.copyKey', async (node?: SourcesNode) => {
      const target = node && tree.citationTarget(node);
      if (target) await vscode.env.clipboard.writeText(target.key);
    }),
    vscode.commands.registerCommand('backcheck.revealSource', (node?: SourcesNode) => {
      const path = node && tree.pathOf(node);
      if (path) return vscode.commands.executeCommand('revealInExplorer', vscode.Uri.file(path));
    }),
    vscode.commands.registerCommand('backcheck.findSource', () => findSource(backcheck)),
    vscode.commands.registerCommand('backcheck.lintWorkspace', () => lintWorkspace(backcheck, diagnostics, isSource)),
    vscode.commands.registerCommand('backcheck.configureSources', () => vscode.commands.executeCommand('workbench.action.openSettings', 'backcheck.sources')),
    vscode.languages.registerHoverProvider(MARKDOWN, new BackcheckHoverProvider(backcheck, diagnostics)),
    vscode.commands.registerCommand('backcheck.applyFix', applyFix),
    vscode.commands.registerCommand(CITATION_COMPLETED, citedOnce),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new CitationCompletionProvider(backcheck), '@'),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new BackcheckCodeActions(backcheck, diagnostics), { providedCodeActionKinds: BackcheckCodeActions.kinds }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('backcheck.sources')) void workspace.loadAll();
      else if (e.affectsConfiguration('backcheck')) {
        tree.refresh();
        diagnostics.lintAll();
      }
    }),
  );

  const ready = workspace.loadAll().catch((error: Error) => log.error(`loading sources failed: ${error.message}`));
  return { backcheck, sourcesTree: tree, draftView, status, ready };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
