/**
 * The load's end of the extension, outside VS Code, in CPU time (process.cpuUsage, so a busy
 * machine does not inflate it as it does wall-clock blocks): on the scale corpus, the library
 * built source by source as the extension builds it, the draft's figures judged first (as
 * prepareOpenDrafts does), then what the extension host used to do in one go at the load's end
 * against what it does now, step by step between which it yields (slices.ts):
 * - the first list of sources by key: every key sorted at once, or the order kept as they came;
 * - the draft's lint: lintDraft in one go, or the longest of lintSteps' steps (the extension's
 *   batch of 16 figures).
 *
 * The first time is what the load's end pays (cold: nothing compiled or looked up yet), so each
 * way runs in a process of its own: `--way once` or `--way steps`; later runs are listed too.
 *
 *   npx tsx bench/vscode/loadEndSteps.ts --way once|steps [--sources 10000] [--seed 15] [--repeat 5]
 */
import { parseArgs } from 'node:util';

import { figureVerdicts } from '../../src/core/lint/figureVerdicts';
import { lintDraft, lintSteps } from '../../src/core/lint/lint';
import { RULES } from '../../src/core/lint/rules';
import { Backcheck } from '../../src/core/service';
import { citationCompletions } from '../../src/core/features/completions';
import { makeScaleCorpus } from '../scale/generate';

const { values } = parseArgs({ options: { way: { type: 'string', default: 'steps' }, sources: { type: 'string', default: '10000' }, seed: { type: 'string', default: '15' }, repeat: { type: 'string', default: '5' } } });

/** CPU milliseconds (user + system) that `run` takes on this thread. */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function main(): void {
  const corpus = makeScaleCorpus({ sources: Number(values.sources), seed: Number(values.seed) });
  const backcheck = new Backcheck();
  const library = backcheck.library;
  // The extension's library: every index there before the first source (sourceWorkspace.ts).
  void library.figureIndex;
  library.containsQuote('');
  citationCompletions('[@', 2, library);
  const encoder = new TextEncoder();
  for (const file of corpus.sources) library.set({ path: file.path, bytes: encoder.encode(file.text) });
  const draft = backcheck.analyze(corpus.draft.text);
  figureVerdicts(draft, library);
  const byKey = new Intl.Collator();
  const sorting: number[] = [];
  const linting: number[] = [];
  let findings = 0;
  for (let r = 0; r < Number(values.repeat); r++) {
    if (values.way === 'once') {
      sorting.push(cpuMs(() => void [...library.inLoadOrder].sort((a, b) => byKey.compare(a.key, b.key))));
      linting.push(cpuMs(() => void (findings = lintDraft(draft, library, RULES).length)));
    } else {
      sorting.push(cpuMs(() => void library.sources));
      const steps = lintSteps(draft, library, RULES, {}, { figuresPerBatch: 16 });
      let longest = 0;
      for (let step = steps.next(); ; ) {
        let next: typeof step | undefined;
        longest = Math.max(longest, cpuMs(() => void (next = steps.next())));
        step = next!;
        if (step.done) {
          findings = step.value.length;
          break;
        }
      }
      linting.push(longest);
    }
    // A change between runs (a source set again, its text the same), as a watcher event makes.
    library.setSource({ ...library.inLoadOrder[0] });
    figureVerdicts(draft, library);
  }
  const list = (xs: number[]) => `first ${xs[0].toFixed(1)} ms CPU; later runs ${xs.slice(1).map((x) => x.toFixed(1)).join(', ')}`;
  process.stdout.write(`${corpus.sources.length} sources, draft of ${draft.figures.length} figures, ${findings} findings, way: ${values.way}\n`);
  process.stdout.write(values.way === 'once' ? `sources by key, sorted at once: ${list(sorting)}\n` : `sources by key, the order kept (a copy): ${list(sorting)}\n`);
  process.stdout.write(values.way === 'once' ? `lint in one go: ${list(linting)}\n` : `lint in steps, the longest step: ${list(linting)}\n`);
}

main();
