/**
 * Backcheck's lint against markdownlint — the linter a writer would otherwise run on the same
 * Markdown drafts — in one process, on one generated corpus, alternating rounds so both see the
 * same machine state. Prints throughput and the ratio; run with `npm run bench`.
 */
import { lint as markdownlint } from 'markdownlint/sync';

import { Backcheck } from '../src/core/service';
import { makeCorpus } from './corpus';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const corpus = makeCorpus({ sources: 40, drafts: 200, paragraphs: 30 });
const draftChars = corpus.drafts.reduce((n, d) => n + d.text.length, 0);
const encoder = new TextEncoder();

function timeBackcheck(): { ms: number; findings: number } {
  const start = performance.now();
  const backcheck = new Backcheck();
  for (const s of corpus.sources) backcheck.library.set({ path: s.path, bytes: encoder.encode(s.text), extracted: s.extracted });
  let findings = 0;
  for (const d of corpus.drafts) findings += backcheck.lint(d.text, { lang: 'en' }).length;
  return { ms: performance.now() - start, findings };
}

function timeMarkdownlint(): { ms: number; findings: number } {
  const strings = Object.fromEntries(corpus.drafts.map((d) => [d.path, d.text]));
  const start = performance.now();
  const results = markdownlint({ strings });
  const findings = Object.values(results).reduce((n, r) => n + r.length, 0);
  return { ms: performance.now() - start, findings };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ours: number[] = [];
const theirs: number[] = [];
let counts = { ours: 0, theirs: 0 };
timeBackcheck();
timeMarkdownlint(); // warm-up: JIT and module loading are not what we measure
for (let i = 0; i < ROUNDS; i++) {
  const a = timeBackcheck();
  const b = timeMarkdownlint();
  ours.push(a.ms);
  theirs.push(b.ms);
  counts = { ours: a.findings, theirs: b.findings };
}

const mb = draftChars / 1e6;
console.log(`corpus: ${corpus.sources.length} sources, ${corpus.drafts.length} drafts, ${(mb).toFixed(2)} M chars of drafts; ${ROUNDS} rounds, median`);
console.log(`backcheck lint (load sources + lint drafts): ${median(ours).toFixed(1)} ms, ${(mb / (median(ours) / 1000)).toFixed(2)} M chars/s, ${counts.ours} findings`);
console.log(`markdownlint ${'(default rules)'}:               ${median(theirs).toFixed(1)} ms, ${(mb / (median(theirs) / 1000)).toFixed(2)} M chars/s, ${counts.theirs} findings`);
console.log(`ratio backcheck/markdownlint time: ${(median(ours) / median(theirs)).toFixed(2)}`);
