import type { Figure } from '../../types';
import { isJsSpace } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { mayEndListWordBefore } from '../nearWords';
import { escapeRegex, listRegex, NONE, wordSet } from '../words';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const COMMA_LOWER_RE = /^,[\s\u00a0]+\p{Ll}/u;
const LETTER_RE = /\p{L}/u;
const CAPITALIZED_RE = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

const NUMBER = String.raw`(?:\d{1,3}|\p{L}+)`;

/**
 * age: "aged 45 to 75", "aged five", "im Alter von 28, 56 und 78 Jahren", "Woidke, 62, said":
 * a plain count that is someone's age is a duration in years, so it matches "45 years old" and
 * "45-Jährige" and never a count of people.
 */
export function asAge(text: string, figure: Figure, pack: LanguagePack): void {
  if (figure.kind !== 'count' || figure.unit || figure.value < 0 || figure.value > 125) return;
  // An average age is written with decimals ("average age is 51.2"); only age words say so.
  const ageWords = afterAgeWords(text, figure, pack);
  if (!ageWords && (!Number.isInteger(figure.value) || !appositive(text, figure, pack))) return;
  figure.kind = 'duration';
  figure.unit = 'year';
  delete figure.noun;
  decided('age');
}

/** "aged 45", "aged 45 to 75", "im Alter von 31, 36 und": the age words, then perhaps other ages. */
function afterAgeWords(text: string, figure: Figure, pack: LanguagePack): boolean {
  const words = pack.context.ageBefore;
  if (!words) return false;
  const joints = pack.context.rangeJoints ?? NONE;
  const { start } = figure.span;
  const from = Math.max(0, start - 60);
  // The pattern ends in the age words and spaces, or in a comma or joint of the ages after them
  // (glued to an age in words or not, then spaces or none): where the text before the figure
  // ends in none of those, it cannot match.
  if (!mayEndListWordBefore(text, start, from, words) && !mayEndListWordBefore(text, start, from, joints, true) && !endsInComma(text, start, from)) return false;
  return ageRegex(words, joints).test(text.slice(from, start));
}

/** Does the text from `from` to `start` end in a comma, and spaces or none? */
function endsInComma(text: string, start: number, from: number): boolean {
  let i = start;
  while (i > from && isJsSpace(text.charCodeAt(i - 1))) i--;
  return i > from && text.charCodeAt(i - 1) === 44;
}

const AGE_RES = new WeakMap<readonly string[], RegExp>();
/** The age words, then up to four other ages joined by commas or the range joints ("aged 45 to "). */
function ageRegex(words: readonly string[], joints: readonly string[]): RegExp {
  let re = AGE_RES.get(words);
  if (!re) {
    const alt = joints.map(escapeRegex).join('|');
    const others = alt ? String.raw`(?:${NUMBER}(?:[\s\u00a0]*,|[\s\u00a0]*(?:${alt}))[\s\u00a0]*){0,4}` : '';
    re = listRegex(words, String.raw`(?:^|[^\p{L}])W[\s\u00a0]+${others}$`, 'iu');
    AGE_RES.set(words, re);
  }
  return re;
}

/** "Woidke, 62, hatte", "Smith, 46, said", "a second boy, 16, was": a number between commas right after a name or a person. */
function appositive(text: string, figure: Figure, pack: LanguagePack): boolean {
  if (!/^\d{1,3}$/.test(figure.text) || text[figure.span.end] !== ',' || !COMMA_LOWER_RE.test(text.slice(figure.span.end, figure.span.end + 4))) return false;
  if (text[figure.span.start - 2] !== ',' || !/[\s\u00a0]/.test(text[figure.span.start - 1] ?? '')) return false;
  const comma = figure.span.start - 2;
  let start = comma;
  while (start > 0 && comma - start < 30 && LETTER_RE.test(text[start - 1])) start--;
  const word = text.slice(start, comma);
  return word !== '' && (CAPITALIZED_RE.test(word) || wordSet(pack.context.ageNouns ?? NONE).has(word.toLowerCase()) || afterDeterminer(text, start, pack));
}

/** "The developer, 58,": the word before the comma follows a determiner, so it is a noun that names someone. */
function afterDeterminer(text: string, wordStart: number, pack: LanguagePack): boolean {
  const words = pack.context.ageDeterminers;
  return words !== undefined && listRegex(words, String.raw`(?:^|[^\p{L}])W[\s\u00a0]+$`, 'iu').test(text.slice(Math.max(0, wordStart - 8), wordStart));
}
