import * as vscode from 'vscode';

import { sourceDate } from '../core/features/sourceDate';
import { renderReason } from '../core/messages/reasons';
import type { Backcheck } from '../core/service';
import { locatorOf } from '../core/sources/locate';
import type { Paragraph, Source, UnreadableSource } from '../core/sources/source';
import type { Figure } from '../core/types';
import { packFor } from '../core/figures/lang';
import { translate } from './localize';

export type SourcesNode =
  | { kind: 'group'; label: string; sources: Source[] }
  | { kind: 'source'; source: Source }
  | { kind: 'paragraph'; source: Source; paragraph: Paragraph }
  | { kind: 'figure'; source: Source; paragraph: Paragraph; figure: Figure }
  | { kind: 'unreadable'; unreadable: UnreadableSource };

const CITATION_MIME = 'application/vnd.code.tree.backcheck.sources';

/**
 * The Sources view: sources (grouped by language or outlet, setting `backcheck.groupBy`), each
 * expanding to its paragraphs and their figures; unreadable sources with the reason. Items can be
 * dragged into a draft to insert their citation.
 */
export class SourcesTree implements vscode.TreeDataProvider<SourcesNode>, vscode.TreeDragAndDropController<SourcesNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly dragMimeTypes = ['text/plain', CITATION_MIME];
  readonly dropMimeTypes: string[] = [];

  constructor(private readonly backcheck: Backcheck) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: SourcesNode): SourcesNode[] {
    if (!node) {
      const sources = this.backcheck.library.sources;
      const unreadable = this.backcheck.library.unreadable.map((u) => ({ kind: 'unreadable' as const, unreadable: u }));
      const groupBy = vscode.workspace.getConfiguration('backcheck').get<'none' | 'language' | 'outlet'>('groupBy', 'none');
      if (groupBy === 'none') return [...sources.map((source) => ({ kind: 'source' as const, source })), ...unreadable];
      const groups = new Map<string, Source[]>();
      for (const source of sources) {
        const label = groupBy === 'language' ? packFor(source.lang).name : (source.meta.outlet ?? vscode.l10n.t('No outlet'));
        groups.set(label, [...(groups.get(label) ?? []), source]);
      }
      return [...[...groups.entries()].sort().map(([label, list]) => ({ kind: 'group' as const, label, sources: list })), ...unreadable];
    }
    switch (node.kind) {
      case 'group':
        return node.sources.map((source) => ({ kind: 'source', source }));
      case 'source':
        return node.source.paragraphs.map((paragraph) => ({ kind: 'paragraph', source: node.source, paragraph }));
      case 'paragraph':
        return node.paragraph.figures.map((figure) => ({ kind: 'figure', source: node.source, paragraph: node.paragraph, figure }));
      default:
        return [];
    }
  }

  getTreeItem(node: SourcesNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${node.sources.length}`;
        return item;
      }
      case 'unreadable': {
        const item = new vscode.TreeItem(node.unreadable.path.split(/[\\/]/).pop() ?? node.unreadable.path);
        const reason = renderReason(node.unreadable, translate);
        item.description = vscode.l10n.t('unreadable: {0}', reason);
        item.iconPath = new vscode.ThemeIcon('error');
        item.tooltip = `${node.unreadable.path}\n${reason}`;
        item.contextValue = 'backcheck.unreadable';
        return item;
      }
      case 'source': {
        const { source } = node;
        const item = new vscode.TreeItem(source.key, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `source:${source.path}`;
        const pages = source.pages !== undefined ? `${source.pages} pp.` : undefined;
        item.description = [source.meta.title, source.meta.date?.slice(0, 10), source.lang.toUpperCase(), pages, `${source.paragraphs.length} ¶`].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString().appendText([source.meta.title ?? source.key, source.meta.author, source.meta.outlet, source.meta.date && sourceDate(source.meta.date, vscode.env.language), source.path].filter(Boolean).join('\n'));
        item.iconPath = new vscode.ThemeIcon('file-text');
        item.contextValue = 'backcheck.source';
        return item;
      }
      case 'paragraph': {
        const { source, paragraph } = node;
        const words = paragraph.text.split(/\s+/).slice(0, 8).join(' ');
        // In a PDF the paragraph is found by its page: "p. 4 ¶2".
        const where = paragraph.page !== undefined ? `p. ${paragraph.page} ¶${paragraph.indexOnPage}` : `¶${paragraph.index}`;
        const item = new vscode.TreeItem(`${where} ${words}…`, paragraph.figures.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `paragraph:${source.path}#${paragraph.index}`;
        item.tooltip = paragraph.text;
        item.description = paragraph.figures.length > 0 ? vscode.l10n.t('{0} figures', paragraph.figures.length) : undefined;
        item.contextValue = 'backcheck.paragraph';
        item.command = { command: 'backcheck.openSource', title: vscode.l10n.t('Open Source at Paragraph'), arguments: [source.key, paragraph.index] };
        return item;
      }
      case 'figure': {
        const item = new vscode.TreeItem(node.figure.text);
        item.description = `${node.figure.kind}${node.figure.unit ? ' · ' + node.figure.unit : ''}`;
        item.iconPath = new vscode.ThemeIcon('symbol-number');
        item.command = { command: 'backcheck.openSource', title: vscode.l10n.t('Open Source at Paragraph'), arguments: [node.source.key, node.paragraph.index] };
        return item;
      }
    }
  }

  /** What a node cites: a source, or one of its paragraphs. */
  citationTarget(node: SourcesNode): { key: string; paragraph?: number; locator?: string } | undefined {
    if (node.kind === 'source') return { key: node.source.key };
    if (node.kind === 'paragraph' || node.kind === 'figure') return { key: node.source.key, paragraph: node.paragraph.index, locator: locatorOf(node.paragraph) };
    return undefined;
  }

  pathOf(node: SourcesNode): string | undefined {
    if (node.kind === 'unreadable') return node.unreadable.path;
    return 'source' in node ? node.source.path : undefined;
  }

  /** Dragging a source or paragraph into a draft drops its citation as text. */
  handleDrag(nodes: readonly SourcesNode[], transfer: vscode.DataTransfer): void {
    const citations = nodes.map((n) => this.citationTarget(n)).filter((t) => t !== undefined).map((t) => (t.locator ? `[@${t.key}, ${t.locator}]` : `[@${t.key}]`));
    if (citations.length === 0) return;
    transfer.set('text/plain', new vscode.DataTransferItem(citations.join(' ')));
    transfer.set(CITATION_MIME, new vscode.DataTransferItem(citations.join(' ')));
  }
}
