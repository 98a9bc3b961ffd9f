import * as vscode from 'vscode';

import type { Backcheck } from '../core/service';
import { toVsRange } from './convert';
import { LineIndex } from '../core/text/lineIndex';

/** Opens a source read-only-in-spirit at a paragraph, selecting it (hover links, tree clicks). */
export async function openSource(backcheck: Backcheck, key: string, paragraph = 1): Promise<void> {
  const source = backcheck.library.byKey(key);
  if (!source) {
    void vscode.window.showWarningMessage(`Backcheck: no source has the key "${key}".`);
    return;
  }
  const target = source.paragraphs.find((p) => p.index === paragraph) ?? source.paragraphs[0];
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(source.path));
  // The decoded source text equals the document text, so core offsets map onto it directly.
  const range = target ? toVsRange(new LineIndex(source.text).rangeOf(target.span)) : new vscode.Range(0, 0, 0, 0);
  await vscode.window.showTextDocument(document, { selection: range, preview: true });
}
