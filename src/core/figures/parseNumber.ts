import type { Lang } from '../types';
import { digitRunEnd, isDigitCode } from './chars';
import { packFor } from './lang';

/**
 * Which separators a document uses, by its decimal mark: "76,000.5" ('.') or "76.000,5" and
 * "76 000,5" (','). Spaces and the Swiss apostrophe group in both.
 */
export type SeparatorStyle = '.' | ',';

/** The decimal mark of a style, or of a language's own style. */
function markOf(style: SeparatorStyle | Lang): SeparatorStyle {
  return style === '.' || style === ',' ? style : packFor(style).decimalMark;
}

/** "12,34,567": Indian grouping, two digits per group above the thousands. */
const INDIAN_GROUPING = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;

/**
 * A run of digits with separators, from a digit (sticky): grouped thousands ("120.000",
 * "1,000,000", "12 500", "1'000"), then an optional decimal part. Every quantifier is bounded by
 * what follows it, so the regex is linear on long runs such as "1,1,1,1...".
 */
export const DIGITS_RE = /\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+(?![.,]?\d))?|\d{1,3}(?:(?:[.,'’\u00a0\u2009\u202f]|\u0020(?=\d{3}(?!\d)))\d{3}(?!\d))+(?:[.,]\d+(?![.,]?\d))?|\d+(?:[.,]\d+)?/y;

/**
 * Reads a digit run in a separator style. English: "," groups and "." marks decimals; German the
 * reverse. Spaces and the Swiss apostrophe group in both. Undefined when the run is not a
 * well-formed number in that style ("1,1,1" or "1.23.4").
 */
export function parseLocaleNumber(raw: string, written: SeparatorStyle | Lang): number | undefined {
  const style = markOf(written);
  // Indian English groups lakhs and crores in twos: "12,34,567.89".
  if (style === '.' && INDIAN_GROUPING.test(raw)) return Number(raw.replace(/,/g, ''));
  // One pass over the characters, no intermediate strings: this runs once per figure, and a
  // document of dense numbers ("1,1,1,...") has hundreds of thousands of them.
  const group = style === ',' ? 46 : 44; // "." or ","
  const decimal = style === ',' ? 44 : 46;
  let intValue = 0;
  let groups = 0;
  let sinceGroup = 0;
  let digitsBefore = 0;
  let decimalAt = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (decimalAt < 0) {
        intValue = intValue * 10 + (c - 48);
        sinceGroup++;
        digitsBefore++;
      }
      continue;
    }
    if (c === decimal) {
      if (decimalAt >= 0 || i === raw.length - 1) return undefined;
      decimalAt = i;
      continue;
    }
    // A group mark: the style's own, or a space or apostrophe, which group in both styles.
    if (decimalAt >= 0 || !(c === group || c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 39 || c === 0x2019)) return undefined;
    if (groups === 0 ? sinceGroup < 1 || sinceGroup > 3 : sinceGroup !== 3) return undefined;
    groups++;
    sinceGroup = 0;
  }
  if (groups > 0 && sinceGroup !== 3) return undefined;
  if (digitsBefore === 0 && decimalAt < 0) return undefined;
  if (decimalAt < 0) return digitsBefore > 15 ? Number(raw.replace(/\D/g, '')) : intValue;
  return Number(`${digitsBefore > 15 ? raw.slice(0, decimalAt).replace(/\D/g, '') : intValue}.${raw.slice(decimalAt + 1)}`);
}

/**
 * Decides a document's separator style once, from its unambiguous numbers: "1,234.5", "2.4" or
 * "1,000,000" speak for a decimal point; "1.234,5", "2,4" or "1.000.000" for a decimal comma.
 * Ambiguous ones ("3.000", "4,800") say nothing. The language's own style decides unless the
 * evidence is entirely the other way: "3.000" in an English text full of "1.234.567" is
 * comma-style.
 */
export function separatorStyle(text: string, own: SeparatorStyle): SeparatorStyle {
  let point = 0;
  let comma = 0;
  // Read in place, as `(?<![\d.,])\d+(?:[.,]\d+)+` matches from left to right: a pattern with a
  // look-behind, run over the whole document, cost as much as a tenth of reading its figures.
  let seen = 0;
  for (let i = 0; i < text.length && seen < 2000; ) {
    // Most characters are no digit: one look each. A run starts at a digit after no digit or separator.
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const p = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (isDigitCode(p) || isSeparatorCode(p)) {
      i++;
      continue;
    }
    const digits = digitRunEnd(text, i);
    const end = groupsEnd(text, digits);
    // Digits with no group after them match nowhere, nor does any digit inside them.
    if (end > digits) {
      seen++;
      const vote = styleVote(text, i, end);
      if (vote > 0) point++;
      else if (vote < 0) comma++;
    }
    i = end;
  }
  if (own === '.' && comma > 0 && point === 0) return ',';
  if (own === ',' && point > 0 && comma === 0) return '.';
  return own;
}

const isSeparatorCode = (c: number) => c === 46 || c === 44;

/** Where the groups of a separator and digits after `at` end (".5", ",000.25"): `at` when none follow. */
function groupsEnd(text: string, at: number): number {
  let j = at;
  while (isSeparatorCode(text.charCodeAt(j)) && isDigitCode(text.charCodeAt(j + 1))) j = digitRunEnd(text, j + 1);
  return j;
}

/** What a number run from `start` to `end` says: 1 for a decimal point, -1 for a decimal comma, 0 for nothing. */
function styleVote(text: string, start: number, end: number): number {
  // A run longer than any real number ("1,1,1,..." for pages) is evidence of nothing.
  if (end - start > 40) return 0;
  let commas = 0;
  let dots = 0;
  let lastComma = -1;
  let lastDot = -1;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 44) {
      commas++;
      lastComma = k;
    } else if (c === 46) {
      dots++;
      lastDot = k;
    }
  }
  const tail = end - Math.max(lastComma, lastDot) - 1;
  if (commas > 0 && dots > 0) return lastDot > lastComma ? 1 : -1;
  if (commas > 1) return 1;
  if (dots > 1) return -1;
  if (tail !== 3) return dots === 1 ? 1 : -1;
  return 0;
}
