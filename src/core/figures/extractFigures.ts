import type { Figure, FigureKind, Lang } from '../types';
import { DAY_MONTH_RE, encodeDate, MONTH_DAY_RE, MONTHS, NUMERIC_DATE_RE } from './lexicon/dates';
import { hedgeBefore } from './lexicon/hedges';
import { VAGUE } from './lexicon/numberWords';
import { UNIT_AFTER, UNIT_AFTER_RE } from './lexicon/units';
import { compoundMeasure } from './compoundMeasure';
import { unitWithoutNumber } from './unitWithoutNumber';
import { coinAfter, currencyAfter, currencyBefore, isSubunit, subunitsAfter } from './money';
import { readNumberPhrase, scaleWordAt, type NumberPhrase } from './numberPhrase';
import { separatorStyle, type SeparatorStyle } from './parseNumber';

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

/** Whitespace by char code: space, tab, line breaks, no-break and thin spaces. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function figureAt(text: string, at: number, lang: Lang, style: SeparatorStyle): Figure | undefined {
  return dateAt(text, at, lang) ?? vagueAt(text, at, lang) ?? unitAmountAt(text, at, lang) ?? measuredAt(text, at, lang, style);
}

/** "a kilogram", "half a litre", "a grand", "einen Euro": one of a unit, or a fraction of it. */
function unitAmountAt(text: string, at: number, lang: Lang): Figure | undefined {
  const amount = unitWithoutNumber(text, at, lang);
  if (!amount) return undefined;
  // "a dollar and 42 cents"
  const cents = amount.kind === 'money' && amount.value === 1 && !isSubunit(amount.unit) ? subunitsAfter(text, amount.end, lang, lang) : undefined;
  return make(text, at, cents ? cents.end : amount.end, amount.value + (cents ? cents.value / 100 : 0), amount.kind, lang, amount.unit);
}

function make(text: string, start: number, end: number, value: number, kind: FigureKind, lang: Lang, unit?: string, exact = false): Figure {
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
    const noun = /^[\s\u00a0]+(?!(?:of|von|der|die|das|the|and|und|in|im|to|zu|or|oder|per|pro|is|are|was|were|sind|waren|wurden)\b)(\p{L}[\p{L}-]*)/u.exec(text.slice(end, end + 48))?.[1];
    if (noun) figure.noun = noun;
  }
  return figure;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Dates: "6 August", "6. August 2024", "August 6", "Aug. 6, 2024", "06.08.2024". */
function dateAt(text: string, at: number, lang: Lang): Figure | undefined {
  // Cheap guards first: a day is one or two digits followed by ".", a space or a letter; a month
  // name starts with a capital. Most tokens fail these and never reach the large regexes.
  const afterDay = isDigitAt(text, at) ? (isDigitAt(text, at + 1) ? at + 2 : at + 1) : -1;
  const dayLike = afterDay > 0 && !isDigitAt(text, afterDay) && (text[afterDay] === '.' || isSpace(text.charCodeAt(afterDay)) || isLetter(text[afterDay] ?? ' '));
  for (const re of dayLike ? [NUMERIC_DATE_RE, DAY_MONTH_RE] : []) {
    re.lastIndex = at;
    const d = re.exec(text);
    if (!d) continue;
    const numeric = re === NUMERIC_DATE_RE;
    const day = Number(d[1]);
    const month = numeric ? Number(d[2]) : MONTHS[d[2].toLowerCase()];
    let year = d[3] ? Number(d[3]) : 0;
    if (numeric && year < 100) year += 2000;
    // "May" and "March" are also words: only a capitalized month counts after a day.
    if (!numeric && /^(may|march|mar)$/i.test(d[2]) && !/^[A-Z]/.test(d[2])) continue;
    const value = encodeDate(day, month, year);
    // The dot belongs to an abbreviation ("6 Aug."), not to a full month ending a sentence.
    const end = at + d[0].length - (!d[3] && !numeric && d[0].endsWith('.') && d[2].length > 4 ? 1 : 0);
    if (value !== undefined) return make(text, at, end, value, 'date', lang);
  }
  const first = text.charCodeAt(at);
  if (!((first >= 65 && first <= 90) || first === 0xc4 || first === 0xd6 || first === 0xdc)) return undefined;
  MONTH_DAY_RE.lastIndex = at;
  const d = MONTH_DAY_RE.exec(text);
  if (d && /^[A-ZÄÖÜ]/.test(d[1])) {
    const value = encodeDate(Number(d[2]), MONTHS[d[1].toLowerCase()], d[3] ? Number(d[3]) : 0);
    if (value !== undefined) return make(text, at, at + d[0].length, value, 'date', lang);
  }
  return undefined;
}

/** "thousands", "tens of thousands", "Zehntausende": kind `vague`, never matched to a count. */
function vagueAt(text: string, at: number, lang: Lang): Figure | undefined {
  if (!isLetter(text[at])) return undefined;
  const re = /(tens of thousands|hundreds of thousands|hundreds|thousands|millions|billions|hunderttausende|zehntausende|tausende|hunderte)(?![\p{L}])/iuy;
  re.lastIndex = at;
  const v = re.exec(text);
  if (!v) return undefined;
  return make(text, at, at + v[0].length, VAGUE[v[1].toLowerCase()], 'vague', lang);
}

/** A number with what measures it: currency before or after, a unit or percent after. */
function measuredAt(text: string, at: number, lang: Lang, style: SeparatorStyle): Figure | undefined {
  const prefix = currencyBefore(text, at);
  const from = prefix ? prefix.at : at;
  const phrase = readNumberPhrase(text, from, lang, style);
  if (!phrase) return undefined;
  let start = prefix ? at : phrase.start;
  let end = phrase.end;
  let kind: FigureKind = prefix ? 'money' : 'count';
  let unit: string | undefined = prefix?.unit;
  let scale = prefix?.scale ?? 1;
  // A unit starts with a letter or a sign, after at most one space or hyphen.
  const next = text[end] === ' ' || text[end] === '-' || text[end] === '\u00a0' || text[end] === '\u202f' || text[end] === '\u2009' ? text[end + 1] : text[end];
  const signLike = next !== undefined && (isLetter(next) || /[%°²³'\u2032\u2033\p{Sc}\u0BB0\u5143]/u.test(next));
  UNIT_AFTER_RE.lastIndex = end;
  let u = signLike ? UNIT_AFTER_RE.exec(text) : null;
  // One-letter unit symbols are lower case ("5 g", "2 m"); "5G" is a network, "3T" a model name.
  if (u && u[1].length === 1 && u[1] !== u[1].toLowerCase() && u[1] !== 'L') u = null;
  // A unit in brackets after the number, as in tables and spec sheets: "20 (kg)", "20 [kg]".
  let bracketed = 0;
  if (!u && (text[end + 1] === '(' || text[end + 1] === '[' || text[end + 1] === '{' || text[end + 1] === '<') && text[end] === ' ') {
    UNIT_AFTER_RE.lastIndex = end + 2;
    const inner = UNIT_AFTER_RE.exec(text);
    if (inner && inner[0] === inner[1] && ')]}>'.includes(text[end + 2 + inner[0].length] ?? '') && '([{<'.indexOf(text[end + 1]) === ')]}>'.indexOf(text[end + 2 + inner[0].length])) {
      u = inner;
      bracketed = 3;
    }
  }
  // A unit found first is no currency, except "pounds", which are either (read on for "of").
  const after = signLike && (!u || /^pound/i.test(u[1])) && (!prefix || text[end] !== ' ' || !/[\d]/.test(text[end + 2] ?? '')) ? currencyAfter(text, end) : undefined;
  const coin = !prefix && signLike ? coinAfter(text, end) : undefined;
  // Digits run into letters ("B2B", "A4") are no figure, unless the letters are a unit ("200lbs").
  if (!prefix && !u && !after && !coin && isPartOfIdentifier(text, phrase)) return undefined;
  // "SCP-173m", "L-202": a code, whatever letters follow its digits.
  if (!prefix && phrase.digits && phrase.start > 0 && (isLetter(text[phrase.start - 1]) || text[phrase.start - 1] === '_' || (text[phrase.start - 1] === '-' && isLetter(text[phrase.start - 2] ?? ' ')))) return undefined;
  if (coin) {
    kind = 'money';
    unit = coin.unit;
    scale = coin.value;
    end = coin.end;
  } else if (after && (!u || after.at >= end + u[0].length) && (!prefix || after.unit === prefix.unit)) {
    kind = 'money';
    unit = prefix?.unit ?? after.unit;
    scale *= after.scale;
    end = after.at;
    // "75 USD million"
    const trailing = !phrase.scaled ? scaleWordAt(text, end, lang) : undefined;
    if (trailing) {
      scale *= trailing.value;
      end = trailing.end;
    }
  } else if (u && !prefix && unitFits(u[1], phrase) && !inIsPreposition(text, end, u)) {
    const sense = UNIT_AFTER.get(u[1].toLowerCase().replace(/\s+/g, ' '))!;
    kind = sense.kind;
    unit = sense.unit;
    // "pounds of" and "barrels of" name the unit by what follows; the "of" is not the figure's.
    end += u[0].length + bracketed - (/\sof$/i.test(u[1]) ? /\s+of$/i.exec(u[1])![0].length : 0);
  }
  // "the one you mentioned", "which one", "no one": a pronoun, not a count.
  if (kind === 'count' && !phrase.digits && /^one$/i.test(text.slice(phrase.start, phrase.end)) && /(?:^|[^\p{L}])(?:the|this|that|which|each|every|any|no|another|other|same|last|next|first|new|old|right|wrong|little|big)\s+$/iu.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  let value = phrase.value * scale;
  // "5 feet 2 inches", "2 km and 1 meter": one measure in parts, valued in its first unit.
  if (kind === 'quantity' && unit) {
    const parts = compoundMeasure(text, end, unit, lang, style);
    if (parts) {
      value += parts.add;
      end = parts.end;
    }
  }
  // "3 dollars 50 cents", "$20 and 43c", "zwei Euro und fünfzig Cent": one amount.
  if (kind === 'money' && unit && !isSubunit(unit) && scale === 1 && Number.isInteger(value)) {
    const cents = subunitsAfter(text, end, lang, style);
    if (cents) {
      value += cents.value / 100;
      end = cents.end;
    }
  }
  // "minus five", "negative one"
  const sign = text[start - 1] === ' ' ? /(?<![\p{L}])(minus|negative|negativ)\s+$/iu.exec(text.slice(Math.max(0, start - 10), start)) : null;
  if (sign && !prefix) {
    value = -value;
    start -= sign[0].length;
  }
  // A minus sign right before the digits, not a hyphen joining words or ranges ("2020-21").
  if (!prefix && phrase.digits) {
    // The sign is right before the digits or one space before them ("-10", "- 10").
    const spaced = text[start - 1] === ' ';
    const sign = text[start - (spaced ? 2 : 1)];
    const beforeSign = text[start - (spaced ? 3 : 2)] ?? ' ';
    if ((sign === '-' || sign === '−') && !isLetter(beforeSign) && !isDigitAt(text, start - (spaced ? 3 : 2))) {
      value = -value;
      start -= spaced ? 2 : 1;
    }
  }
  // "2 degrees below zero", "5 below zero"
  if ((kind === 'count' || unit === '°' || unit === '°C' || unit === '°F') && text[end] === ' ' && /^ below zero(?![\p{L}])/iu.test(text.slice(end, end + 12))) {
    value = -value;
    end += ' below zero'.length;
    kind = 'quantity';
    unit = unit ?? '°';
  }
  if (kind === 'count' && phrase.digits && !phrase.scaled && Number.isInteger(value) && value >= 1800 && value <= 2100 && /^\d{4}$/.test(text.slice(phrase.start, phrase.end))) {
    kind = 'year';
  }
  if (kind === 'count' && phrase.digits && 'snrt'.includes(text[end] || '-') && /^(st|nd|rd|th)(?![\p{L}])/u.test(text.slice(end, end + 3))) {
    kind = 'ordinal';
    end += 2;
  }
  // A value straight from the digits needs no cleaning of float noise (a dense list has many).
  const exact = phrase.parsed === true && scale === 1 && (value === phrase.value || value === -phrase.value);
  const figure = make(text, start, end, value, kind, lang, unit, exact);
  // A sign belongs to the number ("-10"); a currency before it does not.
  const numberStart = prefix ? phrase.start : start;
  if (numberStart !== start || phrase.end !== end) figure.number = { start: numberStart, end: phrase.end };
  return figure;
}

/**
 * "in" after a number is a preposition far more often than inches ("50,000 in 2020", "2 in
 * April", "1 in 5"): with a space before it, it is inches only where nothing follows.
 */
function inIsPreposition(text: string, end: number, u: RegExpExecArray): boolean {
  if (u[1].toLowerCase() !== 'in' || u[0] === u[1]) return false;
  return !/^[\s\u00a0]*(?:[.,;:!?)]|$)/.test(text.slice(end + u[0].length, end + u[0].length + 3));
}

/** Short unit abbreviations ("m", "t", "in", "l", "g") only right after digits, never after words. */
function unitFits(form: string, phrase: NumberPhrase): boolean {
  if (phrase.digits) return true;
  return (form.length >= 2 && !/^(in|ha|mi|pp|rs|rm|gs)$/i.test(form)) || form === '%';
}

/** A letter, decided by its code for ASCII (the common case) and by Unicode beyond. */
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(ch);
}

/** Digits inside a word or code ("B2B", "COVID-19", "A4") are not figures. */
function isPartOfIdentifier(text: string, phrase: NumberPhrase): boolean {
  if (!phrase.digits) return false;
  const before = text[phrase.start - 1] ?? ' ';
  const after = text[phrase.end] ?? ' ';
  return isLetter(before) || before === '_' || (before === '-' && isLetter(text[phrase.start - 2] ?? ' ')) || isLetter(after) || after === '_';
}

/** Removes floating-point noise from scaled values (1.2 * 1e6 = 1199999.9999999998). */
function clean(value: number): number {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  return Number(value.toPrecision(15));
}
