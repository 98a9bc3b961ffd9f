import * as vscode from 'vscode';

import { citationCompletions } from '../core/features/completions';
import type { Backcheck } from '../core/service';
import { toVsRange } from './convert';
import { LineIndex } from '../core/text/lineIndex';

/** Citation-key completion after "[@" or "@" inside brackets: sources and their passages. */
export class CitationCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly backcheck: Backcheck) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    const text = document.getText();
    const result = citationCompletions(text, document.offsetAt(position), this.backcheck.library);
    if (!result) return undefined;
    const range = toVsRange(new LineIndex(text).rangeOf(result.replace));
    const items = result.items.map((c) => {
      const item = new vscode.CompletionItem({ label: c.label, description: c.detail }, c.kind === 'source' ? vscode.CompletionItemKind.Reference : vscode.CompletionItemKind.Text);
      item.insertText = c.insertText;
      item.filterText = c.filterText;
      item.sortText = c.sortText;
      item.range = range;
      item.documentation = new vscode.MarkdownString().appendText(c.documentation);
      return item;
    });
    return new vscode.CompletionList(items, false);
  }
}
