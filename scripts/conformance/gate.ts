/**
 * The conformance gate: a committed baseline of passed cases per language and origin model that a
 * change may not lower. Raising a count is welcome and is recorded by `--update` in the same commit.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import { ALL, type Table, type Tally } from './score';

export interface Baseline {
  about: string;
  /** lang -> kind -> tally, as `score` tabulates it (without the `(all)` rows, which are sums). */
  counts: Table;
}

export interface Verdict {
  /** "en NumberModel: 213 passed, baseline 214" — each fails the gate. */
  drops: string[];
  /** Counts above the baseline: the baseline should be updated with the change that raised them. */
  raises: string[];
  /** Rows that hold: "en NumberModel 214 / 235 (baseline 214)". */
  held: string[];
}

export const ABOUT = 'Conformance baseline (scripts/conformance.ts): cases passed per language and origin model. `npm run conformance -- --check` fails when a count drops below it; `-- --update` rewrites it.';

/** The baseline a table sets: its counts per language and kind, sorted, without the sums. */
export function baselineOf(table: Table): Baseline {
  const counts: Table = {};
  for (const lang of Object.keys(table).sort()) {
    counts[lang] = {};
    for (const kind of Object.keys(table[lang]).sort()) if (kind !== ALL) counts[lang][kind] = { ...table[lang][kind] };
  }
  return { about: ABOUT, counts };
}

/** The baseline as committed: one line per language and kind, so a diff shows which count moved. */
export function formatBaseline(baseline: Baseline): string {
  const langs = Object.entries(baseline.counts).map(([lang, kinds]) => {
    const rows = Object.entries(kinds).map(([kind, t]) => `      ${JSON.stringify(kind)}: { "passed": ${t.passed}, "inScope": ${t.inScope} }`);
    return `    ${JSON.stringify(lang)}: {\n${rows.join(',\n')}\n    }`;
  });
  return `{\n  "about": ${JSON.stringify(baseline.about)},\n  "counts": {\n${langs.join(',\n')}\n  }\n}\n`;
}

/**
 * Compares a fresh table with the baseline, for the languages that were scored (a case file not
 * read is no drop). A kind the baseline has and the table lacks has dropped to nothing.
 */
export function compare(table: Table, baseline: Baseline, scored: string[]): Verdict {
  const verdict: Verdict = { drops: [], raises: [], held: [] };
  for (const lang of scored) {
    const base = baseline.counts[lang] ?? {};
    const now = table[lang] ?? {};
    for (const kind of [...new Set([...Object.keys(base), ...Object.keys(now)])].filter((k) => k !== ALL).sort()) {
      judge(verdict, `${lang} ${kind}`, now[kind] ?? { passed: 0, inScope: 0 }, base[kind]);
    }
  }
  return verdict;
}

function judge(verdict: Verdict, row: string, now: Tally, base: Tally | undefined): void {
  const was = base?.passed ?? 0;
  if (now.passed < was) verdict.drops.push(`${row}: ${now.passed} passed, baseline ${was}`);
  else if (now.passed > was || base === undefined) verdict.raises.push(`${row}: ${now.passed} passed, baseline ${base ? was : 'none'}`);
  else verdict.held.push(`${row} ${now.passed} / ${now.inScope} (baseline ${was})`);
}

/**
 * The shared conformance folder: `../shared/conformance` beside the clone (as CI lays it out), or
 * one level further up (a git worktree in a folder of worktrees); undefined when there is none.
 * BACKCHECK_CONFORMANCE_DIR names another.
 */
export function findConformanceDir(repoRoot: string): string | undefined {
  const named = process.env.BACKCHECK_CONFORMANCE_DIR;
  const candidates = named ? [resolve(named)] : [resolve(repoRoot, '../shared/conformance'), resolve(repoRoot, '../../shared/conformance')];
  return candidates.find((dir) => existsSync(dir));
}
