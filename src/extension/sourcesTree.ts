import * as vscode from 'vscode';

import type { Backcheck } from '../core/service';
import type { Source, UnreadableSource } from '../core/sources/source';

type Node = { kind: 'source'; source: Source } | { kind: 'unreadable'; unreadable: UnreadableSource };

/** The Sources view: one item per source (title, key, language), unreadable ones with why. */
export class SourcesTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly backcheck: Backcheck) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (node) return [];
    return [
      ...this.backcheck.library.sources.map((source) => ({ kind: 'source' as const, source })),
      ...this.backcheck.library.unreadable.map((unreadable) => ({ kind: 'unreadable' as const, unreadable })),
    ];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'unreadable') {
      const item = new vscode.TreeItem(vscode.Uri.file(node.unreadable.path).path.split('/').pop() ?? node.unreadable.path);
      item.description = `unreadable: ${node.unreadable.reason}`;
      item.iconPath = new vscode.ThemeIcon('error');
      item.tooltip = `${node.unreadable.path}\n${node.unreadable.reason}`;
      return item;
    }
    const { source } = node;
    const item = new vscode.TreeItem(source.key);
    item.id = `source:${source.key}`;
    item.description = [source.meta.title, source.lang.toUpperCase(), `${source.paragraphs.length} ¶`].filter(Boolean).join(' · ');
    item.tooltip = `${source.meta.title ?? source.key}\n${source.path}`;
    item.resourceUri = vscode.Uri.file(source.path);
    item.iconPath = new vscode.ThemeIcon('file-text');
    item.contextValue = 'backcheck.source';
    item.command = { command: 'vscode.open', title: 'Open Source', arguments: [vscode.Uri.file(source.path)] };
    return item;
  }
}
