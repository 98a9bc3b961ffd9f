import type { Figure, FigureKind } from '../types';
import { hyphenatedDigitsEnd, isDigitAt, isLetter } from './chars';
import { belowZeroEnd } from './context/belowZero';
import { codeBefore, lettersAfter } from './context/code';
import { isAngle } from './context/degreesAngle';
import { inIsPreposition } from './context/inchOrPreposition';
import { isLabelled } from './context/label';
import { isMillionsInDigits } from './context/millionsInDigits';
import { isPoundWord, poundIsMoney } from './context/poundsWeightOrMoney';
import { isPronounOne } from './context/pronounOne';
import { temperatureLetter } from './context/temperatureLetter';
import { compoundMeasure } from './compoundMeasure';
import { hedgeBefore } from './hedgeBefore';
import { DIGITS_ONLY_UNITS } from './lang/common/units';
import type { LanguagePack } from './lang/pack';
import { make } from './makeFigure';
import { mayEndListWordBefore, mayStartListWordAfter } from './nearWords';
import { coinAfter, currencyAfter, currencyBefore, isSubunit, subunitsAfter, type CurrencyMark } from './money';
import { readNumberPhrase, type NumberPhrase } from './numberPhrase';
import type { SeparatorStyle } from './parseNumber';
import { scaleAfter } from './scaleWords';
import { unitMatch, unitSense } from './unitsOf';
import { listRegex, single, trailingWordLength } from './words';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const CURRENCY_NAME_RE = /[\s\u00a0]?(\p{L}+)(?![\p{L}\p{N}])/uy;

/** A figure being read: the number phrase and what has been found to measure it so far. */
interface Reading {
  phrase: NumberPhrase;
  prefix?: CurrencyMark;
  start: number;
  end: number;
  kind: FigureKind;
  unit?: string;
  /** The factor the number is multiplied by: a million code ("MEUR"), a coin's worth. */
  scale: number;
  /** The scale words as written ("1.2 million", "120 MEUR"), not a coin's worth ("ten dimes"). */
  written: number;
  value: number;
}

/** A number with what measures it: currency before or after, a unit or percent after. */
export function measuredAt(text: string, at: number, pack: LanguagePack, style: SeparatorStyle): Figure | undefined {
  const prefix = currencyBefore(text, at, pack);
  const phrase = readNumberPhrase(text, prefix ? prefix.at : at, pack, style);
  if (!phrase) return undefined;
  const r: Reading = {
    phrase, prefix, start: prefix ? at : phrase.start, end: phrase.end, kind: prefix ? 'money' : 'count', unit: prefix?.unit,
    scale: prefix?.scale ?? 1, written: (phrase.scale ?? 1) * (prefix?.scale ?? 1), value: 0,
  };
  if (!measure(text, r, pack)) return undefined;
  if (r.kind === 'count' && isPronounOne(text, r.start, phrase, pack)) return undefined;
  r.value = phrase.value * r.scale;
  addParts(text, r, pack, style);
  withSign(text, r, pack);
  const zero = r.kind === 'count' || r.unit === '°' || r.unit === '°C' || r.unit === '°F' ? belowZeroEnd(text, r.end, pack) : undefined;
  if (zero !== undefined) {
    r.value = -r.value;
    r.end = zero;
    r.kind = 'quantity';
    r.unit = r.unit ?? '°';
  }
  countKind(text, r, pack);
  return figureOf(text, r, pack);
}

/** Signs a unit or currency may start with. */
const SIGN_RE = /[%‰°²³'\u2032\u2033\p{Sc}\u0BB0\u5143]/u;

/** Finds what measures the number: a coin, a currency after it, a glued temperature letter or a unit. */
function measure(text: string, r: Reading, pack: LanguagePack): boolean {
  const { phrase, prefix, end } = r;
  // A unit starts with a letter or a sign, after at most one space or hyphen.
  const next = text[end] === ' ' || text[end] === '-' || text[end] === '\u00a0' || text[end] === '\u202f' || text[end] === '\u2009' ? text[end + 1] : text[end];
  const signLike = next !== undefined && (isLetter(next) || SIGN_RE.test(next));
  const found = unitAt(text, end, pack, signLike);
  const u = found?.match ?? null;
  // A unit found first is no currency, except pounds that pay rather than weigh.
  const pounds = u !== null && isPoundWord(u[1], pack) && poundIsMoney(text, r.start, end, u[1], pack, phrase.scale, phrase.value);
  let after = signLike && (!u || pounds) && (!prefix || text[end] !== ' ' || !/[\d]/.test(text[end + 2] ?? '')) ? currencyAfter(text, end, pack) : undefined;
  if (!after && pounds && !prefix) after = { unit: 'GBP', at: end + u![0].length, scale: 1 };
  // "2 milliards d'euros"; and "4 000 000 de degrés", as French writes round millions in digits.
  const ofScale = !after && !u && !prefix && (!!phrase.scale || isMillionsInDigits(text, end, phrase, pack));
  if (ofScale) after = currencyOfScale(text, end, pack, !!phrase.scale);
  const scaleUnit = !after && ofScale ? unitOfScale(text, end, pack) : undefined;
  const coin = !prefix && signLike ? coinAfter(text, end, pack) : undefined;
  // Digits inside a word or code are no figure, whatever follows them ("SCP-173m"); digits run
  // into letters are none unless the letters are a unit or currency ("200lbs", "100₾").
  const degreesLetter = !u && !prefix ? temperatureLetter(text, phrase, pack) : undefined;
  if (!prefix && (codeBefore(text, phrase) || (!u && !after && !coin && !degreesLetter && lettersAfter(text, phrase)))) return false;
  if (coin) Object.assign(r, { kind: 'money', unit: coin.unit, scale: coin.value, end: coin.end });
  else if (after && (!u || after.at >= end + u[0].length) && (!prefix || after.unit === prefix.unit)) moneyAfter(text, r, after, pack);
  else if (degreesLetter) Object.assign(r, { kind: 'quantity', unit: degreesLetter, end: end + 1 });
  else if (scaleUnit) Object.assign(r, { kind: 'quantity', unit: scaleUnit.unit, end: scaleUnit.end });
  else if (u && !prefix && unitFits(u[1], phrase) && !inIsPreposition(text, end, u, pack)) {
    const sense = unitSense(u[1], pack)!;
    // "pounds of" and "barrels of" name the unit by what follows; the "of" is not the figure's.
    Object.assign(r, { kind: sense.kind, unit: sense.unit, end: end + u[0].length + found!.bracketed - ofLength(u[1], pack) });
  }
  if (r.unit === '°' && isAngle(text, r.start, r.end, pack)) r.unit = 'deg';
  return true;
}

/** Per pack's "of", the length of " of" that ends each unit form asked, or 0: a unit form is asked at every figure it measures. */
const OF_LENGTHS = new WeakMap<readonly string[], Map<string, number>>();
/** Unit forms remembered: the pack's forms as written, bounded for a hostile input. */
const MAX_OF_LENGTHS = 10_000;
function ofLength(form: string, pack: LanguagePack): number {
  const list = single(pack.productOf);
  let lengths = OF_LENGTHS.get(list);
  if (!lengths) OF_LENGTHS.set(list, (lengths = new Map()));
  let length = lengths.get(form);
  if (length === undefined) {
    length = trailingWordLength(form, list);
    if (lengths.size >= MAX_OF_LENGTHS) lengths.clear();
    lengths.set(form, length);
  }
  return length;
}

/** The unit after a number, or in brackets after it as tables and spec sheets write it: "20 (kg)", "20 [kg]". */
function unitAt(text: string, end: number, pack: LanguagePack, signLike: boolean): { match: RegExpExecArray; bracketed: number } | undefined {
  let u = signLike ? unitMatch(text, end, pack) : null;
  // One-letter unit symbols are lower case ("5 g", "2 m"); "5G" is a network, "3T" a model name.
  if (u && u[1].length === 1 && u[1] !== u[1].toLowerCase() && u[1] !== 'L') u = null;
  // A unit letter that runs on into digits is part of a code: "24703 L-202", "A 5 m-3 part".
  // A range of percentages or degrees ("5%-6%") is no code.
  if (u && text[end + u[0].length] === '-' && isDigitAt(text, end + u[0].length + 1) && isLetter(u[1][u[1].length - 1])) u = null;
  if (u) return { match: u, bracketed: 0 };
  const between = signLike ? durationAdjectiveAfter(text, end, pack) : 0;
  const timed = between > 0 ? unitMatch(text, end + between, pack) : null;
  // "les deux derniers kilomètres" measures as "drei weitere Jahre" lasts; money and shares take no such adjective.
  const timedKind = timed ? unitSense(timed[1], pack)?.kind : undefined;
  if (timed && (timedKind === 'duration' || timedKind === 'quantity')) return { match: timed, bracketed: between };
  const open = text[end + 1];
  if (text[end] !== ' ' || !OPENING.includes(open ?? '-')) return undefined;
  const inner = unitMatch(text, end + 2, pack);
  if (inner && inner[0] === inner[1] && OPENING.indexOf(open) === CLOSING.indexOf(text[end + 2 + inner[0].length] ?? '-')) return { match: inner, bracketed: 3 };
  return undefined;
}
/** "zwei weitere Jahre", "les deux derniers kilomètres": the length of an adjective before a unit of time or measure, or 0. */
function durationAdjectiveAfter(text: string, end: number, pack: LanguagePack): number {
  const words = pack.context.durationAdjectives;
  // The pattern runs only where a word of the list may follow (see nearWords).
  if (!words || !mayStartListWordAfter(text, end, text.length, words)) return 0;
  const re = listRegex(words, String.raw`[\s\u00a0]W(?=[\s\u00a0])`, 'iuy');
  re.lastIndex = end;
  return re.test(text) ? re.lastIndex - end : 0;
}
const OPENING = '([{<';
const CLOSING = ')]}>';

/** "2 milliards d'euros", "10 millions de dollars": a currency after a scale word and "of". */
function currencyOfScale(text: string, end: number, pack: LanguagePack, scaleWritten: boolean): CurrencyMark | undefined {
  if (!pack.currencyOf) return undefined;
  const of = listRegex(pack.currencyOf, String.raw`[\s\u00a0]W`, 'iuy');
  of.lastIndex = end;
  if (!of.test(text)) return undefined;
  const after = currencyAfter(text, of.lastIndex, pack);
  if (after && after.at > of.lastIndex) return after;
  const word = pack.currencyNamesAfterScale && scaleWritten ? CURRENCY_NAME_RE : undefined;
  if (!word) return undefined;
  word.lastIndex = of.lastIndex;
  const name = word.exec(text);
  const unit = name ? pack.currencyNamesAfterScale![name[1].toLowerCase()] : undefined;
  return unit ? { unit, at: of.lastIndex + name![0].length, scale: 1 } : undefined;
}

/**
 * "1,5 million de gallons", "12 millions de tonnes": a unit after a scale word and "of", as
 * French writes it. A unit word only (no symbol), and only a measure, no duration.
 */
function unitOfScale(text: string, end: number, pack: LanguagePack): { unit: string; end: number } | undefined {
  if (!pack.currencyOf) return undefined;
  const of = listRegex(pack.currencyOf, String.raw`[\s\u00a0]W`, 'iuy');
  of.lastIndex = end;
  if (!of.test(text)) return undefined;
  const from = of.lastIndex;
  const u = unitMatch(text, from, pack);
  const sense = u ? unitSense(u[1], pack) : undefined;
  if (!u || !sense || sense.kind !== 'quantity' || u[1].length < 3 || !isLetter(u[1][0])) return undefined;
  return { unit: sense.unit, end: from + u[0].length };
}

/** A currency after the number ("20 euros", "75 USD million"). */
function moneyAfter(text: string, r: Reading, after: CurrencyMark, pack: LanguagePack): void {
  r.kind = 'money';
  r.unit = r.prefix?.unit ?? after.unit;
  r.scale *= after.scale;
  r.written *= after.scale;
  r.end = after.at;
  const trailing = !r.phrase.scale ? scaleAfter(text, r.end, pack) : undefined;
  if (trailing) {
    r.scale *= trailing.value;
    r.written *= trailing.value;
    r.end = trailing.end;
  }
}

/** "5 feet 2 inches", "2 km and 1 meter": one measure in parts; "3 dollars 50 cents", "$20 and 43c": one amount. */
function addParts(text: string, r: Reading, pack: LanguagePack, style: SeparatorStyle): void {
  if (r.kind === 'quantity' && r.unit) {
    const parts = compoundMeasure(text, r.end, r.unit, pack, style);
    if (parts) {
      r.value += parts.add;
      r.end = parts.end;
    }
  }
  if (r.kind === 'money' && r.unit && !isSubunit(r.unit) && r.scale === 1 && Number.isInteger(r.value)) {
    const cents = subunitsAfter(text, r.end, pack, style);
    if (cents) {
      r.value += cents.value / 100;
      r.end = cents.end;
    }
  }
}

/** "minus five", "negative one"; a minus sign right before the digits, not a hyphen joining words or ranges ("2020-21", "75 -300mm"). */
function withSign(text: string, r: Reading, pack: LanguagePack): void {
  if (r.prefix) return;
  // "au moins six" is at least six: a minus word inside a hedge is none.
  const word = text[r.start - 1] === ' ' && mayEndListWordBefore(text, r.start, 0, pack.minusWords) && !hedgeBefore(text, r.start, pack) ? listRegex(pack.minusWords, String.raw`(?<![\p{L}])W\s+$`).exec(text.slice(Math.max(0, r.start - 10), r.start)) : null;
  if (word) {
    r.value = -r.value;
    r.start -= word[0].length;
  }
  if (!r.phrase.digits) return;
  // The sign is right before the digits or one space before them ("-10", "- 10").
  const spaced = text[r.start - 1] === ' ';
  const signAt = r.start - (spaced ? 2 : 1);
  const sign = text[signAt];
  const beforeSign = text[signAt - 1] ?? ' ';
  // A sign stands after a space or an opening mark; after anything else ("5%-6%", "B-52") the dash joins.
  const numberBefore = beforeSign === ' ' && isDigitAt(text, signAt - 2);
  if ((sign === '-' || sign === '−') && SIGN_FOLLOWS.includes(beforeSign) && !numberBefore && !(spaced && isBulletDash(text, signAt))) {
    r.value = -r.value;
    r.start -= spaced ? 2 : 1;
  }
}
/**
 * "…au 1er groupe. - 911 mentions", a line that starts "- 19,5 % de mentions": a dash with a space
 * after it that opens a line of a longer text or follows a sentence's end is a list's bullet, no
 * minus ("(- 3,3 points)", "à - 10 °C" keep theirs).
 */
function isBulletDash(text: string, signAt: number): boolean {
  let i = signAt - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  // At the very start of a text the dash is a minus: a figure quoted alone ("- 10 degrés").
  return i >= 0 && (text[i] === '\n' || ((text[i] === '.' || text[i] === '!' || text[i] === '?') && i < signAt - 1));
}

/** What a minus sign may follow: a space, an opening bracket or quote, or punctuation. */
const SIGN_FOLLOWS = ' \u00a0\t\n([{"\'“‘„«:;,=/~<>≈';

/** A count in four digits from 1800 to 2100 is a year; "1st", "Article 5", "Rang drei" are ordinals. */
function countKind(text: string, r: Reading, pack: LanguagePack): void {
  const { phrase } = r;
  if (r.kind !== 'count') return;
  // A label names a place in a series in words as in digits: "auf Rang drei", "Article five".
  if (!phrase.digits) {
    if (r.start === phrase.start && isLabelled(text, r.start, pack)) r.kind = 'ordinal';
    return;
  }
  if (!phrase.scale && Number.isInteger(r.value) && r.value >= 1800 && r.value <= 2100 && /^\d{4}$/.test(text.slice(phrase.start, phrase.end))) {
    r.kind = 'year';
    return;
  }
  const suffix = isLetter(text[r.end] ?? ' ') ? listRegex(pack.ordinalSuffixes, String.raw`W(?![\p{L}])`, 'uy') : undefined;
  if (suffix) suffix.lastIndex = r.end;
  if (suffix && suffix.test(text)) {
    r.kind = 'ordinal';
    r.end = suffix.lastIndex;
    return;
  }
  if (r.start === phrase.start && isLabelled(text, r.start, pack)) {
    r.kind = 'ordinal';
    // "article 131-6", "Art. L. 2121-29": a label's number goes on over hyphens and digits; the part after one is no count.
    if (r.end === phrase.end && !r.unit) r.end = hyphenatedDigitsEnd(text, r.end);
  }
}

function figureOf(text: string, r: Reading, pack: LanguagePack): Figure {
  const { phrase } = r;
  // A value straight from the digits needs no cleaning of float noise (a dense list has many).
  const exact = phrase.parsed === true && r.scale === 1 && (r.value === phrase.value || r.value === -phrase.value);
  const figure = make(text, r.start, r.end, r.value, r.kind, pack, r.unit, exact);
  if (r.written > 1) figure.scale = r.written;
  // A sign belongs to the number ("-10"); a currency before it does not.
  const numberStart = r.prefix ? phrase.start : r.start;
  if (numberStart !== r.start || phrase.end !== r.end) figure.number = { start: numberStart, end: phrase.end };
  return figure;
}

/** Short unit abbreviations ("m", "t", "in", "l", "g") only right after digits, never after words. */
function unitFits(form: string, phrase: NumberPhrase): boolean {
  if (phrase.digits) return true;
  return (form.length >= 2 && !DIGITS_ONLY_UNITS.has(form.toLowerCase())) || form === '%';
}
