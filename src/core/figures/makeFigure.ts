import type { Figure, FigureKind } from '../types';
import { isLetter, isSpace } from './chars';
import { hedgeBefore } from './hedgeBefore';
import type { LanguagePack } from './lang/pack';
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
    const product = listRegex(single(pack.productOf), String.raw`^ W (\p{L}[\p{L}-]*)`, 'u').exec(text.slice(end, end + 40))?.[1];
    if (product) figure.noun = product;
  }
  if (kind === 'count' && isSpace(text.charCodeAt(end)) && isLetter(text[end + 1] ?? ' ')) {
    // The word's end is no \b, which knows only ASCII letters and so never ends "à" or "été".
    const noun = listRegex(pack.notNouns, String.raw`^[\s\u00a0]+(?!W(?![\p{L}\p{N}]))(\p{L}(?:[\p{L}-]*\p{L})?)`, 'u').exec(text.slice(end, end + 48))?.[1];
    // German capitalizes nouns: "3 Häuser" counts houses, "3 wurden gerettet" counts nothing named.
    if (noun && (!pack.nounsCapitalized || noun[0] !== noun[0].toLowerCase())) figure.noun = noun;
  }
  return figure;
}

/**
 * Is the hedge written from `from` to `to` one of the pack's strict bounds, and no comparison
 * ("17 percent more than 2015": the figure after it is what is compared with, not a bound)?
 */
function isStrict(text: string, from: number, to: number, pack: LanguagePack): boolean {
  const strict = pack.strictHedges;
  if (!strict || !wordSet(strict.forms).has(text.slice(from, to).trim().toLowerCase().replace(/\s+/g, ' '))) return false;
  const before = text.slice(Math.max(0, from - 12), from);
  return !/\d[\s\u00a0]*$/.test(before) && !listRegex(strict.comparedAfter, String.raw`(?:^|[^\p{L}])W[\s\u00a0]+$`, 'iu').test(before);
}

/** Removes floating-point noise from scaled values (1.2 * 1e6 = 1199999.9999999998). */
function clean(value: number): number {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  return Number(value.toPrecision(15));
}
