import type { LanguagePack } from '../lang/pack';
import type { NumberPhrase } from '../tokens';
import { endsWithWord } from '../words';
import { decided } from './trace';

/** pronounOne: "the one you mentioned", "which one", "no one": a pronoun, not a count. */
export function isPronounOne(text: string, start: number, phrase: NumberPhrase, pack: LanguagePack): boolean {
  const one = pack.context.pronounOne;
  if (!one || phrase.digits || text.slice(phrase.start, phrase.end).toLowerCase() !== one.word) return false;
  const pronoun = endsWithWord(text.slice(Math.max(0, start - 12), start), one.before);
  if (pronoun) decided('pronounOne');
  return pronoun;
}
