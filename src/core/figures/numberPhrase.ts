import { readDigits } from './digitNumber';
import { readEnglishWords } from './englishNumberWords';
import { readGermanWords } from './germanNumberWords';
import { VULGAR_FRACTIONS } from './lexicon/numberWords';
import { measureAfter } from './measureAfter';
import type { SeparatorStyle } from './parseNumber';
import type { NumberPhrase } from './tokens';
import type { Lang } from '../types';

export type { NumberPhrase } from './tokens';

/**
 * Reads a number phrase starting at `at`: digits in the document's separator style, or number
 * words, with an attached or following scale word ("15k", "1,5 Mio.", "two hundred thousand"),
 * fractions ("two-thirds", "zwei Drittel", "anderthalb") and dozens. Returns undefined when no
 * number starts there. Reads at most a bounded number of tokens past the last number word, so
 * scanning stays linear.
 */
export function readNumberPhrase(text: string, at: number, lang: Lang, style: SeparatorStyle): NumberPhrase | undefined {
  const c = text.charCodeAt(at);
  const isDigit = c >= 48 && c <= 57;
  const vulgar = VULGAR_FRACTIONS[text[at]];
  if (vulgar !== undefined) return { start: at, end: at + 1, value: vulgar, digits: true };
  const phrase = isDigit || ((c === 46 || c === 44) && /\d/.test(text[at + 1] ?? '')) ? readDigits(text, at, lang, style) : readWords(text, at, lang);
  if (!phrase) return undefined;
  return lang === 'en' ? withRatio(text, phrase, style) : withGermanRatio(text, phrase, style);
}
/**
 * A ratio written out: "one out of three", "two out of five hundred", "one over twenty", "1 in 5",
 * "six in 10", "one in every five". "over" only when nothing is counted after it ("$2000 over 3
 * years" is a period); "in" only towards a larger whole of at most 1000 that measures nothing
 * ("8 in 5" and "2 in 3 minutes" are two figures).
 */
function withRatio(text: string, phrase: NumberPhrase, style: SeparatorStyle): NumberPhrase {
  if (text[phrase.end] !== ' ' || phrase.scale) return phrase;
  const joint = /\s(out of|over|in)\s(?:every\s)?/y;
  joint.lastIndex = phrase.end;
  const j = joint.exec(text);
  if (!j) return phrase;
  if (j[1] === 'in' && (!Number.isInteger(phrase.value) || phrase.value < 1)) return phrase;
  const from = phrase.end + j[0].length;
  if (!/[\p{L}\d]/u.test(text[from] ?? '')) return phrase;
  const c = text.charCodeAt(from);
  const denominator = c >= 48 && c <= 57 ? readDigits(text, from, 'en', style) : readEnglishWords(text, from);
  if (!denominator || denominator.value === 0 || !Number.isInteger(denominator.value) || (j[1] !== 'over' && denominator.value < phrase.value)) return phrase;
  if (j[1] !== 'out of' && /^[\s\u00a0]*\p{L}/u.test(text.slice(denominator.end, denominator.end + 2)) && j[1] === 'over') return phrase;
  if (j[1] === 'in' && (denominator.value > 1000 || denominator.value <= phrase.value || measureAfter(text, denominator.end))) return phrase;
  // "5 over 2023": a year, not a denominator.
  if (denominator.digits && /^\d{4}$/.test(text.slice(denominator.start, denominator.end)) && denominator.value >= 1800 && denominator.value <= 2100) return phrase;
  return { start: phrase.start, end: denominator.end, value: phrase.value / denominator.value, digits: phrase.digits };
}
/**
 * "zwei von drei Befragten", "3 von 4 Schulen": a ratio, as "two out of three". Not where the
 * second number measures something ("2 von 3 Prozent", "2 von 3 Euro") or is a year.
 */
function withGermanRatio(text: string, phrase: NumberPhrase, style: SeparatorStyle): NumberPhrase {
  if (text[phrase.end] !== ' ' || phrase.scale || !Number.isInteger(phrase.value) || phrase.value < 1) return phrase;
  const joint = /\svon\s(?=[\p{L}\d])/uy;
  joint.lastIndex = phrase.end;
  if (!joint.test(text)) return phrase;
  const from = joint.lastIndex;
  const c = text.charCodeAt(from);
  const of = c >= 48 && c <= 57 ? readDigits(text, from, 'de', style) : readGermanWords(text, from);
  if (!of || of.scale || !Number.isInteger(of.value) || of.value < 2 || of.value > 1000 || of.value < phrase.value) return phrase;
  if (of.digits && of.value >= 1800 && /^\d{4}$/.test(text.slice(of.start, of.end))) return phrase;
  if (measureAfter(text, of.end)) return phrase;
  return { start: phrase.start, end: of.end, value: phrase.value / of.value, digits: phrase.digits };
}
function readWords(text: string, at: number, lang: Lang): NumberPhrase | undefined {
  return lang === 'en' ? readEnglishWords(text, at) : readGermanWords(text, at);
}
