import * as vscode from 'vscode';

import { Backcheck } from '../core/service';
import { applyFix } from './applyFix';
import { BackcheckCodeActions } from './codeActions';
import { configureSources } from './configureSources';
import { CITATION_COMPLETED, CitationCompletionProvider } from './completion';
import { DraftDiagnostics } from './draftDiagnostics';
import { DraftFiguresView } from './draftView';
import { BackcheckHoverProvider } from './hover';
import { findSource } from './findSource';
import { insertCitation } from './insertCitation';
import { lintWorkspace } from './lintWorkspace';
import { EXTRACTED_TEXT_SCHEME, ExtractedTextProvider, openSource } from './openSource';
import { SourcesTree, type SourcesNode } from './sourcesTree';
import { loadingText, SourceWorkspace } from './sourceWorkspace';
import { ProjectSettingsReader } from './projectSettings';
import { CONFIG_FILE } from '../node/config';
import { HOST_KIND, readSource, sourceLoaderFor } from './host';
import { sourceUri } from './sourceUri';
import { DraftStatus } from './statusBar';
import { TypingCitations } from './typingCitation';
import { citedOnce, sourcesShownOnce } from './walkthroughProgress';

/** What `activate` returns, so tests inside VS Code can look at the live state. */
export interface BackcheckApi {
  backcheck: Backcheck;
  sourcesTree: SourcesTree;
  draftView: DraftFiguresView;
  status: DraftStatus;
  workspace: SourceWorkspace;
  diagnostics: DraftDiagnostics;
  ready: Promise<void>;
  /** The extension host it runs in: Node (desktop, remote) or the browser's web worker. */
  host: 'node' | 'web';
}

/**
 * Markdown on disk, untitled, and on the workspace's own file system when that is another (VS Code
 * for the Web: `vscode-vfs`, `vscode-remote`); not diff views or other schemes.
 */
const MARKDOWN: vscode.DocumentSelector = [...new Set(['file', 'untitled', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)])].map((scheme) => ({ language: 'markdown', scheme }));

/** The parts of the extension that its commands, views and providers share. */
interface Parts {
  log: vscode.LogOutputChannel;
  backcheck: Backcheck;
  settingsReader: ProjectSettingsReader;
  workspace: SourceWorkspace;
  tree: SourcesTree;
  treeView: vscode.TreeView<SourcesNode>;
  diagnostics: DraftDiagnostics;
  status: DraftStatus;
  draftView: DraftFiguresView;
}

export function activate(context: vscode.ExtensionContext): BackcheckApi {
  const parts = createParts(context);
  const { log, backcheck, workspace, tree, diagnostics, status, draftView } = parts;
  const updateStatus = () => showStatus(parts);
  context.subscriptions.push(
    log,
    parts.settingsReader,
    workspace,
    diagnostics,
    status,
    parts.treeView,
    draftView.view!,
    new TypingCitations(diagnostics),
    parts.treeView.onDidChangeVisibility((e) => e.visible && backcheck.library.sources.length > 0 && sourcesShownOnce()),
    workspace.onDidChange(() => {
      tree.refresh();
      void vscode.commands.executeCommand('setContext', 'backcheck.hasSources', !backcheck.library.isEmpty);
      diagnostics.lintAll();
      updateStatus();
    }),
    workspace.onDidChangeState(updateStatus),
    diagnostics.onDidLint(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    ...registerCommands(parts),
    ...registerLanguageFeatures(parts),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('backcheck.sources') || e.affectsConfiguration('backcheck.drafts') || e.affectsConfiguration('backcheck.rules')) void workspace.reconfigure();
      else if (e.affectsConfiguration('backcheck')) {
        tree.refresh();
        diagnostics.lintAll();
      }
    }),
    watchConfigFile(() => void workspace.reconfigure()),
  );

  const ready = workspace.loadAll().catch((error: Error) => log.error(`loading sources failed: ${error.message}`));
  return { backcheck, sourcesTree: tree, draftView, status, workspace, diagnostics, ready, host: HOST_KIND };
}

/** The service, the source workspace with its loader, the views and the diagnostics, wired to each other. */
function createParts(context: vscode.ExtensionContext): Parts {
  const log = vscode.window.createOutputChannel('Backcheck', { log: true });
  const backcheck = new Backcheck();
  const settingsReader = new ProjectSettingsReader(log);
  const loader = sourceLoaderFor(context);
  const workspace = new SourceWorkspace(backcheck, settingsReader, log, readSource, loader);
  const tree = new SourcesTree(backcheck);
  const diagnostics = new DraftDiagnostics(backcheck, workspace);
  diagnostics.analyzeElsewhere = loader.analyze?.bind(loader);
  workspace.prepareDrafts = () => diagnostics.prepareOpenDrafts();
  const treeView = vscode.window.createTreeView('backcheck.sources', { treeDataProvider: tree, showCollapseAll: true, dragAndDropController: tree });
  const draftView = new DraftFiguresView(backcheck, (doc) => diagnostics.findingsFor(doc), () => diagnostics.draftOptions(), () => workspace.state.kind === 'ready' && backcheck.library.isEmpty);
  draftView.view = vscode.window.createTreeView('backcheck.draft', { treeDataProvider: draftView });
  return { log, backcheck, settingsReader, workspace, tree, treeView, diagnostics, status: new DraftStatus(), draftView };
}

/** The status item and This Draft for the active editor, or the load's progress while sources load. */
function showStatus({ workspace, diagnostics, status, draftView }: Parts): void {
  const doc = vscode.window.activeTextEditor?.document;
  const state = workspace.state;
  // While sources load in a Backcheck workspace, say so, whatever the active editor holds.
  if (state.kind === 'loading' && !workspace.isCurrent && (state.total > 0 || workspace.settings?.hasConfigFile)) {
    draftView.update(undefined);
    return status.showLoading(loadingText(state));
  }
  if (!doc || !diagnostics.isDraft(doc)) {
    draftView.update(undefined);
    return status.hide();
  }
  draftView.update(doc);
  status.show(draftView.figureCount, diagnostics.findingsFor(doc));
}

function registerCommands({ backcheck, workspace, tree, diagnostics }: Parts): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('backcheck.refreshSources', () => workspace.loadAll()),
    vscode.commands.registerCommand('backcheck.checkFile', (uri?: vscode.Uri, sourcesFolder?: vscode.Uri) => checkFile(workspace, diagnostics, uri, sourcesFolder)),
    vscode.commands.registerCommand('backcheck.openSource', (key: string, paragraph?: number) => openSource(backcheck, key, paragraph)),
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_TEXT_SCHEME, new ExtractedTextProvider(backcheck)),
    vscode.commands.registerCommand('backcheck.insertCitation', (node?: SourcesNode) => insertCitation(backcheck, node ? tree.citationTarget(node) : undefined)),
    vscode.commands.registerCommand('backcheck.copyKey', async (node?: SourcesNode) => {
      const target = node && tree.citationTarget(node);
      if (target) await vscode.env.clipboard.writeText(target.key);
    }),
    vscode.commands.registerCommand('backcheck.revealSource', (node?: SourcesNode) => {
      const path = node && tree.pathOf(node);
      if (path) return vscode.commands.executeCommand('revealInExplorer', sourceUri(path));
    }),
    vscode.commands.registerCommand('backcheck.findSource', () => findSource(backcheck)),
    vscode.commands.registerCommand('backcheck.lintWorkspace', () => lintWorkspace(workspace, diagnostics)),
    vscode.commands.registerCommand('backcheck.configureSources', (folder?: vscode.Uri) => configureSources(workspace, folder instanceof vscode.Uri ? folder : undefined)),
    vscode.commands.registerCommand('backcheck.applyFix', applyFix),
    vscode.commands.registerCommand(CITATION_COMPLETED, citedOnce),
  ];
}

/** Hovers, completion and code actions, only in drafts. */
function registerLanguageFeatures({ backcheck, workspace, diagnostics }: Parts): vscode.Disposable[] {
  const hover = new BackcheckHoverProvider(backcheck, diagnostics);
  const completion = new CitationCompletionProvider(backcheck);
  return [
    // While the library is not ready, hovers say so instead of "no source has this key".
    vscode.languages.registerHoverProvider(MARKDOWN, {
      provideHover(document, position) {
        if (!diagnostics.isDraft(document)) return undefined;
        if (!workspace.isCurrent && workspace.state.kind === 'loading') return new vscode.Hover(vscode.l10n.t('Backcheck: {0}…', loadingText(workspace.state)));
        return hover.provideHover(document, position);
      },
    }),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, {
      provideCompletionItems(document, position) {
        return diagnostics.isDraft(document) ? completion.provideCompletionItems(document, position) : undefined;
      },
      resolveCompletionItem: (item) => completion.resolveCompletionItem(item),
    }, '@'),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new BackcheckCodeActions(backcheck, diagnostics), { providedCodeActionKinds: BackcheckCodeActions.kinds }),
  ];
}

/** `.backcheckrc.json` created, changed or deleted: read the settings and the sources again. */
function watchConfigFile(reload: () => void): vscode.Disposable {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return new vscode.Disposable(() => undefined);
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CONFIG_FILE));
  const subscriptions = [watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload)];
  return new vscode.Disposable(() => subscriptions.forEach((s) => s.dispose()));
}

/**
 * "Check This File Against Sources…": lints a Markdown file that is no draft of a Backcheck
 * workspace, for a writer who wants it anyway. Without sources, asks for their folder first.
 */
async function checkFile(workspace: SourceWorkspace, diagnostics: DraftDiagnostics, uri?: vscode.Uri, sourcesFolder?: vscode.Uri): Promise<boolean> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Backcheck: open a Markdown file to check it against sources.'));
    return false;
  }
  await workspace.settled();
  if (!workspace.isBackcheckWorkspace && !workspace.pickedFolder) {
    const folder = sourcesFolder ?? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Use These Sources'), title: vscode.l10n.t('Backcheck: the folder of sources to check this file against') }))?.[0];
    if (!folder) return false;
    workspace.pickedFolder = folder;
    await workspace.loadAll();
  }
  diagnostics.request(document);
  return true;
}
export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
