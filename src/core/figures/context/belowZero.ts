import type { LanguagePack } from '../lang/pack';
import { mayStartListWord } from '../nearWords';
import { listRegex } from '../words';
import { decided } from './trace';

/**
 * belowZero: "2 degrees below zero", "5 below zero", "2 Grad unter null": the number is
 * negative, and the words after it are part of the figure (not a second figure "zero"/"null").
 * Returns where the figure then ends.
 */
export function belowZeroEnd(text: string, end: number, pack: LanguagePack): number | undefined {
  if (text[end] !== ' ' || !mayStartListWord(text, end + 1, pack.belowZero)) return undefined;
  const m = listRegex(pack.belowZero, String.raw` W(?![\p{L}])`, 'iuy');
  m.lastIndex = end;
  if (!m.test(text)) return undefined;
  decided('belowZero');
  return m.lastIndex;
}
