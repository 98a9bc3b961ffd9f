import type { LanguagePack } from '../lang/pack';
import type { NumberPhrase } from '../tokens';
import { listRegex } from '../words';
import { decided } from './trace';

/**
 * millionsInDigits: French says "4 000 000" as "quatre millions" and writes the "de" that follows
 * the scale word after the digits too: "4 000 000 de degrés", "3 000 000 d'euros". Only a round
 * number of millions or more says its scale last; "2 500 000 euros" ends in "mille" and takes no
 * "de". The currencies that are also common words ("livres": books) are still read after a
 * written scale only.
 */
export function isMillionsInDigits(text: string, end: number, phrase: NumberPhrase, pack: LanguagePack): boolean {
  if (!pack.context.ofAfterMillionsInDigits || !pack.currencyOf || !phrase.digits || phrase.scale || phrase.value < 1e6 || phrase.value % 1e6 !== 0) return false;
  const of = listRegex(pack.currencyOf, String.raw`[\s\u00a0]W`, 'iuy');
  of.lastIndex = end;
  if (!of.test(text)) return false;
  decided('millionsInDigits');
  return true;
}
