import * as vscode from 'vscode';

import { citationCompletions, type CitationCompletion } from '../core/features/completions';
import { markdownWithBold } from '../core/features/markdownText';
import type { Backcheck } from '../core/service';

/** The command an accepted citation completion runs (registered in extension.ts: citedOnce). */
export const CITATION_COMPLETED = 'backcheck.citationCompleted';

/** An item that keeps its passage (or title) until the editor shows it: see resolveCompletionItem. */
class CitationItem extends vscode.CompletionItem {
  constructor(readonly completion: CitationCompletion) {
    super({ label: completion.label, description: completion.description }, completion.kind === 'source' ? vscode.CompletionItemKind.Reference : vscode.CompletionItemKind.Field);
  }
}

/**
 * Citation-key completion after "[@" or "@" inside brackets: sources (reference icon) and their
 * passages (field icon, locator first), ranked by the sentence at the cursor. The item's range
 * covers a closing "]" right after the key, so the cursor lands after the bracket.
 */
export class CitationCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly backcheck: Backcheck) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    const text = document.getText();
    const result = citationCompletions(text, document.offsetAt(position), this.backcheck.library, undefined, vscode.env.language);
    if (!result) return undefined;
    // The document's own line table, not a line index of the whole draft built per keystroke.
    const range = new vscode.Range(document.positionAt(result.replace.start), document.positionAt(result.replace.end));
    const items = result.items.map((c) => {
      const item = new CitationItem(c);
      item.insertText = c.insertText;
      item.filterText = c.filterText;
      item.sortText = c.sortText;
      item.range = range;
      item.detail = c.detail;
      // Enter takes the best-ranked passage even where the editor would pick a recently used item.
      if (c.preselect) item.preselect = true;
      // Run once the item is accepted: the walkthrough's "Cite a passage" step is then done.
      item.command = { command: CITATION_COMPLETED, title: vscode.l10n.t('Citation inserted') };
      return item;
    });
    return new vscode.CompletionList(items, result.incomplete);
  }

  /**
   * The whole passage, its figures in bold, when the editor shows an item's details: made for
   * the one item shown, not for all 100 in every list (each a Markdown string that VS Code
   * parses and sends across to the window, on every keystroke of an incomplete list).
   */
  resolveCompletionItem(item: vscode.CompletionItem): vscode.CompletionItem {
    // VS Code hands back the item object it was given.
    if (item instanceof CitationItem && item.documentation === undefined) {
      const { text, bold } = item.completion.documentation;
      // Source text is rendered inert: no links, images, HTML or icons from it.
      item.documentation = new vscode.MarkdownString(markdownWithBold(text, bold));
    }
    return item;
  }
}
