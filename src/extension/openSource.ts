import * as vscode from 'vscode';

import type { Backcheck } from '../core/service';
import type { Source } from '../core/sources/source';
import { toVsRange } from './convert';
import { LineIndex } from '../core/text/lineIndex';
import { isBinaryDocument } from '../node/sourceFormats';
import { sourceUri } from './sourceUri';

export const EXTRACTED_TEXT_SCHEME = 'backcheck-text';

/** Serves, read-only, the text Backcheck extracted from a PDF or Word source (the query is its key). */
export class ExtractedTextProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly backcheck: Backcheck) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.backcheck.library.byKey(uri.query)?.text ?? vscode.l10n.t('No source has the key "{0}" any more.', uri.query);
  }
}

/**
 * The document a source's passages are shown in: a PDF or Word file as the text Backcheck read
 * from it (the binary file has no lines to select), any other source as the file itself.
 */
export function sourceDocumentUri(source: Source): vscode.Uri {
  return isBinaryDocument(source.path) ? vscode.Uri.from({ scheme: EXTRACTED_TEXT_SCHEME, path: `${sourceUri(source.path).path}.txt`, query: source.key }) : sourceUri(source.path);
}

/** Opens a source read-only-in-spirit at a paragraph, selecting it (hover links, tree clicks). */
export async function openSource(backcheck: Backcheck, key: string, paragraph = 1): Promise<void> {
  const source = backcheck.library.byKey(key);
  if (!source) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Backcheck: no source has the key "{0}".', key));
    return;
  }
  const target = source.paragraphs.find((p) => p.index === paragraph) ?? source.paragraphs[0];
  const document = await vscode.workspace.openTextDocument(sourceDocumentUri(source));
  // The decoded source text equals the document text, so core offsets map onto it directly.
  const range = target ? toVsRange(new LineIndex(source.text).rangeOf(target.span)) : new vscode.Range(0, 0, 0, 0);
  await vscode.window.showTextDocument(document, { selection: range, preview: true });
}
