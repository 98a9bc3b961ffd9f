/**
 * The figure engine's reading speed, in MB/s of UTF-8 source text, per language (English, German,
 * French news-like text from newsText.ts), next to Microsoft Recognizers-Text (the library a
 * developer would otherwise reach for) on the same text in the same run, alternating rounds so
 * both see the same machine state: the ratio holds where absolute speeds move with the load.
 * Each engine reads in a Node process of its own, started afresh for each round: in one process,
 * Recognizers-Text's first use of a culture deoptimised this engine's compiled code (measured: its
 * next ten runs took up to 8× as long), which the bench then counted as this engine's speed.
 * Then the engine alone on 1 MB adversarial inputs, to show recognition stays linear.
 *
 *   npm run bench:figures              everything
 *   npm run bench:figures -- --quick   the news text only
 *   BENCH_ROUNDS=9 BENCH_PARAGRAPHS=1200 npm run bench:figures
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import * as Recognizers from '@microsoft/recognizers-text-number';
import { buildSync } from 'esbuild';

import { ADVERSARIAL_UNITS, adversarialInput } from './adversarialFigures';

import type { Lang } from '../src/core/types';
import { newsText, type BenchLang } from './newsText';

/** Rounds alternating the two engines, each round a process of its own. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Timed runs within a round's process, after its warm-up. */
const RUNS_A_ROUND = 5;
const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 300);
/** Issue 13: at least 30 MB/s in-process, in every language. */
const TARGET_MBPS = 30;
const CULTURES: Record<BenchLang, string> = { en: 'en-us', de: 'de-de', fr: 'fr-fr' };
const quick = process.argv.includes('--quick');

/**
 * The engine as it ships: bundled by esbuild, as dist/cli.js and the extension are. Loaded file by
 * file through tsx, every call from one module into another goes through an export getter, which
 * about halves the speed of an engine of many small functions; that is not what users run.
 */
function shippedEngine(): typeof import('../src/core/figures/extractFigures') {
  // Built once, by the parent process; its children (see readingApart) load the same file.
  let outfile = process.env[BUNDLE_ENV];
  if (!outfile) {
    outfile = join(mkdtempSync(join(tmpdir(), 'backcheck-figures-bench-')), 'extractFigures.js');
    buildSync({ entryPoints: [join(__dirname, '../src/core/figures/extractFigures.ts')], bundle: true, platform: 'node', target: 'es2022', format: 'cjs', outfile, logLevel: 'error' });
    process.env[BUNDLE_ENV] = outfile;
  }
  return createRequire(__filename)(outfile);
}
const BUNDLE_ENV = 'BACKCHECK_FIGURES_BENCH_BUNDLE';
const { extractFigures } = shippedEngine();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const read = (text: string, lang: BenchLang) => extractFigures(text, lang as Lang).length;
// Recognizers-Text is given one line at a time, as it is meant to be used on sentences.
const recognize = (lines: string[], lang: BenchLang) => lines.reduce((n, line) => n + Recognizers.recognizeNumber(line, CULTURES[lang]).length, 0);

/** Wall-clock and CPU milliseconds of one run: on a loaded machine the CPU time is what the engine spent. */
function time(fn: () => number): { ms: number; cpu: number; found: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const found = fn();
  return { ms: performance.now() - start, cpu: cpuMs(cpu), found };
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Milliseconds a run, over as many runs as fill `minMs`: a fast engine on a small text still reads well above the timer's grain. */
function timeRuns(fn: () => number, minMs: number, minRuns = 3): { ms: number; cpu: number; found: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let runs = 0;
  let found = 0;
  do {
    found = fn();
    runs++;
  } while (performance.now() - start < minMs || runs < minRuns);
  return { ms: (performance.now() - start) / runs, cpu: cpuMs(cpu) / runs, found };
}

interface Row { lang: BenchLang; mb: number; ours: number; theirs: number; oursCpu: number; theirsCpu: number; figures: number; numbers: number; oursFirst: number; theirsFirst: number }

type Engine = 'ours' | 'theirs';
interface Reading {
  ms: number;
  cpu: number;
  found: number;
  /** Milliseconds of the first run in the fresh process, before the JIT has compiled anything. */
  firstMs: number;
}

/**
 * One engine's round, in this (child) process: warm-up until the JIT has compiled its hot paths
 * (a few runs measure the interpreter; this engine needs about 25 runs of this text before its
 * time settles), then the median of `RUNS_A_ROUND` timed runs.
 */
function readingHere(engine: Engine, lang: BenchLang): Reading {
  const text = newsText(lang, PARAGRAPHS);
  const lines = text.split('\n');
  const run = engine === 'ours' ? () => read(text, lang) : () => recognize(lines, lang);
  const first = time(run);
  if (engine === 'ours') timeRuns(run, 1000, 40);
  else timeRuns(run, 500, 2);
  const runs = Array.from({ length: RUNS_A_ROUND }, () => (engine === 'ours' ? timeRuns(run, 50) : time(run)));
  return { ms: median(runs.map((r) => r.ms)), cpu: median(runs.map((r) => r.cpu)), found: runs[0].found, firstMs: first.ms };
}

/** One engine's round in a fresh Node process (this file, as a child). */
function readingApart(engine: Engine, lang: BenchLang): Promise<Reading> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', engine, lang], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (reading) => resolve(reading as Reading));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`${engine} ${lang}: exit ${code}`))));
  });
}

async function measure(lang: BenchLang): Promise<Row> {
  const ours: Reading[] = [];
  const theirs: Reading[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    ours.push(await readingApart('ours', lang));
    theirs.push(await readingApart('theirs', lang));
  }
  const mid = (xs: Reading[], key: 'ms' | 'cpu') => median(xs.map((x) => x[key]));
  const mb = Buffer.byteLength(newsText(lang, PARAGRAPHS), 'utf8') / 1e6;
  return { lang, mb, ours: mid(ours, 'ms'), theirs: mid(theirs, 'ms'), oursCpu: mid(ours, 'cpu'), theirsCpu: mid(theirs, 'cpu'), figures: ours[0].found, numbers: theirs[0].found, oursFirst: median(ours.map((x) => x.firstMs)), theirsFirst: median(theirs.map((x) => x.firstMs)) };
}

function report(rows: Row[]): void {
  const mbps = (mb: number, ms: number) => mb / (ms / 1000);
  console.log('lang   text MB   backcheck MB/s (ms, figures)      recognizers-text MB/s (ms, numbers)   speed ratio');
  for (const r of rows) {
    const ours = `${mbps(r.mb, r.ours).toFixed(2)} MB/s (${r.ours.toFixed(1)} ms, ${r.figures})`;
    const theirs = `${mbps(r.mb, r.theirs).toFixed(2)} MB/s (${r.theirs.toFixed(1)} ms, ${r.numbers})`;
    console.log(`${r.lang.padEnd(6)} ${r.mb.toFixed(3).padStart(7)}   ${ours.padEnd(34)}${theirs.padEnd(38)}×${(r.theirs / r.ours).toFixed(2)}`);
  }
  // The same by CPU time: other processes on the machine stretch the wall clock, not the work done.
  console.log('\nby CPU time:');
  for (const r of rows) console.log(`${r.lang.padEnd(6)} backcheck ${mbps(r.mb, r.oursCpu).toFixed(2)} MB/s   recognizers-text ${mbps(r.mb, r.theirsCpu).toFixed(2)} MB/s   ×${(r.theirsCpu / r.oursCpu).toFixed(2)}`);
  // A cold process (a CLI run, a worker's first sources) reads its first text before the JIT has
  // compiled anything: what that costs, beside the steady speed above.
  console.log('\nfirst run in a fresh process (cold JIT):');
  for (const r of rows) console.log(`${r.lang.padEnd(6)} backcheck ${mbps(r.mb, r.oursFirst).toFixed(2)} MB/s (${r.oursFirst.toFixed(0)} ms)   recognizers-text ${mbps(r.mb, r.theirsFirst).toFixed(2)} MB/s (${r.theirsFirst.toFixed(0)} ms)   ×${(r.theirsFirst / r.oursFirst).toFixed(2)}`);
  const slowest = rows.reduce((a, b) => (mbps(a.mb, a.ours) < mbps(b.mb, b.ours) ? a : b));
  const at = mbps(slowest.mb, slowest.ours);
  const atCpu = Math.min(...rows.map((r) => mbps(r.mb, r.oursCpu)));
  console.log(`\ntarget ${TARGET_MBPS} MB/s in every language: ${at >= TARGET_MBPS ? 'met' : 'not met'} (slowest: ${slowest.lang}, ${at.toFixed(2)} MB/s wall clock, ${atCpu.toFixed(2)} MB/s by CPU time)`);
  console.log('speed ratio: how many times faster backcheck reads the same text than recognizers-text-number');
}

const MB = 1_000_000;

function adversarial(): void {
  console.log('\n1 MB adversarial inputs (each once):');
  for (const [name, unit] of ADVERSARIAL_UNITS) {
    const input = adversarialInput(unit, MB);
    const cells = (['en', 'de', 'fr'] as const).map((lang) => {
      const { ms, found } = time(() => read(input, lang));
      return `${lang} ${ms.toFixed(0).padStart(5)} ms, ${String(found).padStart(6)} figures`;
    });
    console.log(`  ${name.padEnd(26)} ${cells.join('   ')}`);
  }
}

async function main(): Promise<void> {
  const load = loadavg()[0].toFixed(1);
  console.log(`figures bench: news-like text, ${PARAGRAPHS} paragraphs a language, ${ROUNDS} rounds alternating (a process each), median; load average ${load}\n`);
  const rows: Row[] = [];
  for (const lang of ['en', 'de', 'fr'] as const) rows.push(await measure(lang));
  report(rows);
  if (!quick) adversarial();
  rmSync(dirname(process.env[BUNDLE_ENV]!), { recursive: true, force: true });
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  const [engine, lang] = process.argv.slice(childAt + 1) as [Engine, BenchLang];
  process.send!(readingHere(engine, lang));
  process.disconnect();
} else {
  void main();
}
