/**
 * The whole-process rows: `backcheck lint` of the feature draft against every source, and
 * markdownlint-cli2 on the same draft, alternating runs so both see the same machine state.
 * "Cold" means no Backcheck cache (none exists yet); the OS file cache is warm, as the corpus
 * was just written. "Warm" runs with `--cache` after one run has filled the cache.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { cliCachedLintArgs, cliLintArgs, REPO } from './backcheckApi';
import { runNode, type ProcessRun } from './processRun';
import { ms, type Row } from './row';
import { median } from './stats';

const MARKDOWNLINT_CLI2 = resolve(REPO, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');

export function cliRows(root: string, draftPath: string, sources: number, rounds: number): Row[] {
  const ours: ProcessRun[] = [];
  const theirs: ProcessRun[] = [];
  for (let i = 0; i < rounds; i++) {
    ours.push(checked(runNode(cliLintArgs('sources', draftPath), root), 'backcheck lint'));
    theirs.push(checked(runNode([MARKDOWNLINT_CLI2, draftPath], root), 'markdownlint-cli2'));
  }
  const { runs: warm, draftChanged } = warmRuns(root, draftPath, rounds);
  const a = median(ours.map((r) => r.ms));
  const b = median(theirs.map((r) => r.ms));
  const rss = Math.max(...ours.map((r) => r.rssMB));
  const peerRss = Math.max(...theirs.map((r) => r.rssMB));
  const size = sources.toLocaleString('en-US');
  // What each found, so the table shows both did the work: "✖ 12 problems", "Summary: 3 error(s)".
  const found = /(\d+) problems?/.exec(ours[0].stdout)?.[1] ?? '0';
  const peerFound = /Summary: (\d+) error/.exec(theirs[0].stdout + theirs[0].stderr)?.[1] ?? '?';
  return [
    {
      id: 'cli-vs-markdownlint',
      measure: `whole-process \`backcheck lint\` of the 10,000-word draft vs \`markdownlint-cli2\` on it (alternating, median of ${rounds})`,
      sources, value: a, unit: 'ms', text: `${ms(a)} (${found} problems)`,
      peer: { name: 'markdownlint-cli2', value: b, text: `${ms(b)} (${peerFound} problems)` }, ratio: a / b,
      target: '≤ 1.0× cold (at 1,000 sources)',
    },
    {
      id: 'cli-cold',
      measure: `${size} sources, CLI cold: time and peak RSS`,
      sources, value: a, unit: 'ms', text: `${ms(a)}, ${rss.toFixed(0)} MB RSS`,
      peer: { name: 'markdownlint-cli2', value: b, text: `${ms(b)}, ${peerRss.toFixed(0)} MB RSS` }, ratio: a / b,
      target: '≤ 3 s, ≤ 400 MB (at 10,000 sources)',
      extra: { rssMB: rss, peerRssMB: peerRss },
    },
    warmRow(warm, b, sources, rounds),
    draftChangedRow(draftChanged, b, sources, rounds),
  ];
}

/**
 * `backcheck lint --cache`: one run to fill the cache (not counted), then `rounds` runs reading
 * it; then `rounds` runs each after a line is added to the draft (the sources unchanged: the
 * draft is linted again against the cached sources, its findings not taken from the cache).
 */
function warmRuns(root: string, draftPath: string, rounds: number): { runs: ProcessRun[]; draftChanged: ProcessRun[] } {
  const cacheFile = join(root, '.bench-cache');
  rmSync(cacheFile, { force: true });
  checked(runNode(cliCachedLintArgs('sources', draftPath, cacheFile), root), 'backcheck lint --cache (filling)');
  const runs = Array.from({ length: rounds }, () => checked(runNode(cliCachedLintArgs('sources', draftPath, cacheFile), root), 'backcheck lint --cache'));
  const draft = join(root, draftPath);
  const original = readFileSync(draft);
  const draftChanged = Array.from({ length: rounds }, (_, i) => {
    appendFileSync(draft, `\nOne more line, number ${i + 1}.\n`);
    return checked(runNode(cliCachedLintArgs('sources', draftPath, cacheFile), root), 'backcheck lint --cache (draft changed)');
  });
  writeFileSync(draft, original);
  rmSync(cacheFile, { force: true });
  return { runs, draftChanged };
}

function draftChangedRow(runs: ProcessRun[], peerMs: number, sources: number, rounds: number): Row {
  const a = median(runs.map((r) => r.ms));
  const rss = Math.max(...runs.map((r) => r.rssMB));
  return {
    id: 'cli-warm-draft-changed',
    measure: `${sources.toLocaleString('en-US')} sources, CLI with a warm cache after a line is added to the draft (median of ${rounds}), vs markdownlint-cli2's runs above`,
    sources, value: a, unit: 'ms', text: `${ms(a)}, ${rss.toFixed(0)} MB RSS`,
    peer: { name: 'markdownlint-cli2', value: peerMs, text: ms(peerMs) }, ratio: a / peerMs,
    target: '—',
    extra: { rssMB: rss },
  };
}

function warmRow(runs: ProcessRun[], peerMs: number, sources: number, rounds: number): Row {
  const a = median(runs.map((r) => r.ms));
  const rss = Math.max(...runs.map((r) => r.rssMB));
  return {
    id: 'cli-warm',
    measure: `${sources.toLocaleString('en-US')} sources, CLI with a warm cache (\`--cache\`, median of ${rounds}), vs markdownlint-cli2's runs above`,
    sources, value: a, unit: 'ms', text: `${ms(a)}, ${rss.toFixed(0)} MB RSS`,
    peer: { name: 'markdownlint-cli2', value: peerMs, text: ms(peerMs) }, ratio: a / peerMs,
    target: '≤ 0.5 s at 10,000 sources; ≤ 0.6× markdownlint-cli2 at 1,000',
    extra: { rssMB: rss },
  };
}

function checked(run: ProcessRun, name: string): ProcessRun {
  // 0 and 1 are verdicts (clean, findings); anything else means the run measured a failure.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${name} exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  return run;
}
