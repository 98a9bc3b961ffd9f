import assert from 'node:assert/strict';

import { nextTokenStart } from '../../../../src/core/figures/tokenStart';

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
const ALPHABET = ['a', 'Z', '7', '0', '.', ',', ' ', '-', '$', '€', '£', '¥', 'é', 'ß', 'Ä', '½', '¾', '²', '٣', '७', 'ж', '中', '\u0301', '\u00a0', '\u202f', '𝟘', '𝐀', '😀', '\ud800', '\udc00', '%', '/', "'"];

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
