import assert from 'node:assert/strict';

import { normalizeQuote } from '../../../../src/core/sources/normalizeQuote';
import { QuoteIndex } from '../../../../src/core/sources/quoteIndex';
import type { Source } from '../../../../src/core/sources/source';

const WORDS = ['the', 'ferry', 'crossed', 'river', 'twice', 'on', 'Monday', 'mayor', 'said', 'we', 'will', 'rebuild', 'bridge', 'every'];

/** A source with only the field the index reads. */
const sourceOf = (text: string) => ({ text }) as Source;

describe('QuoteIndex', () => {
  it('answers as reading every live source would, through hundreds of adds and removes (sweeps included)', () => {
    let seed = 7;
    // The high bits of a linear congruential generator: its low bits repeat with a short period.
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    const phrase = (length: number) => Array.from({ length }, () => WORDS[next(WORDS.length)]).join(' ');
    const index = new QuoteIndex();
    const live = new Set<Source>();
    const all: Source[] = [];
    for (let step = 0; step < 600; step++) {
      // Adds mostly, then removes mostly: the dead come to outnumber the live, and are swept.
      const removing = step < 300 ? next(4) === 0 : next(4) !== 0;
      if (live.size > 0 && removing) {
        const gone = [...live][next(live.size)];
        live.delete(gone);
        index.remove(gone);
      } else {
        const source = sourceOf(`${phrase(12)}. ${phrase(12)}.`);
        all.push(source);
        live.add(source);
        index.add(source);
        // A source added twice is one source.
        if (next(10) === 0) index.add(source);
      }
      for (let q = 0; q < 3; q++) {
        const needle = normalizeQuote(phrase(2 + next(4)));
        const expected = [...live].some((s) => normalizeQuote(s.text).includes(needle));
        assert.equal(index.contains(needle), expected, `step ${step}: "${needle}"`);
      }
    }
    // Removing a source not in the index changes nothing.
    index.remove(sourceOf('not in it'));
    assert.ok(all.length > 300);
  });
});
