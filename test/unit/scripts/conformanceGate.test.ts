import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { baselineOf, compare, formatBaseline, type Baseline } from '../../../scripts/conformance/gate';
import { score, type Case } from '../../../scripts/conformance/score';
import type { Figure } from '../../../src/core/types';

const ROOT = resolve(__dirname, '../../..');
const tally = (passed: number, inScope: number) => ({ passed, inScope });
const baseline: Baseline = { about: '', counts: { en: { NumberModel: tally(10, 12), PercentModel: tally(3, 4) }, fr: { NumberModel: tally(5, 9) } } };

/** Runs the conformance CLI on the given case folder; returns its exit code and output. */
function runGate(dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/conformance.ts', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, BACKCHECK_CONFORMANCE_DIR: dir },
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('conformance gate (scripts/conformance.ts --check)', () => {
  it('holds a count equal to the baseline and welcomes a raised one', () => {
    const verdict = compare({ en: { NumberModel: tally(10, 12), PercentModel: tally(4, 4), '(all)': tally(14, 16) } }, baseline, ['en']);
    assert.deepEqual(verdict.drops, []);
    assert.deepEqual(verdict.held, ['en NumberModel 10 / 12 (baseline 10)']);
    assert.deepEqual(verdict.raises, ['en PercentModel: 4 passed, baseline 3']);
  });

  it('fails on a count below the baseline, in any language and kind, and on a kind gone', () => {
    const verdict = compare({ en: { NumberModel: tally(9, 12) }, fr: { NumberModel: tally(5, 9) } }, baseline, ['en', 'fr']);
    assert.deepEqual(verdict.drops, ['en NumberModel: 9 passed, baseline 10', 'en PercentModel: 0 passed, baseline 3']);
  });

  it('judges only the languages whose cases were read', () => {
    assert.deepEqual(compare({ en: { NumberModel: tally(10, 12), PercentModel: tally(3, 4) } }, baseline, ['en']).drops, []);
  });

  it('writes a baseline without the sums, one line a kind, that reads back the same', () => {
    const written = baselineOf({ en: { PercentModel: tally(3, 4), '(all)': tally(3, 4) } });
    assert.deepEqual(written.counts, { en: { PercentModel: tally(3, 4) } });
    assert.deepEqual(JSON.parse(formatBaseline(written)), written);
    assert.match(formatBaseline(written), /\n {6}"PercentModel": \{ "passed": 3, "inScope": 4 \}\n/);
  });

  it('scores a case as passed only with every figure and nothing else', () => {
    const fig = (start: number, end: number, value: number): Figure => ({ span: { start, end }, text: '', value, kind: 'count', lang: 'en' });
    const cases: Case[] = [
      { id: 'a', lang: 'en', kind: 'NumberModel', input: 'it was 12', mode: 'spans', expected: [{ value: 12, start: 7, endExclusive: 9 }] },
      { id: 'b', lang: 'en', kind: 'NumberModel', input: 'it was 12 or 13', mode: 'spans', expected: [{ value: 12, start: 7, endExclusive: 9 }] },
      { id: 'c', lang: 'en', kind: 'NumberModel', input: 'none here', mode: 'none', expected: [] },
      { id: 'd', lang: 'en', kind: 'OrdinalModel', input: 'the 3rd', mode: 'spans', expected: [{ value: 3, start: 4, endExclusive: 7 }] },
    ];
    const figures: Record<string, Figure[]> = { 'it was 12': [fig(7, 9, 12)], 'it was 12 or 13': [fig(7, 9, 12), fig(13, 15, 13)], 'none here': [] };
    const { table, failures } = score(cases, (text) => figures[text] ?? []);
    assert.deepEqual(table, { en: { NumberModel: tally(2, 3), '(all)': tally(2, 3) } });
    assert.equal(failures.length, 1);
    assert.match(failures[0], /^b \[spans\]/);
  });

  it('fails the CLI gate when a count drops below the committed baseline', function () {
    this.timeout(30000);
    const dir = mkdtempSync(join(tmpdir(), 'conformance-'));
    try {
      // One English case the engine reads: English NumberModel falls from its baseline to 1.
      writeFileSync(join(dir, 'figures_conformance.jsonl'), JSON.stringify({ id: 't', lang: 'en', kind: 'NumberModel', input: 'it was 12', mode: 'spans', expected: [{ value: 12, start: 7, endExclusive: 9 }] }) + '\n');
      const { code, out } = runGate(dir, '--check');
      assert.equal(code, 1, out);
      assert.match(out, /✖ en NumberModel: 1 passed, baseline \d+ — dropped below the baseline/);
      assert.match(out, /^\s+\d+ failing$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('passes, saying it skipped, without ../shared/conformance', function () {
    this.timeout(30000);
    const { code, out } = runGate(join(tmpdir(), 'no-such-conformance-dir'), '--check');
    assert.equal(code, 0, out);
    assert.match(out, /skipped: \.\.\/shared\/conformance not found/);
  });

  it('commits a baseline for English, German and French', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'test/conformance/baseline.json'), 'utf8')) as Baseline;
    for (const lang of ['en', 'de', 'fr']) assert.ok(Object.keys(committed.counts[lang] ?? {}).length > 0, `no ${lang} baseline`);
  });
});
