import { isDigitAt } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { mayEndListWordBefore } from '../nearWords';
import { listRegex, NONE } from '../words';
import { decided } from './trace';

/**
 * label: "Article 5", "Route 66", "Flight 370", "Absatz 2": a number that names its place in a
 * series is an ordinal, recognized but not checked (spec), not a count of anything. Labels match
 * as written ("No." and "Nr." with their dot, capitalized), so "no 5" stays a count.
 */
export function isLabelled(text: string, start: number, pack: LanguagePack, decides = true): boolean {
  const labelled = labelJustBefore(text, start, pack) || inLabelledList(text, start, pack);
  if (labelled && decides) decided('label');
  return labelled;
}

function labelJustBefore(text: string, start: number, pack: LanguagePack): boolean {
  const coded = codeLetterStart(text, start, pack);
  if (coded !== undefined) return labelBefore(text, coded, pack.context.labelCodes!.labels) || isBareCodeArticle(text, coded, start);
  return labelBefore(text, start, pack.context.labelsBefore) || labelBefore(text, start, pack.context.listLabelsBefore ?? NONE) || gluedAfterDot(text, start, pack.context.labelsBefore);
}

/**
 * "(L. 2312-3)", "et R. 2311-1 du CGCT": a code letter with its dot and a number that goes on over
 * a hyphen is an article of a code by itself, with no label before it. Not "M. 2312" (no code
 * letter) nor "L. 12" (a number with no hyphen may be anything).
 */
function isBareCodeArticle(text: string, letter: number, start: number): boolean {
  if (text[start - 1] !== ' ' || text[start - 2] !== '.') return false;
  let i = start;
  while (isDigitAt(text, i)) i++;
  return i > start && text[i] === '-' && isDigitAt(text, i + 1) && letter + 1 < start;
}

/** "Art.107", "No.5": a label that ends in its dot, glued to the number. */
function gluedAfterDot(text: string, start: number, labels: readonly string[]): boolean {
  if (text[start - 1] !== '.') return false;
  let dotted = DOTTED.get(labels);
  if (!dotted) DOTTED.set(labels, (dotted = labels.filter((l) => l.endsWith('.'))));
  return dotted.length > 0 && listRegex(dotted, String.raw`(?:^|[^\p{L}])W$`, 'u').test(text.slice(Math.max(0, start - 12), start));
}
/** Per list of labels, those that end in a dot: one list kept, so its pattern is compiled once. */
const DOTTED = new WeakMap<readonly string[], readonly string[]>();

/**
 * "article L. 2121-29", "art. R.413-17": where a code letter of the pack's (labelCodes) stands
 * before the number at `start`, a dot or a space between them, where the letter starts: the
 * label is asked before it. Glued ("L2121-29"), the letter and digits are a code, no label's.
 */
function codeLetterStart(text: string, start: number, pack: LanguagePack): number | undefined {
  const codes = pack.context.labelCodes;
  if (!codes) return undefined;
  let i = start;
  if (text[i - 1] === ' ' || text[i - 1] === '\u00a0') i--;
  if (text[i - 1] === '.') i--;
  // The codes' letters are capitals: most numbers have a word in lower case before them.
  const c = text.charCodeAt(i - 1);
  if (i === start || c < 65 || c > 90) return undefined;
  for (const letter of codes.letters) {
    const at = i - letter.length;
    if (text.startsWith(letter, at) && (text[at - 1] === ' ' || text[at - 1] === '\u00a0' || text[at - 1] === '(')) return at;
  }
  return undefined;
}

/** Does one of `labels` stand right before the number at `start`, a space apart? */
function labelBefore(text: string, start: number, labels: readonly string[]): boolean {
  if (text[start - 1] !== ' ' && text[start - 1] !== '\u00a0') return false;
  if (!mayEndListWordBefore(text, start, 0, labels)) return false;
  return listRegex(labels, String.raw`(?:^|[^\p{L}])W[\s\u00a0]$`, 'u').test(text.slice(Math.max(0, start - 16), start));
}

/** Numbers a list after a label runs to: "articles 13, 14, 15 et 56". */
const MAX_LISTED = 8;

/**
 * "Articles 13, 14 et 56", "Absätze 2 und 3": a number after a comma or the pack's "and", in a
 * list headed by a plural label, is labelled too. A singular label heads no list: "Route 66 and
 * 5 articles", "Nr. 4 und 3 Absätze" count articles.
 */
function inLabelledList(text: string, start: number, pack: LanguagePack): boolean {
  // After a comma, only in a list that "and" closes: "Article 5, 300 people came" counts people.
  if (text[start - 2] === ',' && !closedByAnd(text, start, pack)) return false;
  let at = codeLetterStart(text, start, pack) ?? start;
  for (let n = 0; n < MAX_LISTED; n++) {
    const previous = listedNumberBefore(text, at, pack);
    if (previous === undefined) return false;
    at = codeLetterStart(text, previous, pack) ?? previous;
    if (labelBefore(text, at, pack.context.listLabelsBefore ?? NONE)) return true;
  }
  return false;
}

/** From a number on, more ", <number>" and then " and <number>": "14 et 56", "14, 15 et 56". */
function closedByAnd(text: string, start: number, pack: LanguagePack): boolean {
  if (!pack.and) return false;
  let i = start;
  for (let n = 0; n < MAX_LISTED; n++) {
    const digits = i;
    while (isDigitAt(text, i)) i++;
    if (i === digits) return false;
    if (text.startsWith(` ${pack.and} `, i)) return isDigitAt(text, i + pack.and.length + 2);
    if (!text.startsWith(', ', i)) return false;
    i += 2;
  }
  return false;
}

/** Where the number before a list's joint (", " or " and ") starts, when one stands there. */
function listedNumberBefore(text: string, at: number, pack: LanguagePack): number | undefined {
  if (text[at - 1] !== ' ') return undefined;
  let i = at - 1;
  if (text[i - 1] === ',') i -= 1;
  else if (pack.and && text.endsWith(` ${pack.and}`, i)) i -= pack.and.length + 1;
  else return undefined;
  let first = i;
  while (first > 0 && isDigitAt(text, first - 1)) first--;
  if (first === i || i - first > 4) return undefined;
  // "articles 131-6 et 131-7": a listed label's number goes on over hyphens, as the first one does.
  for (let n = 0; n < 3 && text[first - 1] === '-' && isDigitAt(text, first - 2); n++) {
    const part = first - 1;
    first = part;
    while (first > 0 && isDigitAt(text, first - 1)) first--;
    if (part - first > 5) return undefined;
  }
  return first;
}
