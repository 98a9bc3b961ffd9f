/**
 * The bench's probe inside a real VS Code extension host (bench/vscode/drive.mjs opens the
 * workbench with this file as `extensionTestsPath`). It is no part of the shipped extension:
 * it activates Backcheck itself on a workspace whose sources no activation event names, so the
 * clock starts at activate(), and measures from inside the host, where the writer's typing runs:
 * activation to the first diagnostics of the open draft and to a filled Sources view, the event
 * loop's delay while the sources are indexed (perf_hooks.monitorEventLoopDelay, and a timer that
 * records each block over 50 ms with when it happened, so a block can be traced to its cause),
 * and the latency of completion after `[@` and of a hover on a citation, through VS Code's own
 * commands. Results go to BACKCHECK_BENCH_RESULTS as JSON: nothing comes back through the browser.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay, performance, type IntervalHistogram } from 'node:perf_hooks';

import * as vscode from 'vscode';

import type { BackcheckApi } from '../../src/extension/extension';

/** A block of the event loop longer than this is listed with its time. */
const BLOCK_MS = 50;
const TICK_MS = 5;

export interface LoopFigures {
  maxMs: number;
  p99Ms: number;
  meanMs: number;
  /** Blocks over BLOCK_MS: when (ms after activate() started) and how long. */
  blocks: Array<{ atMs: number; ms: number }>;
}

export interface ProbeResults {
  sources: number;
  activateReturnedMs: number;
  firstDiagnosticsMs?: number;
  diagnosticsCount?: number;
  treeFilledMs?: number;
  readyMs: number;
  loadingStates: number;
  loadedStateMs?: number;
  baseline: LoopFigures;
  /** From activate()'s return to half a second after the first diagnostics. */
  indexing: LoopFigures;
  /** From activate()'s return to the last batch's end: reading and indexing the sources, batch by batch. */
  loading: LoopFigures;
  /** The longest block that ended after the last batch: what the load's end sets off (the first check of the draft). */
  endOfLoadBlockMs: number;
  completion: { p50Ms: number; p95Ms: number; items: number; calls: number };
  hover: { p50Ms: number; p95Ms: number; found: boolean; calls: number };
  rssMB: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Watches the event loop from now until stop(): the histogram, and each long block with its time. */
function watchLoop(origin: number): { stop: () => LoopFigures } {
  const histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const blocks: LoopFigures['blocks'] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const late = now - last - TICK_MS;
    if (late > BLOCK_MS) blocks.push({ atMs: Math.round(last - origin), ms: Math.round(late) });
    last = now;
  }, TICK_MS);
  return {
    stop() {
      clearInterval(timer);
      histogram.disable();
      const ms = (ns: number) => Math.round(ns / 1e5) / 10;
      return { maxMs: ms(histogram.max), p99Ms: ms(histogram.percentile(99)), meanMs: ms(histogram.mean), blocks };
    },
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}

async function timed<T>(calls: number, call: () => Thenable<T>): Promise<{ times: number[]; last: T | undefined }> {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    last = await call();
    times.push(performance.now() - start);
    await sleep(20);
  }
  return { times, last };
}

function folderUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the bench needs its workspace folder open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Activates Backcheck with the draft open; times diagnostics, the Sources view, the library's readiness. */
async function activation(draft: vscode.Uri, origin: () => number, hooks: { activated: () => void; loaded: () => void }) {
  let firstDiagnosticsMs: number | undefined;
  let diagnosticsCount: number | undefined;
  const listener = vscode.languages.onDidChangeDiagnostics((e) => {
    if (firstDiagnosticsMs !== undefined || !e.uris.some((u) => u.toString() === draft.toString())) return;
    const ours = vscode.languages.getDiagnostics(draft).filter((d) => d.source === 'backcheck');
    if (ours.length === 0) return;
    firstDiagnosticsMs = origin();
    diagnosticsCount = ours.length;
  });
  const extension = vscode.extensions.getExtension<BackcheckApi>('backcheck.backcheck');
  if (!extension) throw new Error('extension backcheck.backcheck is not in this VS Code');
  const start = performance.now();
  const api = await extension.activate();
  const activateReturnedMs = performance.now() - start;
  hooks.activated();
  let loadingStates = 0;
  let treeFilledMs: number | undefined;
  let loadedStateMs: number | undefined;
  const subscriptions = [
    api.workspace.onDidChangeState((state) => {
      if (state.kind !== 'loading' || state.total === 0) return;
      loadingStates++;
      // The last batch is in: what follows is the load's end (the swap, the open drafts' check).
      if (state.loaded < state.total || loadedStateMs !== undefined) return;
      loadedStateMs = origin();
      hooks.loaded();
    }),
    api.workspace.onDidChange(() => {
      if (treeFilledMs === undefined && api.sourcesTree.getChildren().length > 0) treeFilledMs = origin();
    }),
  ];
  await api.ready;
  const readyMs = origin();
  for (let i = 0; i < 600 && firstDiagnosticsMs === undefined; i++) await sleep(100);
  listener.dispose();
  subscriptions.forEach((s) => s.dispose());
  return { api, activateReturnedMs, readyMs, firstDiagnosticsMs, diagnosticsCount, treeFilledMs, loadingStates, loadedStateMs };
}

/** Completion right after a `[@` typed at the end of a prose line, as a writer starts a citation. */
async function completion(editor: vscode.TextEditor, calls: number, profileFile?: string) {
  const doc = editor.document;
  const line = [...Array(doc.lineCount).keys()].find((n) => n > doc.lineCount / 2 && /^[A-Z].*\.$/.test(doc.lineAt(n).text)) ?? 0;
  const end = doc.lineAt(line).range.end;
  await editor.edit((e) => e.insert(end, ' [@'));
  const position = end.translate(0, 3);
  await sleep(1500); // the re-lint of the edit (debounced) is not part of completion's latency
  const profile = await startProfile(profileFile);
  const run = await timed(calls, () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position, '@'));
  await profile?.();
  return { p50Ms: percentile(run.times, 50), p95Ms: percentile(run.times, 95), items: run.last?.items.length ?? 0, calls };
}

/** A hover on the first citation key of the draft. */
async function hover(doc: vscode.TextDocument, calls: number) {
  const at = doc.getText().search(/\[@[\w-]/);
  const position = doc.positionAt(Math.max(at, 0) + 3);
  const run = await timed(calls, () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position));
  return { p50Ms: percentile(run.times, 50), p95Ms: percentile(run.times, 95), found: (run.last?.length ?? 0) > 0, calls };
}

async function measure(): Promise<ProbeResults> {
  const draft = folderUri(process.env.BACKCHECK_BENCH_DRAFT ?? 'drafts/feature.md');
  const calls = Number(process.env.BACKCHECK_BENCH_CALLS ?? 20);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
  // VS Code's own start (Markdown's extension, the file search) settles; then a baseline of the quiet host.
  await sleep(3000);
  const quiet = watchLoop(performance.now());
  await sleep(2000);
  const baseline = quiet.stop();
  const profile = await startProfile(process.env.BACKCHECK_BENCH_PROFILE);
  const t0 = performance.now();
  // The indexing window opens once activate() has returned: loading the bundle and activate()
  // itself are activation, reported as such.
  // `loading`: from activate()'s return to the last batch's end, the batches of reading and
  // indexing; `whole`: on to half a second after the first diagnostics, so it holds
  // what the load's end sets off too (the first check of the open draft, views, status bar).
  let loop: { stop: () => LoopFigures } | undefined;
  let whole: { stop: () => LoopFigures } | undefined;
  let loading: LoopFigures | undefined;
  const run = await activation(draft, () => Math.round(performance.now() - t0), {
    activated: () => ((loop = watchLoop(t0)), (whole = watchLoop(t0))),
    loaded: () => (loading = loop!.stop()),
  });
  await sleep(500);
  const indexing = whole!.stop();
  const endOfLoad = indexing.blocks.filter((b) => b.atMs + b.ms >= (run.loadedStateMs ?? Infinity));
  await profile?.();
  const { api: _api, ...timings } = run;
  const sources = run.api.backcheck.library.size;
  return {
    sources, ...timings, activateReturnedMs: Math.round(run.activateReturnedMs * 10) / 10, baseline, indexing,
    loading: loading ?? indexing, endOfLoadBlockMs: Math.max(0, ...endOfLoad.map((b) => b.ms)),
    hover: await hover(editor.document, calls),
    completion: await completion(editor, calls, process.env.BACKCHECK_BENCH_PROFILE && `${process.env.BACKCHECK_BENCH_PROFILE}.completion.cpuprofile`),
    rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
}

/**
 * BACKCHECK_BENCH_PROFILE=FILE: a CPU profile of the extension host's main thread from
 * activate() to the end of the indexing window (open it in Chrome's DevTools), to find what
 * blocks; and one of the completion calls in FILE.completion.cpuprofile.
 */
async function startProfile(file: string | undefined): Promise<(() => Promise<void>) | undefined> {
  if (!file) return undefined;
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<unknown>((done, fail) => session.post(method, params, (error, result) => (error ? fail(error) : done(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 1000 });
  await post('Profiler.start');
  return async () => {
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}

/** The extension host calls this, and exits once it settles. */
export async function run(): Promise<void> {
  const file = process.env.BACKCHECK_BENCH_RESULTS;
  if (!file) throw new Error('BACKCHECK_BENCH_RESULTS is not set: run the bench through bench/vscode/drive.mjs');
  try {
    writeFileSync(file, JSON.stringify(await measure(), null, 2));
  } catch (error) {
    writeFileSync(file, JSON.stringify({ error: String((error as Error).stack ?? error) }));
  }
}
