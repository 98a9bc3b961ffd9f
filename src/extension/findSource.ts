import * as vscode from 'vscode';

import type { Backcheck } from '../core/service';
import { openSource } from './openSource';

/** "Backcheck: Find Source…": a quick pick over sources and passages, searched by their words. */
export async function findSource(backcheck: Backcheck): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    backcheck.library.sources.flatMap((source) =>
      source.paragraphs.map((p) => ({ label: `${source.key}, para. ${p.index}`, description: source.meta.title, detail: p.text, key: source.key, paragraph: p.index })),
    ),
    { placeHolder: 'Find a source by its words', matchOnDetail: true, matchOnDescription: true },
  );
  if (picked) await openSource(backcheck, picked.key, picked.paragraph);
}
