import * as vscode from 'vscode';

import { rankPassages } from '../core/features/rankPassages';
import type { Backcheck } from '../core/service';
import { citationOf } from '../core/sources/locate';
import { sentenceAt } from '../core/text/sentences';

/**
 * "Backcheck: Insert Citation…": a quick pick over every passage, ranked by how well it fits
 * the sentence at the cursor (shared figures first, then words), inserting `[@key, para. N]`.
 */
export async function insertCitation(backcheck: Backcheck, preselect?: { key: string; paragraph?: number; locator?: string }): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Backcheck: open a Markdown draft to insert a citation.');
    return false;
  }
  let citation: string | undefined;
  if (preselect) {
    citation = preselect.locator ? `[@${preselect.key}, ${preselect.locator}]` : preselect.paragraph ? `[@${preselect.key}, para. ${preselect.paragraph}]` : `[@${preselect.key}]`;
  } else {
    const draft = backcheck.analyze(editor.document.getText());
    const sentence = sentenceAt(draft.sentences, Math.max(0, editor.document.offsetAt(editor.selection.active) - 1));
    const ranked = rankPassages(draft.text.slice(sentence.start, sentence.end), draft.lang, backcheck.library);
    const picked = await vscode.window.showQuickPick(
      ranked.map((r) => ({
        label: citationOf(backcheck.library.byKey(r.key), r.key, r.paragraph).slice(2, -1),
        description: r.sharedFigures > 0 ? `${r.sharedFigures} shared figure${r.sharedFigures === 1 ? '' : 's'}` : undefined,
        detail: r.text,
        citation: citationOf(backcheck.library.byKey(r.key), r.key, r.paragraph),
      })),
      { placeHolder: 'Cite a passage (best matches for this sentence first)', matchOnDetail: true },
    );
    citation = picked?.citation;
  }
  if (!citation) return false;
  const text = citation;
  return editor.edit((edit) => edit.replace(editor.selection, text));
}
