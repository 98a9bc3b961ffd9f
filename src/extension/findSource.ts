import * as vscode from 'vscode';

import type { Backcheck } from '../core/service';
import { sayNoSources } from './noSources';
import { openSource } from './openSource';
import { plainLabel } from './plainLabel';

/** "Backcheck: Find Source…": a quick pick over sources and passages, searched by their words. */
export async function findSource(backcheck: Backcheck): Promise<void> {
  if (backcheck.library.isEmpty) return sayNoSources();
  const picked = await vscode.window.showQuickPick(
    backcheck.library.sources.flatMap((source) =>
      source.paragraphs.map((p) => ({ label: plainLabel(`¶${p.index} ${source.key}`)!, description: plainLabel(source.meta.title), detail: plainLabel(p.text), key: source.key, paragraph: p.index })),
    ),
    { placeHolder: vscode.l10n.t('Find a source by its words'), matchOnDetail: true, matchOnDescription: true },
  );
  if (picked) await openSource(backcheck, picked.key, picked.paragraph);
}
