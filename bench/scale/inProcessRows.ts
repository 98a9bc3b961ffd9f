/**
 * The in-process rows, through the core's public API (backcheckApi.ts): indexing throughput,
 * re-lint after a keystroke against remark's parse of the same text, a one-quotation draft, one
 * source file changed, "is this file a source?", and completion after `[@`.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';

import { createEngine, type Engine } from './backcheckApi';
import { sourceKey, type ScaleCorpus } from './generate';
import { ms, type Row } from './row';
import { median, quantile, timed } from './stats';

export interface InProcessOptions {
  /** Keystrokes typed into the draft for the re-lint row. */
  edits: number;
  /** Runs of each of the other timed rows. */
  runs: number;
}

const remark = unified().use(remarkParse);
const TYPED = 'severely damaged and ';

/** JIT warm-up on a corpus of its own, so the first size measured is not the one that pays for compiling. */
export function warmUp(corpus: ScaleCorpus): void {
  const engine = createEngine();
  for (const s of corpus.sources) engine.setSource(s.path, s.text);
  engine.finishIndexing();
  for (let i = 0; i < 3; i++) {
    engine.lint(corpus.draft.text);
    remark.parse(corpus.draft.text);
  }
}

export function inProcessRows(corpus: ScaleCorpus, options: InProcessOptions): Row[] {
  const sources = corpus.sources.length;
  const engine = createEngine();
  const bytes = corpus.sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  const load = timed(() => {
    for (const s of corpus.sources) engine.setSource(s.path, s.text);
    engine.finishIndexing();
  });
  const mbps = bytes / 1e6 / (load.ms / 1000);
  engine.lint(corpus.draft.text); // the first lint builds whatever else is lazy; the rows below measure steady state
  return [
    {
      id: 'index-throughput',
      measure: `index throughput, in-process (${(bytes / 1e6).toFixed(1)} MB of sources through the library)`,
      sources, value: mbps, unit: 'MB/s', text: `${mbps.toFixed(2)} MB/s (${ms(load.ms)})`,
      target: '≥ 30 MB/s', extra: { ms: load.ms, bytes },
    },
    relintRow(engine, corpus.draft.text, sources, options.edits),
    quoteRow(engine, corpus.quoteDraft.text, sources, options.runs),
    sourceChangeRow(engine, corpus, options.runs),
    isSourceRow(engine, corpus.draft.path, sources),
    completionRow(engine, corpus.draft.text, sources, options.runs),
  ];
}

/** Types TYPED one character at a time in the middle of the draft, linting each version. */
function relintRow(engine: Engine, draft: string, sources: number, edits: number): Row {
  const at = draft.indexOf('\n\n', Math.floor(draft.length / 2)) + 2;
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 1; i <= edits; i++) {
    const text = draft.slice(0, at) + TYPED.repeat(Math.ceil(edits / TYPED.length)).slice(0, i) + draft.slice(at);
    ours.push(timed(() => engine.lint(text)).ms);
    theirs.push(timed(() => remark.parse(text)).ms);
  }
  const a = quantile(ours, 0.95);
  const b = quantile(theirs, 0.95);
  return {
    id: 'relint-keystroke',
    measure: `re-lint of the 10,000-word draft after a one-character edit, p95 of ${edits} keystrokes, vs remark's parse of it`,
    sources, value: a, unit: 'ms', text: ms(a),
    peer: { name: 'remark parse', value: b, text: ms(b) }, ratio: a / b,
    target: '≤ 2× at 1,000 and 10,000 sources',
  };
}

function quoteRow(engine: Engine, quoteDraft: string, sources: number, runs: number): Row {
  const times = Array.from({ length: runs }, () => timed(() => engine.lint(quoteDraft)));
  const a = median(times.map((t) => t.ms));
  return {
    id: 'one-quotation',
    measure: `lint of a draft with one quotation (median of ${runs})`,
    sources, value: a, unit: 'ms', text: `${ms(a)} (${times[0].result} findings)`,
    target: '≤ 20 ms at 10,000 sources',
  };
}

/** One source file edited (a digit changed, then changed back), then the draft linted: against a lint with nothing changed. */
function sourceChangeRow(engine: Engine, corpus: ScaleCorpus, runs: number): Row {
  const source = corpus.sources[Math.floor(corpus.sources.length / 3)];
  const changed = source.text.replace(/\d/, (d) => String((Number(d) + 1) % 10));
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = i % 2 === 0 ? changed : source.text;
    ours.push(timed(() => { engine.setSource(source.path, text); engine.lint(corpus.draft.text); }).ms);
    theirs.push(timed(() => engine.lint(corpus.draft.text)).ms);
  }
  if (runs % 2 === 1) engine.setSource(source.path, source.text);
  const a = median(ours);
  const b = median(theirs);
  return {
    id: 'source-changed',
    measure: `one source file changes, then the draft is linted (median of ${runs}), vs a lint with nothing changed`,
    sources: corpus.sources.length, value: a, unit: 'ms', text: ms(a),
    peer: { name: 'lint, nothing changed', value: b, text: ms(b) }, ratio: a / b,
    target: '≤ 50 ms to updated diagnostics at 10,000 sources',
  };
}

/** The question the extension asks of every Markdown document it sees: the draft is not a source, the slow answer. */
function isSourceRow(engine: Engine, draftPath: string, sources: number): Row {
  const calls = 50;
  let yes = 0;
  const total = timed(() => { for (let i = 0; i < calls; i++) if (engine.isSource(draftPath)) yes++; });
  const a = total.ms / calls;
  if (yes) throw new Error('the draft was taken for a source');
  return {
    id: 'is-source',
    measure: `"is this file a source?" (mean of ${calls} calls)`,
    sources, value: a, unit: 'ms', text: `${ms(a)} a call`,
    target: 'O(1)',
  };
}

function completionRow(engine: Engine, draft: string, sources: number, runs: number): Row {
  // The writer opens a citation at the end of a paragraph halfway down the draft.
  const at = draft.indexOf('\n\n', Math.floor(draft.length / 2));
  const text = draft.slice(0, at) + ' [@' + draft.slice(at);
  const offset = at + 3;
  const times = Array.from({ length: runs }, () => timed(() => engine.completionCount(text, offset)));
  const a = median(times.map((t) => t.ms));
  const items = times[0].result;
  // Then the writer types a source's key, one character at a time: the list is refined at each.
  const key = sourceKey(Math.floor(sources / 2));
  const typed = Array.from({ length: key.length }, (_, i) => {
    const withPrefix = text.slice(0, offset) + key.slice(0, i + 1) + text.slice(offset);
    return timed(() => engine.completionCount(withPrefix, offset + i + 1)).ms;
  });
  const b = quantile(typed, 0.95);
  return {
    id: 'completion',
    measure: `completion after \`[@\` (the core's completion function, median of ${runs}), then typing a key (p95 of its ${key.length} keystrokes)`,
    sources, value: a, unit: 'ms', text: `${items.toLocaleString('en-US')} items, ${ms(a)}; typing a key: ${ms(b)}`,
    target: '≤ 50 ms, ≤ 100 items at 10,000 sources', extra: { items, typingKeyP95Ms: b },
  };
}
