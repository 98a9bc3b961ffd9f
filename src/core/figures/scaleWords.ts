import type { LanguagePack } from './lang/pack';
import { bare, skipGap, wordAt } from './tokens';

/** A scale word after a number: "million", "bn", "Millionen", "Mio.", "Mrd.", "tausend". */
export function scaleAfter(text: string, end: number, pack: LanguagePack): { end: number; value: number; last: number } | undefined {
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
    const abbreviation = i === 0 && spaced ? pack.spacedScaleAbbreviations[w] : undefined;
    const v = pack.scales[w] ?? pack.scales[word.text.toLowerCase()] ?? abbreviation;
    // Glued, only a whole scale word: "2millions", "3billion" (a typo, but the figure is plain).
    if (v === undefined || (!spaced && !(i === 0 && w.length > 3 && pack.scales[w] !== undefined))) break;
    value *= v;
    last = v;
    // Keep the dot of "Mio." and "Mrd." inside the figure; not the full stop after "million."
    cursor = /\.$/.test(word.text) && !pack.scales[word.text.toLowerCase()] ? word.end - 1 : word.end;
  }
  return value === 1 ? undefined : { end: cursor, value, last };
}
