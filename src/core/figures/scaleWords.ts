import { DE_SCALES, EN_HUNDRED, EN_SCALE_ABBREVIATIONS, EN_SCALES } from './lexicon/numberWords';
import { bare, skipGap, wordAt } from './tokens';
import type { Lang } from '../types';

/** A scale word after a number: "million", "bn", "Millionen", "Mio.", "Mrd.", "tausend". */
export function scaleAfter(text: string, end: number, lang: Lang): { end: number; value: number; last: number } | undefined {
  let value = 1;
  let last = 1;
  let cursor = end;
  // "one hundred thousand", "1.2 million": several scale words multiply, largest last.
  for (let i = 0; i < 3; i++) {
    const word = wordAt(text, skipGap(text, cursor));
    if (!word) break;
    const w = bare(word.text);
    // After a space, only unambiguous abbreviations scale ("2.5 bn"); "10 m" is ten metres.
    const spaced = skipGap(text, cursor) > cursor;
    const abbreviation = i === 0 && spaced && /^(bn|mn|mln|bln|tn|trn|tln)$/.test(w) ? EN_SCALE_ABBREVIATIONS[w] : undefined;
    const v = lang === 'en' ? EN_SCALES[w] ?? (EN_HUNDRED.has(w) ? 100 : undefined) ?? abbreviation : DE_SCALES[w] ?? DE_SCALES[word.text.toLowerCase()];
    if (v === undefined || !spaced) break;
    value *= v;
    last = v;
    // Keep the dot of "Mio." and "Mrd." inside the figure; not the full stop after "million."
    cursor = /\.$/.test(word.text) && !DE_SCALES[word.text.toLowerCase()] ? word.end - 1 : word.end;
  }
  return value === 1 ? undefined : { end: cursor, value, last };
}
