import assert from 'node:assert/strict';

import { mayEndListWordBefore, mayStartListWord, mayStartListWordAfter } from '../../../../src/core/figures/nearWords';
import { listRegex } from '../../../../src/core/figures/words';

// The one list gate is a first test before a list's pattern (which lets no letter follow a word's
// first run of letters, nor stand before its last): it may say "maybe" where the pattern
// then fails, never "no" where it matches. These cases pin both halves; the random sweep checks the
// second against the patterns themselves.
const LIST = ['about', 'aged', 'No.', '-', 'Straße', 'million euros', 'à peine'];

describe('the list gate (nearWords)', () => {
  it('finds a word of the list where it starts, in any case', () => {
    assert.equal(mayStartListWord('ABOUT 5', 0, LIST), true);
    assert.equal(mayStartListWord('x million euros', 2, LIST), true);
    assert.equal(mayStartListWord('- 5', 0, LIST), true);
    assert.equal(mayStartListWord('STRASSE', 0, LIST), false);
    assert.equal(mayStartListWord('straße 5', 0, LIST), true);
    assert.equal(mayStartListWord('À peine', 0, LIST), true);
  });

  it('rules out a run of letters no word starts with, and a longer or shorter run', () => {
    assert.equal(mayStartListWord('abouts 5', 0, LIST), false);
    assert.equal(mayStartListWord('abou 5', 0, LIST), false);
    assert.equal(mayStartListWord('élan', 0, LIST), false);
    assert.equal(mayStartListWord('5 km', 0, LIST), false);
  });

  it('leaves letters that fold otherwise to the pattern', () => {
    // U+212A KELVIN SIGN folds to "k", U+00B5 MICRO SIGN to Greek mu: no test by lower case is exact.
    assert.equal(mayStartListWord('\u212Am', 0, ['km']), true);
    assert.equal(mayStartListWord('\u00b5g', 0, ['\u03bcg']), true);
  });

  it('finds a word after spaces, or after one more word', () => {
    assert.equal(mayStartListWordAfter('5  aged', 1, 7, LIST), true);
    assert.equal(mayStartListWordAfter('5aged', 1, 5, LIST), false);
    assert.equal(mayStartListWordAfter('5 were aged', 1, 11, LIST), false);
    assert.equal(mayStartListWordAfter('5 were aged', 1, 11, LIST, true), true);
  });

  it('finds a word of the list before the spaces at a place, and a glued one', () => {
    assert.equal(mayEndListWordBefore('No. 5', 4, 0, LIST), true);
    assert.equal(mayEndListWordBefore('about 5', 6, 0, LIST), true);
    assert.equal(mayEndListWordBefore('roundabout 5', 11, 0, LIST), false);
    assert.equal(mayEndListWordBefore('roundabout 5', 11, 0, LIST, true), true);
    assert.equal(mayEndListWordBefore('about5', 5, 0, LIST), false);
    assert.equal(mayEndListWordBefore('about5', 5, 0, LIST, true), true);
    assert.equal(mayEndListWordBefore('die Straße 5', 11, 0, LIST), true);
  });

  it('never says no where the pattern matches (random texts)', () => {
    const pieces = ['about', 'ABOUT', 'aged', 'No.', 'no', '-', 'Straße', 'STRASSE', 'million', 'euros', 'à', 'peine', 'x', 'é', '\u212A', ' ', '  ', '\u00a0', '5', '.', ','];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const starts = listRegex(LIST, String.raw`W(?![\p{L}])`, 'iuy');
    const after = listRegex(LIST, String.raw`^[\s\u00a0]+W(?![\p{L}])`, 'iu');
    const before = listRegex(LIST, String.raw`(?:^|[^\p{L}])W[\s\u00a0]+$`, 'iu');
    let matched = 0;
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: 1 + rand(6) }, () => pieces[rand(pieces.length)]).join('');
      for (let at = 0; at <= text.length; at++) {
        starts.lastIndex = at;
        if (starts.test(text)) {
          matched++;
          assert.equal(mayStartListWord(text, at, LIST), true, `start at ${at} of ${JSON.stringify(text)}`);
        }
        if (after.test(text.slice(at))) assert.equal(mayStartListWordAfter(text, at, text.length, LIST), true, `after ${at} of ${JSON.stringify(text)}`);
        for (const from of [0, Math.max(0, at - 8)]) {
          if (before.test(text.slice(from, at))) assert.equal(mayEndListWordBefore(text, at, from, LIST), true, `before ${at} from ${from} of ${JSON.stringify(text)}`);
        }
      }
    }
    assert.ok(matched > 100, 'the sweep found words of the list to check');
  });
});
