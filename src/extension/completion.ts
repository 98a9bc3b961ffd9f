import * as vscode from 'vscode';

import { citationCompletions } from '../core/features/completions';
import { markdownWithBold } from '../core/features/markdownText';
import type { Backcheck } from '../core/service';
import { LineIndex } from '../core/text/lineIndex';
import { toVsRange } from './convert';

/** The command an accepted citation completion runs (registered in extension.ts: citedOnce). */
export const CITATION_COMPLETED = 'backcheck.citationCompleted';

/**
 * Citation-key completion after "[@" or "@" inside brackets: sources (reference icon) and their
 * passages (field icon, locator first), ranked by the sentence at the cursor. The item's range
 * covers a closing "]" right after the key, so the cursor lands after the bracket.
 */
export class CitationCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly backcheck: Backcheck) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    const text = document.getText();
    const result = citationCompletions(text, document.offsetAt(position), this.backcheck.library);
    if (!result) return undefined;
    const range = toVsRange(new LineIndex(text).rangeOf(result.replace));
    const items = result.items.map((c) => {
      const kind = c.kind === 'source' ? vscode.CompletionItemKind.Reference : vscode.CompletionItemKind.Field;
      const item = new vscode.CompletionItem({ label: c.label, description: c.description }, kind);
      item.insertText = c.insertText;
      item.filterText = c.filterText;
      item.sortText = c.sortText;
      item.range = range;
      item.detail = c.detail;
      // Source text is rendered inert: no links, images, HTML or icons from it.
      item.documentation = new vscode.MarkdownString(markdownWithBold(c.documentation.text, c.documentation.bold));
      // Run once the item is accepted: the walkthrough's "Cite a passage" step is then done.
      item.command = { command: CITATION_COMPLETED, title: vscode.l10n.t('Citation inserted') };
      return item;
    });
    return new vscode.CompletionList(items, result.incomplete);
  }
}
