import type { LanguagePack } from '../lang/pack';
import { wordSet } from '../words';
import { decided } from './trace';

/**
 * inchOrPreposition: "in" after a number is a preposition far more often than inches ("50,000 in
 * 2020", "2 in April", "1 in 5"): with a space before it, it is inches only where nothing follows.
 */
export function inIsPreposition(text: string, end: number, u: RegExpExecArray, pack: LanguagePack): boolean {
  if (!wordSet(pack.prepositionUnits).has(u[1].toLowerCase()) || u[0] === u[1]) return false;
  const preposition = !/^[\s\u00a0]*(?:[.,;:!?)]|$)/.test(text.slice(end + u[0].length, end + u[0].length + 3));
  if (preposition) decided('inchOrPreposition');
  return preposition;
}
