import assert from 'node:assert/strict';

import { nextTokenStart } from '../../../../src/core/figures/tokenStart';
import { forgetWord, skipGap, wordAt } from '../../../../src/core/figures/tokens';

/** The pattern the scanner used before its character-class pass: the pass must find the same starts. */
const TOKEN_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}\p{Sc}]|(?<![\p{N}.,])[.,](?=\d)|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅐⅑⅒]/gu;

function byPattern(text: string): number[] {
  return [...text.matchAll(TOKEN_START)].map((m) => m.index);
}

function byPass(text: string): number[] {
  const starts: number[] = [];
  for (let at = nextTokenStart(text, 0); at < text.length; at = nextTokenStart(text, at + (text.codePointAt(at)! > 0xffff ? 2 : 1))) starts.push(at);
  return starts;
}

/** Characters of every class the scanner tells apart, ASCII and beyond, astral ones too. */
const ALPHABET = ['\u2003', '\u3000', '\t', '\n', ' - ', '\u0308', 'a', 'Z', '7', '0', '.', ',', ' ', '-', '$', '€', '£', '¥', 'é', 'ß', 'Ä', '½', '¾', '²', '٣', '७', 'ж', '中', '\u0301', '\u00a0', '\u202f', '𝟘', '𝐀', '😀', '\ud800', '\udc00', '%', '/', "'"];

describe('nextTokenStart: the scanner finds a token where the old pattern did', () => {
  it('on words, numbers, signs and marks', () => {
    const text = 'About 1,200 people, .5 and ,75; 2½ km, €20, x2 2x, 1.,5 é9 ß-7 𝐀1 😀3 ٣٤ ²';
    assert.deepEqual(byPass(text), byPattern(text));
  });

  it('on 2,000 random strings of every class', () => {
    let seed = 13;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 24) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
      assert.deepEqual(byPass(text), byPattern(text), JSON.stringify(text));
    }
  });

  it('from a position inside the text, as the scanner resumes after a figure', () => {
    const text = 'ab12 .5x';
    assert.equal(nextTokenStart(text, 1), 5);
    assert.equal(nextTokenStart(text, 3), 5);
    assert.equal(nextTokenStart(text, 6), 6);
    assert.equal(nextTokenStart(text, 7), text.length);
  });
});

/** The patterns words and gaps were read with before the character-class pass. */
const WORD_RE = /[\p{L}][\p{L}\p{M}]*\.?/uy;
const GAP_RE = /[\s\u00a0\u202f\u2009]+(?:-[\s\u00a0]+)?|-/y;
const stickyEnd = (re: RegExp, text: string, at: number) => {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : undefined;
};

describe('wordAt and skipGap read what the old patterns read', () => {
  it('at every position of 2,000 random strings', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 16) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
      for (let at = 0; at <= text.length; at++) {
        // Inside a surrogate pair a unicode regex backs up to the pair's start; readers never start there.
        if (/[\ud800-\udbff]/.test(text[at - 1] ?? '') && /[\udc00-\udfff]/.test(text[at])) continue;
        forgetWord();
        assert.equal(wordAt(text, at)?.end, stickyEnd(WORD_RE, text, at), `word ${JSON.stringify(text)} at ${at}`);
        assert.equal(skipGap(text, at), stickyEnd(GAP_RE, text, at) ?? at, `gap ${JSON.stringify(text)} at ${at}`);
      }
    }
  });
});
