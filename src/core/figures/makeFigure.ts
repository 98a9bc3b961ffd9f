import type { Figure, FigureKind, Lang } from '../types';
import { isLetter, isSpace } from './chars';
import { hedgeBefore } from './lexicon/hedges';

/**
 * A figure from what a reader found: its span and text, its value (cleaned of float noise unless
 * it came straight from the digits), and what the text around it adds: the hedge before it, the
 * noun a count counts and the product a quantity measures.
 */
export function make(text: string, start: number, end: number, value: number, kind: FigureKind, lang: Lang, unit?: string, exact = false): Figure {
  const figure: Figure = { span: { start, end }, text: text.slice(start, end), value: exact ? value : clean(value), kind, lang };
  if (unit) figure.unit = unit;
  const hedge = hedgeBefore(text, start);
  if (hedge) figure.hedge = hedge.hedge;
  if (kind === 'quantity' && text[end] === ' ') {
    // "500 grams of strawberries": what a quantity measures follows "of".
    const product = /^ of (\p{L}[\p{L}-]*)/u.exec(text.slice(end, end + 40))?.[1];
    if (product) figure.noun = product;
  }
  if (kind === 'count' && isSpace(text.charCodeAt(end)) && isLetter(text[end + 1] ?? ' ')) {
    const noun = /^[\s\u00a0]+(?!(?:of|von|der|die|das|the|and|und|in|im|to|zu|or|oder|per|pro|is|are|was|were|sind|waren|wurden)\b)(\p{L}(?:[\p{L}-]*\p{L})?)/u.exec(text.slice(end, end + 48))?.[1];
    // German capitalizes nouns: "3 Häuser" counts houses, "3 wurden gerettet" counts nothing named.
    if (noun && (lang === 'en' || noun[0] !== noun[0].toLowerCase())) figure.noun = noun;
  }
  return figure;
}

/** Removes floating-point noise from scaled values (1.2 * 1e6 = 1199999.9999999998). */
function clean(value: number): number {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  return Number(value.toPrecision(15));
}
