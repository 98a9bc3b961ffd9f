import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import { wordSet } from '../words';
import { wordBefore } from './around';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const CAPITAL_RE = /^\p{Lu}/u;
const LETTER_RE = /\p{L}/u;

/**
 * monthYear: "in March 2011", "im September 2022": a year after its month is a date of that month
 * (20110300), so it matches "März 2011" and not every other mention of 2011.
 */
export function monthYear(text: string, figure: Figure, pack: LanguagePack): void {
  if (figure.kind !== 'year') return;
  const before = wordBefore(text, figure.span.start, true);
  if (!before || /[\d-]/.test(text.slice(before.start + before.word.length, figure.span.start))) return;
  const m = [text.slice(before.start, figure.span.start), before.word];
  const month = pack.months[m[1].toLowerCase()];
  // "May" and "March" are also words: those only capitalized (French writes every month in lower case).
  if (month === undefined || (wordSet(pack.monthsAlsoWords).has(m[1].toLowerCase()) && !CAPITAL_RE.test(m[1]))) return;
  if (LETTER_RE.test(text[figure.span.start - m[0].length - 1] ?? ' ')) return;
  figure.kind = 'date';
  figure.value = figure.value * 10000 + month * 100;
  figure.number ??= { ...figure.span };
  figure.span = { start: figure.span.start - m[0].length, end: figure.span.end };
  figure.text = text.slice(figure.span.start, figure.span.end);
  decided('monthYear');
}
