import * as vscode from 'vscode';

import { citationPlacement } from '../core/features/citationPlacement';
import { rankPassages } from '../core/features/rankPassages';
import type { Backcheck } from '../core/service';
import { citationOf, shortLocatorOf } from '../core/sources/locate';
import { sayNoSources } from './noSources';
import { plainLabel } from './plainLabel';
import { citedOnce } from './walkthroughProgress';

/**
 * "Backcheck: Insert Citation…": a quick pick over every passage, ranked by how well it fits
 * the sentence the citation is for (shared figures first, then words), inserting
 * `[@key, para. N]` where citationPlacement says: before the closing punctuation when invoked
 * just after a sentence, with a space before it where the text needs one. One undoable edit.
 */
export async function insertCitation(backcheck: Backcheck, preselect?: { key: string; paragraph?: number; locator?: string }): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Backcheck: open a Markdown draft to insert a citation.'));
    return false;
  }
  if (!preselect && backcheck.library.isEmpty) {
    sayNoSources();
    return false;
  }
  const document = editor.document;
  const draft = backcheck.analyze(document.getText());
  const placement = citationPlacement(draft, { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) });
  let citation: string | undefined;
  if (preselect) {
    citation = preselect.locator ? `[@${preselect.key}, ${preselect.locator}]` : preselect.paragraph ? `[@${preselect.key}, para. ${preselect.paragraph}]` : `[@${preselect.key}]`;
  } else {
    const ranked = rankPassages(draft.text.slice(placement.sentence.start, placement.sentence.end), draft.lang, backcheck.library);
    const picked = await vscode.window.showQuickPick(
      ranked.map((r) => ({
        label: plainLabel(`${shortLabel(backcheck, r.key, r.paragraph)} ${r.key}`)!,
        description: r.sharedFigures > 1 ? vscode.l10n.t('{0} shared figures', r.sharedFigures) : r.sharedFigures === 1 ? vscode.l10n.t('1 shared figure') : undefined,
        detail: plainLabel(r.text),
        citation: citationOf(backcheck.library.byKey(r.key), r.key, r.paragraph),
      })),
      { placeHolder: vscode.l10n.t('Cite a passage (best matches for this sentence first)'), matchOnDetail: true },
    );
    citation = picked?.citation;
  }
  if (!citation) return false;
  const range = new vscode.Range(document.positionAt(placement.span.start), document.positionAt(placement.span.end));
  const newText = placement.before + citation;
  const atCursor = placement.span.end === document.offsetAt(editor.selection.end);
  const done = await editor.edit((edit) => edit.replace(range, newText));
  if (done) {
    // At the cursor, the cursor moves past the citation; before a full stop, it stays where it was.
    if (atCursor) {
      const end = document.positionAt(placement.span.start + newText.length);
      editor.selection = new vscode.Selection(end, end);
    }
    citedOnce();
  }
  return done;
}

/** Locator first ("¶4", "p. 4 ¶2" in a PDF), as the Sources view and completion name passages. */
function shortLabel(backcheck: Backcheck, key: string, index: number): string {
  const paragraph = backcheck.library.byKey(key)?.paragraphs[index - 1];
  return paragraph?.index === index ? shortLocatorOf(paragraph) : `¶${index}`;
}
