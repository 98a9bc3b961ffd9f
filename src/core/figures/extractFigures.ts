import type { Figure, Lang } from '../types';
import { isLetter, isLowSurrogate } from './chars';
import { clockTimeEnd } from './clockTime';
import { dateAt } from './dateFigure';
import { VAGUE } from './lexicon/numberWords';
import { make } from './makeFigure';
import { measuredAt } from './measuredFigure';
import { isSubunit, subunitsAfter } from './money';
import { separatorStyle, type SeparatorStyle } from './parseNumber';
import { shareWordAt } from './shareWords';
import { slashPairEnd } from './slashPair';
import { unitWithoutNumber } from './unitWithoutNumber';

/**
 * Every figure in a text, in its language: numbers in digits or words with their scale, unit,
 * currency or percent sign, dates and years, vague quantities, with the hedge before them and
 * the noun they count. Spans are offsets into `text`. One left-to-right pass over token starts;
 * each attempt reads a bounded distance ahead, so the whole is linear in the input.
 */
export function extractFigures(text: string, lang: Lang): Figure[] {
  const style = separatorStyle(text, lang);
  const figures: Figure[] = [];
  const tokenStart = /(?<![\p{L}\p{N}])[\p{L}\p{N}\p{Sc}]|(?<![\p{N}.,])[.,](?=\d)|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅐⅑⅒]/gu;
  const urls = urlSpans(text);
  let url = 0;
  // test() rather than exec(): no match array per token. Every alternative matches one code
  // point, so the token starts one or two code units before lastIndex.
  while (tokenStart.test(text)) {
    const after = tokenStart.lastIndex;
    const at = after >= 2 && isLowSurrogate(text.charCodeAt(after - 1)) ? after - 2 : after - 1;
    // Nothing inside a web address is a figure ("?q=30%25", "/2024/06/").
    while (url < urls.length && urls[url].end <= at) url++;
    if (url < urls.length && urls[url].start <= at) {
      tokenStart.lastIndex = urls[url].end;
      continue;
    }
    // A time of day or a slashed pair that is no fraction ("9/11", "24/7") is no figure: step
    // over it whole, so its second number is none either.
    const skip = clockTimeEnd(text, at) ?? slashPairEnd(text, at);
    if (skip !== undefined) {
      tokenStart.lastIndex = skip;
      continue;
    }
    const figure = figureAt(text, at, lang, style);
    if (figure) {
      restatedInBrackets(text, figure, lang, style);
      figures.push(figure);
      tokenStart.lastIndex = Math.max(figure.span.end, at + 1);
    }
  }
  return figures;
}

/**
 * "thirty (30) days", "45 (forty five)": a number restated in brackets in the other notation is
 * one figure, as contracts and official texts write it.
 */
function restatedInBrackets(text: string, figure: Figure, lang: Lang, style: SeparatorStyle): void {
  const end = figure.span.end;
  if (text[end] !== ' ' || text[end + 1] !== '(') return;
  const inner = measuredAt(text, end + 2, lang, style);
  if (!inner || text[inner.span.end] !== ')' || inner.value !== figure.value || inner.kind !== figure.kind || inner.span.start !== end + 2) return;
  figure.span = { start: figure.span.start, end: inner.span.end + 1 };
  figure.text = text.slice(figure.span.start, figure.span.end);
}

function urlSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  if (!text.includes('://') && !text.includes('www.')) return spans;
  const re = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;
  for (let u = re.exec(text); u; u = re.exec(text)) spans.push({ start: u.index, end: u.index + u[0].length });
  return spans;
}

function figureAt(text: string, at: number, lang: Lang, style: SeparatorStyle): Figure | undefined {
  return dateAt(text, at, lang) ?? vagueAt(text, at, lang) ?? unitAmountAt(text, at, lang) ?? measuredAt(text, at, lang, style) ?? shareWordAt(text, at, lang, style);
}

/** "a kilogram", "half a litre", "a grand", "einen Euro": one of a unit, or a fraction of it. */
function unitAmountAt(text: string, at: number, lang: Lang): Figure | undefined {
  // "20 cents a litre", "$3 a gallon", "2 Euro pro Liter": a rate's unit is no amount of its own.
  if (RATE_BEFORE_RE.test(text.slice(Math.max(0, at - 12), at))) return undefined;
  const amount = unitWithoutNumber(text, at, lang);
  if (!amount) return undefined;
  // "a dollar and 42 cents"
  const cents = amount.kind === 'money' && amount.value === 1 && !isSubunit(amount.unit) ? subunitsAfter(text, amount.end, lang, lang) : undefined;
  return make(text, at, cents ? cents.end : amount.end, amount.value + (cents ? cents.value / 100 : 0), amount.kind, lang, amount.unit);
}

/** What ends right before the "a" of a rate: a number, a currency, or a money word. */
const RATE_BEFORE_RE = /(?:[\d%\p{Sc}]|(?<![\p{L}])(?:cents?|pence|dollars?|euros?|pounds?|Euro|Cent|Dollar|Pfund))[\s\u00a0]+$/u;

/** The vague quantities, longest first, so "hundreds of thousands" wins over "hundreds". */
const VAGUE_RE = new RegExp(`(${Object.keys(VAGUE).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+')})(?![\\p{L}])`, 'iuy');

/** "thousands", "tens of thousands", "Zehntausende": kind `vague`, never matched to a count. */
function vagueAt(text: string, at: number, lang: Lang): Figure | undefined {
  if (!isLetter(text[at])) return undefined;
  VAGUE_RE.lastIndex = at;
  const v = VAGUE_RE.exec(text);
  if (!v) return undefined;
  return make(text, at, at + v[0].length, VAGUE[v[1].toLowerCase().replace(/\s+/g, ' ')], 'vague', lang);
}
