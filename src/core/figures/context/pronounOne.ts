import type { LanguagePack } from '../lang/pack';
import type { NumberPhrase } from '../tokens';
import { endsWithWord, listRegex, single } from '../words';
import { decided } from './trace';

/** pronounOne: "the one you mentioned", "which one", "no one": a pronoun, not a count. */
export function isPronounOne(text: string, start: number, phrase: NumberPhrase, pack: LanguagePack): boolean {
  const one = pack.context.pronounOne;
  if (!one || phrase.digits || text.slice(phrase.start, phrase.end).toLowerCase() !== one.word) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  // "found that one of the wounds": "that" is the conjunction there, and "one of" a number.
  const conjunction = one.conjunctions !== undefined && one.of !== undefined && endsWithWord(before, one.conjunctions) && listRegex(single(one.of), String.raw`^[\s\u00a0]+W[\s\u00a0]`, 'iu').test(text.slice(phrase.end, phrase.end + one.of.length + 3));
  const pronoun = !conjunction && endsWithWord(before, one.before);
  if (pronoun) decided('pronounOne');
  return pronoun;
}
