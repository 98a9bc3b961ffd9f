import assert from 'node:assert/strict';

import { analyzeDraft } from '../../../../src/core/draft';
import { figureVerdicts } from '../../../../src/core/lint/figureVerdicts';
import { lintDraft } from '../../../../src/core/lint/lint';
import { RULES } from '../../../../src/core/lint/rules';
import { Backcheck } from '../../../../src/core/service';
// The bench's seeded generator (mulberry32), so a failure repeats.
import { rng as random } from '../../../../bench/rng';

const encode = (text: string) => new TextEncoder().encode(text);


// Few numbers, so sources and draft share them often: an edit then moves matches about.
const NUMBERS = ['12', '40', '4,500', '4,520', '7.5', '300'];
const CLAUSES = [
  (n: string) => `about ${n} residents were moved`,
  (n: string) => `turnout rose by ${n} percent`,
  (n: string) => `the dikes cost ${n} million euros`,
  (n: string) => `the road runs ${n} kilometres`,
  (n: string) => `${n} vehicles were counted`,
  (n: string) => `the works took ${n} days`,
];

function sentence(next: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const text = pick(CLAUSES)(pick(NUMBERS));
  return text[0].toUpperCase() + text.slice(1);
}

function sourceText(next: () => number): string {
  return Array.from({ length: 1 + Math.floor(next() * 3) }, () => `${sentence(next)}. ${sentence(next)}.`).join('\n\n') + '\n';
}

function draftText(next: () => number, keys: string[]): string {
  return Array.from({ length: 40 }, () => {
    const cite = next() < 0.7 ? ` [@${keys[Math.floor(next() * keys.length)]}]` : '';
    return `${sentence(next)}${cite}.`;
  }).join(' ') + '\n';
}

describe('figure verdicts after a source changes', () => {
  it('judges again only what a change touches, with the findings of a lint from scratch, through random edits', function () {
    // 75 lints and as many from scratch: past mocha's 10 s on a loaded machine.
    this.timeout(120_000);
    for (const seed of [1, 2, 3]) {
      const next = random(seed);
      const keys = ['s0', 's1', 's2', 's3', 's4', 's5', 's6'];
      const backcheck = new Backcheck();
      for (const key of keys.slice(0, 5)) backcheck.library.set({ path: `sources/${key}.txt`, bytes: encode(sourceText(next)) });
      const text = draftText(next, keys);
      backcheck.lint(text, { lang: 'en' });
      for (let step = 0; step < 25; step++) {
        const key = keys[Math.floor(next() * keys.length)];
        const path = `sources/${key}.txt`;
        if (next() < 0.2) backcheck.library.delete(path);
        else backcheck.library.set({ path, bytes: encode(sourceText(next)) });
        const incremental = backcheck.lint(text, { lang: 'en' });
        const fresh = analyzeDraft(text, { lang: 'en' });
        assert.deepEqual(incremental, lintDraft(fresh, backcheck.library, RULES), `seed ${seed}, step ${step}: ${key} changed`);
        assert.deepEqual(backcheck.verdicts(text, { lang: 'en' }).verdicts, figureVerdicts(fresh, backcheck.library));
      }
      assert.equal(backcheck.analyses, 1, 'the same draft was linted incrementally throughout');
    }
  });

  it('keeps the verdicts a change cannot touch, the very objects', () => {
    const backcheck = new Backcheck();
    backcheck.library.set({ path: 'sources/flood.txt', bytes: encode('About 4,500 residents were moved on Monday.') });
    backcheck.library.set({ path: 'sources/road.txt', bytes: encode('The road runs 40 kilometres.') });
    const text = 'About 4,500 residents were moved [@flood]. The road runs 40 kilometres [@road].\n';
    const before = backcheck.verdicts(text, { lang: 'en' }).verdicts;
    backcheck.library.set({ path: 'sources/road.txt', bytes: encode('The road runs 41 kilometres.') });
    const after = backcheck.verdicts(text, { lang: 'en' }).verdicts;
    assert.equal(after[0], before[0]);
    assert.notEqual(after[1], before[1]);
    assert.deepEqual([before[1].verdict, after[1].verdict], ['ok', 'unmatched']);
  });
});

describe('figure verdicts as the draft is edited', () => {
  it('gives each new version of the draft the findings a library that never saw the draft before gives it', () => {
    for (const seed of [4, 5]) {
      const next = random(seed);
      const keys = ['s0', 's1', 's2', 's3'];
      const sources = keys.map((key) => ({ path: `sources/${key}.txt`, text: sourceText(next) }));
      const warm = new Backcheck();
      for (const s of sources) warm.library.set({ path: s.path, bytes: encode(s.text) });
      let text = draftText(next, keys);
      warm.lint(text, { lang: 'en' });
      for (let step = 0; step < 15; step++) {
        // An edit: a sentence inserted, a number changed or a citation dropped, somewhere in the draft.
        const at = text.indexOf('. ', Math.floor(next() * text.length));
        const cut = at < 0 ? text.length - 1 : at + 2;
        const roll = next();
        if (roll < 0.4) text = `${text.slice(0, cut)}${sentence(next)} [@${keys[Math.floor(next() * keys.length)]}]. ${text.slice(cut)}`;
        else if (roll < 0.7) text = text.replace(NUMBERS[Math.floor(next() * NUMBERS.length)], NUMBERS[Math.floor(next() * NUMBERS.length)]);
        else text = text.replace(/ \[@s\d\]/, '');
        const cold = new Backcheck();
        for (const s of sources) cold.library.set({ path: s.path, bytes: encode(s.text) });
        assert.deepEqual(warm.lint(text, { lang: 'en' }), cold.lint(text, { lang: 'en' }), `seed ${seed}, step ${step}`);
        assert.deepEqual(warm.verdicts(text, { lang: 'en' }).verdicts, cold.verdicts(text, { lang: 'en' }).verdicts);
      }
    }
  });
});
