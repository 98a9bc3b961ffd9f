import type { Figure, FigureKind, Hedge, Lang } from '../types';
import { parseLocaleNumber } from './parseNumber';

/**
 * The walking skeleton's figure extractor: digits with the locale's separators, an optional
 * scale word, percent sign or word, a few currencies and units, and a hedge before the figure.
 * The full engine (number words, dates, vague quantities, consistency) grows from here.
 */

const NUMBER = String.raw`\d{1,3}(?:[.,\u00a0\u2009\u202f'’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const SCALE: Record<string, number> = {
  million: 1e6, millionen: 1e6, 'mio.': 1e6, mio: 1e6, m: 1e6,
  billion: 1e9, bn: 1e9, milliarden: 1e9, milliarde: 1e9, 'mrd.': 1e9, mrd: 1e9,
  trillion: 1e12, billionen: 1e12, k: 1e3,
};
const UNIT: Record<string, { unit: string; kind: FigureKind }> = {
  '%': { unit: '%', kind: 'percent' }, prozent: { unit: '%', kind: 'percent' }, percent: { unit: '%', kind: 'percent' },
  km: { unit: 'km', kind: 'quantity' }, kilometer: { unit: 'km', kind: 'quantity' }, kilometers: { unit: 'km', kind: 'quantity' }, kilometres: { unit: 'km', kind: 'quantity' },
  euro: { unit: 'EUR', kind: 'money' }, euros: { unit: 'EUR', kind: 'money' }, eur: { unit: 'EUR', kind: 'money' },
  dollar: { unit: 'USD', kind: 'money' }, dollars: { unit: 'USD', kind: 'money' }, usd: { unit: 'USD', kind: 'money' },
};
const HEDGES: Array<[RegExp, Hedge]> = [
  [/(?:more than|over|mehr als|über)\s+$/i, 'more-than'],
  [/(?:about|around|rund|etwa)\s+$/i, 'about'],
  [/(?:up to|bis zu)\s+$/i, 'up-to'],
];

const FIGURE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?<num>${NUMBER})(?![\p{N}])(?<tail>(?:\s?(?:million|millionen|mio\.|milliarden|mrd\.|billion|bn|trillion))?(?:\s?(?:%|prozent|percent|km\b|kilometers?\b|kilometres?\b|euros?\b|eur\b|dollars?\b|usd\b))?)`,
  'giu',
);

export function extractFigures(text: string, lang: Lang): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(FIGURE_RE)) {
    const num = match.groups!.num;
    const value = parseLocaleNumber(num, lang);
    if (value === undefined) continue;
    const start = match.index!;
    let tail = match.groups!.tail ?? '';
    let scaled = value;
    let unit: string | undefined;
    let kind: FigureKind = 'count';
    for (const word of tail.trim().split(/\s+/).filter(Boolean)) {
      const lower = word.toLowerCase();
      if (SCALE[lower] !== undefined) scaled *= SCALE[lower];
      else if (UNIT[lower]) ({ unit, kind } = UNIT[lower]);
    }
    if (!tail.trim()) tail = '';
    if (kind === 'count' && /^\d{4}$/.test(num) && value >= 1900 && value <= 2100) kind = 'year';
    const end = start + num.length + tail.trimEnd().length;
    const before = text.slice(Math.max(0, start - 12), start);
    const hedge = HEDGES.find(([re]) => re.test(before))?.[1];
    const noun = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1];
    figures.push({ span: { start, end }, text: text.slice(start, end), value: round(scaled), unit, kind, lang, ...(hedge ? { hedge } : {}), ...(noun && kind === 'count' ? { noun } : {}) });
  }
  return figures;
}

/** Removes binary floating-point noise from scaled values (1.2 * 1e6). */
function round(value: number): number {
  return Number(value.toPrecision(12));
}
