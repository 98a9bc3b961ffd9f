/**
 * The benchmark's extension rows, measured inside a real VS Code (drive.mjs starts it, probe.ts
 * measures in its extension host): activation, the event loop while 1,000 or 10,000 sources are
 * indexed, completion and hover latency, and whether the load's progress is shown. The workspace
 * is the scale corpus with its sources under `library/` and the sources setting pointing there,
 * so that no activation event (a `sources/` folder, a `.backcheckrc.json`) starts Backcheck
 * before the probe does: the clock starts at activate().
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { ScaleCorpus } from '../scale/generate';
import { ms, notYet, type Row } from '../scale/row';
import { removeScaleCorpus, writeScaleCorpus } from '../scale/writeCorpus';
import type { LoopFigures, ProbeResults } from './probe';

export interface DriverResults extends ProbeResults {
  progressSeen: string[];
  progressTexts: number;
  wallMs: number;
}

const DRIVER = join(__dirname, 'drive.mjs');
const LOOP_TARGET_MS = 50;

/** The corpus as a workspace whose sources only a setting names (library/ instead of sources/). */
export async function writeBenchWorkspace(corpus: ScaleCorpus, label: string): Promise<string> {
  const moved = (f: { path: string; text: string }) => ({ ...f, path: f.path.replace(/^sources\//, 'library/') });
  const root = await writeScaleCorpus({ sources: corpus.sources.map(moved), draft: corpus.draft, quoteDraft: corpus.quoteDraft }, `vscode-${label}`);
  await mkdir(join(root, '.vscode'), { recursive: true });
  await writeFile(join(root, '.vscode', 'settings.json'), JSON.stringify({ 'backcheck.sources': 'library/**/*.{txt,md}' }, null, 2));
  return root;
}

/** Runs the probe in VS Code on one corpus; undefined with the reason when VS Code could not run it. */
export async function measureInVsCode(corpus: ScaleCorpus, options: { calls: number; progress: (text: string) => void }): Promise<DriverResults | { error: string }> {
  const root = await writeBenchWorkspace(corpus, String(corpus.sources.length));
  const out = join(root, '..', `${root.split('/').pop()}.json`);
  try {
    options.progress(`${corpus.sources.length} sources in a real VS Code (${root})`);
    const run = spawnSync(process.execPath, [DRIVER, root, '--out', out, '--calls', String(options.calls)], { stdio: ['ignore', 'inherit', 'inherit'] });
    const body = await readFile(out, 'utf8').then((t) => JSON.parse(t) as DriverResults | { error: string }, () => ({ error: `the driver wrote no results (exit ${run.status})` }));
    return body;
  } finally {
    await removeScaleCorpus(root);
    await removeScaleCorpus(out);
  }
}

const loopText = (loop: LoopFigures) => `max ${ms(loop.maxMs)}, p99 ${ms(loop.p99Ms)}, ${loop.blocks.length} block${loop.blocks.length === 1 ? '' : 's'} over ${LOOP_TARGET_MS} ms`;

/** The rows of one size from the probe's figures. */
export function extensionRows(size: number, r: DriverResults | { error: string }): Row[] {
  if ('error' in r) {
    const why = `n/a (VS Code run failed: ${r.error.split('\n')[0].slice(0, 120)})`;
    return [
      notYet('extension-activation', 'extension: activation time', why, '—', size),
      notYet('extension-event-loop', 'extension: longest event-loop block while indexing', why, `≤ ${LOOP_TARGET_MS} ms, progress shown`, size),
      notYet('extension-load-end', "extension: longest block the load's end sets off", why, `≤ ${LOOP_TARGET_MS} ms`, size),
      notYet('extension-completion', 'extension: completion latency after `[@`', why, '≤ 50 ms', size),
      notYet('extension-hover', 'extension: hover latency on a citation', why, '—', size),
    ];
  }
  const shown = r.progressTexts > 0 ? `progress shown (${r.progressTexts} status texts)` : 'no progress seen in the status bar';
  const diagnostics = r.firstDiagnosticsMs === undefined ? 'no diagnostics' : `first diagnostics ${ms(r.firstDiagnosticsMs)} (${r.diagnosticsCount})`;
  return [
    {
      id: 'extension-activation', measure: `${size.toLocaleString('en-US')} sources, extension: activation time, activate to the Sources view filled (and to the open draft's first diagnostics)`,
      sources: size, value: r.treeFilledMs ?? r.readyMs, unit: 'ms',
      text: `${ms(r.treeFilledMs ?? r.readyMs)}; ${diagnostics}; activate returned in ${ms(r.activateReturnedMs)}; ext host ${r.rssMB} MB RSS`,
      target: '—', extra: { activateReturnedMs: r.activateReturnedMs, readyMs: r.readyMs, firstDiagnosticsMs: r.firstDiagnosticsMs ?? -1, rssMB: r.rssMB },
    },
    {
      id: 'extension-event-loop', measure: `${size.toLocaleString('en-US')} sources, extension: longest event-loop block while loading and indexing the sources (monitorEventLoopDelay in the extension host, from activate's return to the last batch)`,
      sources: size, value: r.loading.maxMs, unit: 'ms',
      text: `${loopText(r.loading)}; ${shown} (quiet host: max ${ms(r.baseline.maxMs)})`,
      target: `≤ ${LOOP_TARGET_MS} ms, progress shown`,
      extra: { p99Ms: r.loading.p99Ms, blocksOver50: r.loading.blocks.length, progressShown: r.progressTexts > 0 ? 1 : 0 },
    },
    {
      id: 'extension-load-end', measure: `${size.toLocaleString('en-US')} sources, extension: longest block the load's end sets off (the first check of the open draft, against the whole library)`,
      sources: size, value: r.endOfLoadBlockMs, unit: 'ms',
      text: `${ms(r.endOfLoadBlockMs)} (whole window: max ${ms(r.indexing.maxMs)}, ${r.indexing.blocks.length} blocks over ${LOOP_TARGET_MS} ms)`,
      target: `≤ ${LOOP_TARGET_MS} ms`, extra: { wholeWindowMaxMs: r.indexing.maxMs },
    },
    {
      id: 'extension-completion', measure: `${size.toLocaleString('en-US')} sources, extension: completion latency after \`[@\` (executeCompletionItemProvider, p50 / p95 of ${r.completion.calls})`,
      sources: size, value: r.completion.p95Ms, unit: 'ms', text: `p50 ${ms(r.completion.p50Ms)}, p95 ${ms(r.completion.p95Ms)}, ${r.completion.items} items`,
      target: '≤ 50 ms', extra: { p50Ms: r.completion.p50Ms, items: r.completion.items },
    },
    {
      id: 'extension-hover', measure: `${size.toLocaleString('en-US')} sources, extension: hover latency on a citation (executeHoverProvider, p50 / p95 of ${r.hover.calls})`,
      sources: size, value: r.hover.p95Ms, unit: 'ms', text: `p50 ${ms(r.hover.p50Ms)}, p95 ${ms(r.hover.p95Ms)}${r.hover.found ? '' : ', no hover'}`,
      target: '—', extra: { p50Ms: r.hover.p50Ms },
    },
  ];
}
