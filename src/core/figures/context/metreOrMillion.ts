import { COMMON_CODES, ISO_CODES } from '../lang/common/currencies';
import type { LanguagePack } from '../lang/pack';
import { currencyNames } from '../money';
import { bare, wordAt } from '../tokens';
import { wordSet } from '../words';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const CURRENCY_BEFORE_RE = /(?:(\p{Sc})|(?<![\p{L}])([A-Za-z]{3}))[\s\u00a0]?$/u;

/**
 * metreOrMillion: a lower-case "m" (or "b") glued to digits is a million (a billion) only right
 * after a currency ("£2.5m", "USD 3m") or, for "m", before what is counted in millions ("2m
 * people", "5m barrels", "3.5m euros"); otherwise it is metres: "1.8m tall", "the 400m hurdles".
 */
export function isMillion(text: string, at: number, after: number, form: string, pack: LanguagePack): boolean {
  const million = currencyJustBefore(text, at) || (form === 'm' && countedAfter(text, after, pack));
  decided('metreOrMillion');
  return million;
}

/**
 * "£1.5 m", "USD 3 m": written apart from the digits, "m" (or "b") is a million (a billion) after a
 * currency alone, where no length can be meant; "a 5 m wall", "2 m people" stay as they read.
 */
export function isSpacedMillion(text: string, at: number): boolean {
  if (!currencyJustBefore(text, at)) return false;
  decided('metreOrMillion');
  return true;
}

/** "£2.5m", "USD 3m", "eur 4m": a currency right before the digits ("the 400m" is no currency). */
function currencyJustBefore(text: string, at: number): boolean {
  const before = CURRENCY_BEFORE_RE.exec(text.slice(Math.max(0, at - 5), at));
  if (!before) return false;
  if (before[1]) return true;
  const code = before[2];
  return (code === code.toUpperCase() && ISO_CODES.has(code)) || COMMON_CODES.has(code.toUpperCase()) && code === code.toLowerCase();
}

/**
 * "2m people", "5m barrels", "3.5m euros": after a lower-case "m", what is counted in millions,
 * which a length in metres never is ("1.8m tall", "100m in 9.58 seconds", "the 400m hurdles").
 */
function countedAfter(text: string, at: number, pack: LanguagePack): boolean {
  if (text[at] !== ' ') return false;
  const word = wordAt(text, at + 1);
  if (!word) return false;
  const w = bare(word.text);
  return wordSet(pack.countedInMillions).has(w) || (w.length >= 3 && currencyNames(pack).has(w));
}
