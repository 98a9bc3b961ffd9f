/**
 * Issue 15's benchmark: Backcheck at newsroom scale. For each corpus size it generates sources
 * and a 10,000-word draft (generate.ts, seeded), writes them to a temporary folder and measures
 * every row against its named peer in the same run. Prints a Markdown table with the date and
 * machine, or JSON; progress goes to stderr. No timing here is asserted in `npm test`.
 *
 *   npm run bench                          1,000 / 5,000 / 10,000 sources
 *   npm run bench -- --sizes 1000,5000     only these sizes
 *   npm run bench -- --json                for machines
 *   options: --rounds N (whole-process runs, 3), --edits N (keystrokes, 20), --runs N (other rows, 5),
 *            --seed N (15), --keep (leave the corpus folders in the temp dir), --save FILE (the JSON too)
 *   extension rows, inside a real VS Code (bench/vscode/): --vscode-sizes 1000,10000 (those of --sizes
 *            that are listed; default 1000,10000), --no-vscode to skip them (they then read n/a)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { lintVsMarkdownlint } from '../lintVsMarkdownlint';
import { CLI } from './backcheckApi';
import { cliRows } from './cliRows';
import { makeScaleCorpus } from './generate';
import { inProcessRows, warmUp } from './inProcessRows';
import { loadNow, machine } from './machine';
import { ms, notYet, type Row } from './row';
import { growthOf, markdownReport, type Report } from './table';
import { removeScaleCorpus, writeScaleCorpus } from './writeCorpus';
import { extensionRows, measureInVsCode } from '../vscode/extensionRows';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    json: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    edits: { type: 'string', default: '20' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '15' },
    keep: { type: 'boolean', default: false },
    save: { type: 'string' },
    'vscode-sizes': { type: 'string', default: '1000,10000' },
    'no-vscode': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((s) => !Number.isInteger(s) || s < 3)) throw new Error(`--sizes takes whole numbers of 3 or more, e.g. 1000,5000: not "${values.sizes}"`);
const seed = Number(values.seed);
const progress = (text: string) => process.stderr.write(`[bench] ${text}\n`);

/** Rows in the order of issue 15's table, each size together. */
const ORDER = ['cli-vs-markdownlint', 'index-throughput', 'cli-cold', 'cli-warm', 'cli-warm-draft-changed', 'relint-keystroke', 'one-quotation', 'source-changed', 'is-source', 'completion',
  'extension-activation', 'extension-event-loop', 'extension-load-end', 'extension-completion', 'extension-hover'];
/** The sizes measured inside VS Code too: a VS Code run of 10,000 sources takes minutes. */
const vscodeSizes = values['no-vscode'] ? [] : values['vscode-sizes'].split(',').map((s) => Number(s.trim())).filter((s) => sizes.includes(s));

/** The extension rows when no VS Code run was asked for: listed, saying why they are empty. */
function skippedExtensionRows(why: string): Row[] {
  return [
    notYet('extension-activation', 'extension: activation time', why, '—'),
    notYet('extension-event-loop', 'extension: longest event-loop block while indexing', why, '≤ 50 ms, progress shown'),
    notYet('extension-completion', 'extension: completion latency after `[@`', why, '≤ 50 ms'),
  ];
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const host = machine();
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const rows: Row[] = [];
  let meanSourceBytes = 0;
  let draftWords = 0;
  progress('warming up in-process (60 sources, other seed)');
  warmUp(makeScaleCorpus({ sources: 60, seed: seed + 1 }));
  for (const size of sizes) {
    const corpus = makeScaleCorpus({ sources: size, seed });
    meanSourceBytes = corpus.sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0) / size;
    draftWords = corpus.draft.text.split(/\s+/).filter(Boolean).length;
    const root = await writeScaleCorpus(corpus, String(size));
    progress(`${size} sources in ${root}: whole-process runs`);
    try {
      rows.push(...cliRows(root, corpus.draft.path, size, Number(values.rounds)));
      progress(`${size} sources: in-process rows`);
      rows.push(...inProcessRows(corpus, { edits: Number(values.edits), runs: Number(values.runs) }));
      if (vscodeSizes.includes(size)) rows.push(...extensionRows(size, await measureInVsCode(corpus, { calls: Number(values.edits), progress })));
    } finally {
      if (!values.keep) await removeScaleCorpus(root);
    }
  }
  progress('the previous lint bench (40 sources, 200 drafts, in-process)');
  const previous = lintVsMarkdownlint(Number(values.rounds));
  rows.sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id) || (a.sources ?? 0) - (b.sources ?? 0));
  rows.push(
    {
      id: 'lint-in-process', measure: `in-process lint of ${previous.drafts} short drafts (${previous.mchars.toFixed(2)} M chars) against ${previous.sources} sources, loading included, vs markdownlint's library (median of ${previous.rounds})`,
      value: previous.ours.ms, unit: 'ms', text: ms(previous.ours.ms),
      peer: { name: 'markdownlint', value: previous.theirs.ms, text: ms(previous.theirs.ms) }, ratio: previous.ours.ms / previous.theirs.ms,
      target: '—',
    },
    ...(vscodeSizes.length > 0 ? [] : skippedExtensionRows(values['no-vscode'] ? 'n/a (--no-vscode)' : 'n/a (no size of --vscode-sizes in --sizes)')),
  );
  host.loadEnd = loadNow();
  const report: Report = { date, machine: host, corpus: { seed, sizes, meanSourceBytes, draftWords },
    runs: { wholeProcess: Number(values.rounds), keystrokes: Number(values.edits), other: Number(values.runs) }, rows, growth: growthOf(rows, sizes) };
  if (values.save) writeFileSync(values.save, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : markdownReport(report));
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 2;
});
