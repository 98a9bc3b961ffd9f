import * as vscode from 'vscode';

import type { FigureVerdict } from '../core/lint/figureVerdicts';
import type { Backcheck } from '../core/service';
import { citationOf } from '../core/sources/locate';
import { toVsRange } from './convert';
import type { Draft } from '../core/draft';

type Group = 'unmatched' | 'cited' | 'uncited';
type Node = { kind: 'group'; group: Group; items: FigureVerdict[] } | { kind: 'figure'; verdict: FigureVerdict };

const GROUP_OF: Record<FigureVerdict['verdict'], Group> = {
  unmatched: 'unmatched',
  ok: 'cited',
  'locator-mismatch': 'cited',
  'not-in-cited-source': 'cited',
  uncited: 'uncited',
};
const TITLES: Record<Group, string> = { unmatched: 'Unmatched', cited: 'Cited', uncited: 'Uncited' };

/**
 * The This Draft view: the active draft's figures grouped as unmatched, cited and uncited, each
 * with where it matched; a click selects the figure in the editor.
 */
export class DraftFiguresView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  private draft: Draft | undefined;
  private verdicts: FigureVerdict[] = [];
  view: vscode.TreeView<Node> | undefined;

  constructor(private readonly backcheck: Backcheck) {}

  update(document: vscode.TextDocument | undefined): void {
    this.document = document;
    ({ draft: this.draft, verdicts: this.verdicts } = document ? this.backcheck.verdicts(document.getText()) : { draft: undefined, verdicts: [] });
    if (this.view) {
      const count = (g: Group) => this.verdicts.filter((v) => GROUP_OF[v.verdict] === g).length;
      this.view.description = document ? `${this.verdicts.length} figures · ${count('unmatched')} unmatched · ${count('uncited')} uncited` : undefined;
    }
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return (['unmatched', 'cited', 'uncited'] as Group[])
        .map((group) => ({ kind: 'group' as const, group, items: this.verdicts.filter((v) => GROUP_OF[v.verdict] === group) }))
        .filter((g) => g.items.length > 0);
    }
    return node.kind === 'group' ? node.items.map((verdict) => ({ kind: 'figure', verdict })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(TITLES[node.group], vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.items.length);
      item.iconPath = new vscode.ThemeIcon(node.group === 'unmatched' ? 'warning' : node.group === 'cited' ? 'pass' : 'info');
      return item;
    }
    const { figure, match, verdict } = node.verdict;
    const item = new vscode.TreeItem(figure.text);
    const cited = match && citationOf(this.backcheck.library.byKey(match.source.sourceKey), match.source.sourceKey, match.source.paragraph);
    item.description = match ? `${match.kind} · ${cited}${verdict !== 'ok' && verdict !== 'uncited' ? ` · ${verdict}` : ''}` : 'in no source';
    if (this.document && this.draft) {
      const range = toVsRange(this.draft.lines.rangeOf(figure.span));
      item.command = { command: 'vscode.open', title: 'Reveal', arguments: [this.document.uri, { selection: range }] };
    }
    return item;
  }
}
