/**
 * The scanner's gates turn most words away before the readers see them (wordStarts.ts,
 * LanguagePack.startsWords, mayStartCurrencyBefore). A gate may only turn away what its reader
 * would refuse: at every word of every example file, in every language, a reader that reads
 * something there must find the gate open.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { classAt, LETTER } from '../../../../src/core/figures/chars';
import { LANGS, packFor } from '../../../../src/core/figures/lang';
import { currencyBefore, mayStartCurrencyBefore } from '../../../../src/core/figures/money';
import { nextTokenStart } from '../../../../src/core/figures/tokenStart';
import { bare, wordAt } from '../../../../src/core/figures/tokens';

const FIGURES = join(__dirname, '../../../../src/core/figures');

/** The text of every example and context example file (marks and all: more words, more cases). */
function exampleText(): string {
  const files = readdirSync(FIGURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length > 20, `only ${files.length} example files`);
  return files.map((f) => readFileSync(join(FIGURES, f), 'utf8')).join('\n');
}

/** Every token start at a letter. */
function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = nextTokenStart(text, 0); at < text.length; at = nextTokenStart(text, at + 1)) if (classAt(text, at) & LETTER) starts.push(at);
  return starts;
}

describe('the scanner gates turn away only what their readers refuse', () => {
  const text = exampleText() + '\nHalf of them, la moitié, Sixty-one, a dozen, an estimated, quarter million, US$ 5, EUR 15, Rs. 20, malaysian ringgit 42';
  const starts = wordStarts(text);

  for (const lang of LANGS) {
    const pack = packFor(lang);
    it(`${lang}: every word the cardinal or share reader starts at is one of startsWords`, () => {
      if (!pack.startsWords) return;
      let read = 0;
      for (const at of starts) {
        const found = pack.readCardinal(text, at, pack) ?? pack.readShare?.(text, at, pack);
        if (!found) continue;
        read++;
        const word = bare(wordAt(text, at)!.text);
        assert.ok(pack.startsWords(word), `${lang} reads at "${text.slice(at, at + 30)}" but startsWords("${word}") is false`);
      }
      assert.ok(read > 20, `only ${read} readings: the corpus is too small to say`);
    });
  }

  it('every currency before a number at a letter passes mayStartCurrencyBefore', () => {
    let read = 0;
    for (const lang of LANGS) {
      for (const at of starts) {
        if (!currencyBefore(text, at, packFor(lang))) continue;
        read++;
        assert.ok(mayStartCurrencyBefore(text, at), `currency at "${text.slice(at, at + 20)}"`);
      }
    }
    assert.ok(read > 5, `only ${read} currencies`);
  });
});
