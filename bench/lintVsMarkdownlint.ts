/**
 * Backcheck's lint against markdownlint — the linter a writer would otherwise run on the same
 * Markdown drafts — in one process, on one generated corpus (40 sources, 200 drafts), alternating
 * rounds so both see the same machine state.
 */
import { lint as markdownlint } from 'markdownlint/sync';

import { createEngine } from './scale/backcheckApi';
import { makeCorpus } from './corpus';
import { median } from './scale/stats';

export interface LintVsMarkdownlint {
  sources: number;
  drafts: number;
  /** Millions of characters of drafts. */
  mchars: number;
  rounds: number;
  ours: { ms: number; findings: number };
  theirs: { ms: number; findings: number };
}

export function lintVsMarkdownlint(rounds: number): LintVsMarkdownlint {
  const corpus = makeCorpus({ sources: 40, drafts: 200, paragraphs: 30 });
  const timeBackcheck = () => {
    const start = performance.now();
    const engine = createEngine();
    for (const s of corpus.sources) engine.setSource(s.path, s.text, s.extracted);
    let findings = 0;
    for (const d of corpus.drafts) findings += engine.lint(d.text);
    return { ms: performance.now() - start, findings };
  };
  const timeMarkdownlint = () => {
    const strings = Object.fromEntries(corpus.drafts.map((d) => [d.path, d.text]));
    const start = performance.now();
    const results = markdownlint({ strings });
    return { ms: performance.now() - start, findings: Object.values(results).reduce((n, r) => n + r.length, 0) };
  };
  timeBackcheck();
  timeMarkdownlint(); // warm-up: JIT and module loading are not what we measure
  const ours: Array<{ ms: number; findings: number }> = [];
  const theirs: Array<{ ms: number; findings: number }> = [];
  for (let i = 0; i < rounds; i++) {
    ours.push(timeBackcheck());
    theirs.push(timeMarkdownlint());
  }
  return {
    sources: corpus.sources.length,
    drafts: corpus.drafts.length,
    mchars: corpus.drafts.reduce((n, d) => n + d.text.length, 0) / 1e6,
    rounds,
    ours: { ms: median(ours.map((r) => r.ms)), findings: ours[0].findings },
    theirs: { ms: median(theirs.map((r) => r.ms)), findings: theirs[0].findings },
  };
}
