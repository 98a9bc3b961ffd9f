import type { Figure, FigureKind } from '../types';
import { isJsSpace, isLetter, isSpace } from './chars';
import { hedgeBefore } from './hedgeBefore';
import type { LanguagePack } from './lang/pack';
import { letterLength } from './nearWords';
import { listRegex, single, wordSet } from './words';

/**
 * A figure from what a reader found: its span and text, its value (cleaned of float noise unless
 * it came straight from the digits), and what the text around it adds: the hedge before it, the
 * noun a count counts and the product a quantity measures.
 */
export function make(text: string, start: number, end: number, value: number, kind: FigureKind, pack: LanguagePack, unit?: string, exact = false): Figure {
  const figure: Figure = { span: { start, end }, text: text.slice(start, end), value: exact ? value : clean(value), kind, lang: pack.lang };
  if (unit) figure.unit = unit;
  const hedge = hedgeBefore(text, start, pack);
  if (hedge) figure.hedge = hedge.hedge;
  if (hedge && kind !== 'year' && kind !== 'date' && isStrict(text, hedge.start, start, pack)) figure.strictBound = true;
  if (kind === 'quantity' && text[end] === ' ' && pack.productOf) {
    // "500 grams of strawberries": what a quantity measures follows "of".
    const product = productAfter(text, end, pack.productOf);
    if (product) figure.noun = product;
  }
  if (kind === 'count' && isSpace(text.charCodeAt(end)) && isLetter(text[end + 1] ?? ' ')) {
    // The word's end is no \b, which knows only ASCII letters and so never ends "à" or "été".
    const noun = nounAfter(text, end, pack.notNouns);
    // German capitalizes nouns: "3 Häuser" counts houses, "3 wurden gerettet" counts nothing named.
    if (noun && (!pack.nounsCapitalized || noun[0] !== noun[0].toLowerCase())) figure.noun = noun;
  }
  return figure;
}

/**
 * The word after "of" and a space right after `end` ("500 grams of strawberries"), as
 * `^ W (\p{L}[\p{L}-]*)` reads it in the 40 characters there, read in place.
 */
function productAfter(text: string, end: number, of: string): string | undefined {
  const bound = Math.min(text.length, end + 40);
  // A word of the pack with a space in it matches any run of spaces there: left to the pattern.
  if (of.includes(' ')) return listRegex(single(of), String.raw`^ W (\p{L}[\p{L}-]*)`, 'u').exec(text.slice(end, bound))?.[1];
  const from = end + 1 + of.length + 1;
  if (from > bound || !text.startsWith(of, end + 1) || text.charCodeAt(from - 1) !== 32) return undefined;
  let i = from + letterLength(text, from, bound);
  if (i === from) return undefined;
  for (let n: number; i < bound; i += n) {
    n = text.charCodeAt(i) === 45 ? 1 : letterLength(text, i, bound);
    if (n === 0) break;
  }
  return text.slice(from, i);
}

/**
 * The noun after the spaces at `end`, as `^[\s\u00a0]+(?!W(?![\p{L}\p{N}]))(\p{L}(?:[\p{L}-]*\p{L})?)`
 * reads it in the 48 characters there (W: the pack's words that are no nouns), read in place: a
 * letter, then letters and hyphens up to the last letter. Where a word of `notNouns` may start
 * there (its first run of letters is the text's), the pattern decides.
 */
function nounAfter(text: string, end: number, notNouns: readonly string[]): string | undefined {
  const bound = Math.min(text.length, end + 48);
  let from = end;
  while (from < bound && isJsSpace(text.charCodeAt(from))) from++;
  if (from === end) return undefined;
  let i = from;
  for (let n = letterLength(text, i, bound); n > 0; n = letterLength(text, i, bound)) i += n;
  if (i === from) return undefined;
  if (notNounRuns(notNouns).has(text.slice(from, i))) {
    return listRegex(notNouns, String.raw`^[\s\u00a0]+(?!W(?![\p{L}\p{N}]))(\p{L}(?:[\p{L}-]*\p{L})?)`, 'u').exec(text.slice(end, bound))?.[1];
  }
  let last = i;
  for (let n: number; i < bound; i += n) {
    const hyphen = text.charCodeAt(i) === 45;
    n = hyphen ? 1 : letterLength(text, i, bound);
    if (n === 0) break;
    if (!hyphen) last = i + n;
  }
  return text.slice(from, last);
}

/**
 * The first run of letters of each word that is no noun, as written (the pattern is case-sensitive).
 * A word that starts with no letter puts '' in, which no run read is: it cannot match at a letter.
 */
const NOT_NOUN_RUNS = new WeakMap<readonly string[], ReadonlySet<string>>();
function notNounRuns(list: readonly string[]): ReadonlySet<string> {
  let runs = NOT_NOUN_RUNS.get(list);
  if (!runs) {
    runs = new Set(list.map((w) => {
      let k = 0;
      for (let n = letterLength(w, 0, w.length); n > 0; n = letterLength(w, k, w.length)) k += n;
      return w.slice(0, k);
    }));
    NOT_NOUN_RUNS.set(list, runs);
  }
  return runs;
}

/**
 * Is the hedge written from `from` to `to` one of the pack's strict bounds, and no comparison
 * ("17 percent more than 2015": the figure after it is what is compared with, not a bound)?
 */
function isStrict(text: string, from: number, to: number, pack: LanguagePack): boolean {
  const strict = pack.strictHedges;
  if (!strict || !isStrictForm(text.slice(from, to), strict.forms)) return false;
  const before = text.slice(Math.max(0, from - 12), from);
  return !/\d[\s\u00a0]*$/.test(before) && !listRegex(strict.comparedAfter, String.raw`(?:^|[^\p{L}])W[\s\u00a0]+$`, 'iu').test(before);
}

/** Per list of strict forms, whether each hedge as written is one (trimmed, lower case, single spaces): hedges repeat. */
const STRICT_FORMS = new WeakMap<readonly string[], Map<string, boolean>>();
/** Hedges remembered a pack, as written: bounded for a hostile input. */
const MAX_HEDGES = 10_000;
function isStrictForm(written: string, forms: readonly string[]): boolean {
  let asked = STRICT_FORMS.get(forms);
  if (!asked) STRICT_FORMS.set(forms, (asked = new Map()));
  let strict = asked.get(written);
  if (strict === undefined) {
    strict = wordSet(forms).has(written.trim().toLowerCase().replace(/\s+/g, ' '));
    if (asked.size >= MAX_HEDGES) asked.clear();
    asked.set(written, strict);
  }
  return strict;
}

/** Removes floating-point noise from scaled values (1.2 * 1e6 = 1199999.9999999998). */
function clean(value: number): number {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  return Number(value.toPrecision(15));
}
