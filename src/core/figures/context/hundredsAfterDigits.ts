import type { LanguagePack } from '../lang/pack';
import { bare, skipGap, wordAt, wordEnd, type NumberPhrase } from '../tokens';
import { decided } from './trace';

/**
 * hundredsAfterDigits: French "cents" after digits is the coin ("3 cents"), but not where the
 * digits are a part of a larger number: after a scale ("4 mille 3 cents" is 4300, no 4000 and three
 * coins), or as "cent" in the singular before a further number ("3 cent un" is 301: French drops
 * the "s" of "cents" only before a number, and a coin counted beyond one takes it).
 */

/** The hundreds word after the digits of a part after a scale ("4 mille 3 cents"): where it ends, and 100. */
export function hundredsOfPart(text: string, end: number, pack: LanguagePack): { end: number; value: number; last: number } | undefined {
  const forms = pack.context.hundredsAfterDigits?.forms;
  const from = skipGap(text, end);
  const word = forms && from > end ? wordAt(text, from) : undefined;
  if (!word || !forms!.includes(word.text.replace(/\.$/, ''))) return undefined;
  decided('hundredsAfterDigits');
  return { end: wordEnd(word), value: 100, last: 100 };
}

/** "3 cent un", "12 cent vingt": digits (two to 99), "cent" and a number under a hundred in words. */
export function hundredsBeforeNumber(text: string, at: number, end: number, value: number, pack: LanguagePack): NumberPhrase | undefined {
  const form = pack.context.hundredsAfterDigits?.beforeNumber;
  if (!form || !Number.isInteger(value) || value < 2 || value > 99 || !/^\d+$/.test(text.slice(at, end))) return undefined;
  const from = skipGap(text, end);
  const word = from > end ? wordAt(text, from) : undefined;
  if (!word || word.text !== form) return undefined;
  const next = skipGap(text, word.end);
  if (next === word.end) return undefined;
  const first = wordAt(text, next);
  // "un" alone reads as an article; after "cent" it is the last unit of the number where no
  // singular noun takes it as its article ("3 cent un est", "3 cent un habitants", not "20 cent un peu").
  const one = first && pack.digitWords[bare(first.text)] === 1 && !articleOfNoun(text, wordEnd(first), pack);
  const rest = pack.readCardinal(text, next, pack) ?? (one ? { end: wordEnd(first!), value: 1, digits: false, start: next } : undefined);
  if (!rest || rest.digits || !Number.isInteger(rest.value) || rest.value < 1 || rest.value > 99) return undefined;
  decided('hundredsAfterDigits');
  return { start: at, end: rest.end, value: value * 100 + rest.value, digits: true };
}

/** Whether a word follows that "un" may be the article of: no function word, no plural. */
function articleOfNoun(text: string, end: number, pack: LanguagePack): boolean {
  const from = skipGap(text, end);
  const word = from > end ? wordAt(text, from) : undefined;
  if (!word || !/^\p{L}/u.test(word.text)) return false;
  const w = bare(word.text);
  return !pack.functionWords.includes(w) && !/[sx]$/.test(w);
}
