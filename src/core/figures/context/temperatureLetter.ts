import { isDigitAt, isLetter } from '../chars';
import type { LanguagePack } from '../lang/pack';
import type { NumberPhrase } from '../tokens';
import { hasWord, wordSet } from '../words';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const UPPER_RE = /\p{Lu}/u;

/**
 * temperatureLetter: "40C", "104F", "1.5C": a temperature with the scale's letter glued to the
 * digits, as British and US news write it. The letter alone says too little ("Section 5C", "seat
 * 14F", "form 13F", "14.7C/share"), so the sentence must speak of heat, cold or climate, the value
 * lie in a range the weather reaches, and the word before be no name or label.
 */
export function temperatureLetter(text: string, phrase: NumberPhrase, pack: LanguagePack): '°C' | '°F' | undefined {
  const letter = text[phrase.end];
  const next = text[phrase.end + 1] ?? ' ';
  if ((letter !== 'C' && letter !== 'F') || !phrase.digits || isLetter(next) || next === '/' || isDigitAt(text, phrase.end + 1)) return undefined;
  const words = pack.context;
  const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, phrase.start - 16), phrase.start))?.[1];
  if (before && (wordSet(words.labelWords).has(before.toLowerCase()) || (UPPER_RE.test(before) && !wordSet(words.boundWords).has(before.toLowerCase())))) return undefined;
  const sentence = sentenceEnd(text.slice(Math.max(0, phrase.start - 100), phrase.start)) + text.slice(phrase.end + 1, phrase.end + 24);
  if (!hasWord(sentence, words.weatherWords)) return undefined;
  const value = phrase.value;
  const unit = letter === 'C' ? (value <= 60 ? '°C' : undefined) : value <= 140 ? '°F' : undefined;
  if (unit) decided('temperatureLetter');
  return unit;
}
const WORD_BEFORE_RE = /(\p{L}+)[\s\u00a0]+$/u;

/** What follows the last full stop, question or exclamation mark of `before` (all of it without one). */
function sentenceEnd(before: string): string {
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
}
