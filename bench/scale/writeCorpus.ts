import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import type { ScaleCorpus } from './generate';

/** Writes a corpus into a new temporary folder (sources/, drafts/) and returns the folder. */
export async function writeScaleCorpus(corpus: ScaleCorpus, label: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), `backcheck-scale-${label}-`));
  const files = [...corpus.sources, corpus.draft, corpus.quoteDraft];
  const folders = new Set(files.map((f) => dirname(join(root, f.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  // A few writes at a time: 10,000 at once would only queue in libuv's pool of four.
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map((f) => writeFile(join(root, f.path), f.text)));
  }
  return root;
}

export async function removeScaleCorpus(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}
