import type { Figure, FigureKind, Lang } from '../types';
import { isDigitAt, isLetter } from './chars';
import { isAngle } from './angle';
import { compoundMeasure } from './compoundMeasure';
import { UNIT_AFTER_RE, unitSense } from './lexicon/units';
import { make } from './makeFigure';
import { coinAfter, currencyAfter, currencyBefore, isSubunit, subunitsAfter } from './money';
import { readNumberPhrase, type NumberPhrase } from './numberPhrase';
import { isPoundWord, poundIsMoney } from './pounds';
import { scaleAfter } from './scaleWords';
import type { SeparatorStyle } from './parseNumber';

/** A number with what measures it: currency before or after, a unit or percent after. */
export function measuredAt(text: string, at: number, lang: Lang, style: SeparatorStyle): Figure | undefined {
  const prefix = currencyBefore(text, at);
  const from = prefix ? prefix.at : at;
  const phrase = readNumberPhrase(text, from, lang, style);
  if (!phrase) return undefined;
  let start = prefix ? at : phrase.start;
  let end = phrase.end;
  let kind: FigureKind = prefix ? 'money' : 'count';
  let unit: string | undefined = prefix?.unit;
  let scale = prefix?.scale ?? 1;
  // The scale words as written ("1.2 million", "120 MEUR"), not a coin's worth ("ten dimes").
  let written = (phrase.scale ?? 1) * scale;
  // A unit starts with a letter or a sign, after at most one space or hyphen.
  const next = text[end] === ' ' || text[end] === '-' || text[end] === '\u00a0' || text[end] === '\u202f' || text[end] === '\u2009' ? text[end + 1] : text[end];
  const signLike = next !== undefined && (isLetter(next) || /[%°²³'\u2032\u2033\p{Sc}\u0BB0\u5143]/u.test(next));
  UNIT_AFTER_RE.lastIndex = end;
  let u = signLike ? UNIT_AFTER_RE.exec(text) : null;
  // One-letter unit symbols are lower case ("5 g", "2 m"); "5G" is a network, "3T" a model name.
  if (u && u[1].length === 1 && u[1] !== u[1].toLowerCase() && u[1] !== 'L') u = null;
  // A unit letter that runs on into digits is part of a code: "24703 L-202", "A 5 m-3 part".
  // A range of percentages or degrees ("5%-6%") is no code.
  if (u && text[end + u[0].length] === '-' && isDigitAt(text, end + u[0].length + 1) && isLetter(u[1][u[1].length - 1])) u = null;
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
  // A unit found first is no currency, except pounds that pay rather than weigh.
  const pounds = u !== null && isPoundWord(u[1]) && poundIsMoney(text, start, end, u[1], phrase.scale);
  let after = signLike && (!u || pounds) && (!prefix || text[end] !== ' ' || !/[\d]/.test(text[end + 2] ?? '')) ? currencyAfter(text, end) : undefined;
  if (!after && pounds && !prefix) after = { unit: 'GBP', at: end + u![0].length, scale: 1 };
  const coin = !prefix && signLike ? coinAfter(text, end) : undefined;
  // Digits inside a word or code are no figure, whatever follows them ("SCP-173m"); digits run
  // into letters are none unless the letters are a unit or currency ("200lbs", "100₾").
  const degreesLetter = !u && !prefix ? temperatureLetter(text, phrase) : undefined;
  if (!prefix && (codeBefore(text, phrase) || (!u && !after && !coin && !degreesLetter && lettersAfter(text, phrase)))) return undefined;
  if (coin) {
    kind = 'money';
    unit = coin.unit;
    scale = coin.value;
    end = coin.end;
  } else if (after && (!u || after.at >= end + u[0].length) && (!prefix || after.unit === prefix.unit)) {
    kind = 'money';
    unit = prefix?.unit ?? after.unit;
    scale *= after.scale;
    written *= after.scale;
    end = after.at;
    // "75 USD million"
    const trailing = !phrase.scale ? scaleAfter(text, end, lang) : undefined;
    if (trailing) {
      scale *= trailing.value;
      written *= trailing.value;
      end = trailing.end;
    }
  } else if (degreesLetter) {
    kind = 'quantity';
    unit = degreesLetter;
    end += 1;
  } else if (u && !prefix && unitFits(u[1], phrase) && !inIsPreposition(text, end, u)) {
    const sense = unitSense(u[1])!;
    kind = sense.kind;
    unit = sense.unit;
    // "pounds of" and "barrels of" name the unit by what follows; the "of" is not the figure's.
    end += u[0].length + bracketed - (/\sof$/i.test(u[1]) ? /\s+of$/i.exec(u[1])![0].length : 0);
  }
  if (unit === '°' && isAngle(text, start, end)) unit = 'deg';
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
  // A minus sign right before the digits, not a hyphen joining words or ranges ("2020-21",
  // "75 -300mm").
  if (!prefix && phrase.digits) {
    // The sign is right before the digits or one space before them ("-10", "- 10").
    const spaced = text[start - 1] === ' ';
    const signAt = start - (spaced ? 2 : 1);
    const sign = text[signAt];
    const beforeSign = text[signAt - 1] ?? ' ';
    // A sign stands after a space or an opening mark; after anything else ("5%-6%", "B-52") the
    // dash joins.
    const numberBefore = beforeSign === ' ' && isDigitAt(text, signAt - 2);
    if ((sign === '-' || sign === '−') && SIGN_FOLLOWS.includes(beforeSign) && !numberBefore) {
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
  if (kind === 'count' && phrase.digits && !phrase.scale && Number.isInteger(value) && value >= 1800 && value <= 2100 && /^\d{4}$/.test(text.slice(phrase.start, phrase.end))) {
    kind = 'year';
  }
  if (kind === 'count' && phrase.digits && 'snrt'.includes(text[end] || '-') && /^(st|nd|rd|th)(?![\p{L}])/u.test(text.slice(end, end + 3))) {
    kind = 'ordinal';
    end += 2;
  }
  // "Article 5", "Route 66", "Flight 370", "Absatz 2": a number that names its place in a series
  // is an ordinal, recognized but not checked (spec), not a count of anything.
  if (kind === 'count' && phrase.digits && start === phrase.start && isSpaceBefore(text, start) && LABEL_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start))) {
    kind = 'ordinal';
  }
  // A value straight from the digits needs no cleaning of float noise (a dense list has many).
  const exact = phrase.parsed === true && scale === 1 && (value === phrase.value || value === -phrase.value);
  const figure = make(text, start, end, value, kind, lang, unit, exact);
  if (written > 1) figure.scale = written;
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

/**
 * "40C", "104F", "1.5C": a temperature with the scale's letter glued to the digits, as British
 * and US news write it. The letter alone says too little ("Section 5C", "seat 14F", "form 13F",
 * "14.7C/share"), so the sentence must speak of heat, cold or climate, the value lie in a range
 * the weather reaches, and the word before be no name or label.
 */
function temperatureLetter(text: string, phrase: NumberPhrase): '°C' | '°F' | undefined {
  const letter = text[phrase.end];
  const next = text[phrase.end + 1] ?? ' ';
  if ((letter !== 'C' && letter !== 'F') || !phrase.digits || isLetter(next) || next === '/' || isDigitAt(text, phrase.end + 1)) return undefined;
  const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, phrase.start - 16), phrase.start))?.[1];
  if (before && (LABELS.has(before.toLowerCase()) || (/\p{Lu}/u.test(before) && !BOUNDS.has(before.toLowerCase())))) return undefined;
  const sentence = /[^.!?]*$/.exec(text.slice(Math.max(0, phrase.start - 100), phrase.start))![0] + text.slice(phrase.end + 1, phrase.end + 24);
  if (!WEATHER_RE.test(sentence)) return undefined;
  const value = phrase.value;
  if (letter === 'C') return value <= 60 ? '°C' : undefined;
  return value <= 140 ? '°F' : undefined;
}

function isSpaceBefore(text: string, start: number): boolean {
  return text[start - 1] === ' ' || text[start - 1] === '\u00a0';
}
/** Words that name a place in a series before its number; "No." and "Nr." with their dot. */
const LABEL_BEFORE_RE = /(?:^|[^\p{L}])(?:Article|Art\.|Section|Sec\.|Chapter|Title|Paragraph|Clause|Route|Highway|Interstate|Flight|Resolution|Proposition|Prop\.|No\.|Nr\.|Number|Room|Gate|Platform|Terminal|Apollo|Windows|iPhone|Episode|Artikel|Absatz|Paragraf|Kapitel|Gleis|Flug|Zimmer|Ziffer|§)[\s\u00a0]$/u;
/** What a minus sign may follow: a space, an opening bracket or quote, or punctuation. */
const SIGN_FOLLOWS = ' \u00a0\t\n([{"\'“‘„«:;,=/~<>≈';
const WORD_BEFORE_RE = /(\p{L}+)[\s\u00a0]+$/u;
const LABELS = new Set(['seat', 'seats', 'room', 'rooms', 'apartment', 'flat', 'gate', 'section', 'article', 'form', 'row', 'floor', 'unit', 'suite', 'level', 'grade', 'class', 'model', 'type', 'version', 'chapter', 'page', 'platform', 'terminal', 'block', 'no', 'number', 'vitamin', 'size']);
const WEATHER_RE = /(?:^|[^\p{L}])(?:temperatures?|temps?|degrees?|heat|heatwave|hot|hotter|warm|warmer|warming|cold|colder|cool|cooler|freezing|frost|weather|forecast|highs?|lows?|thermometer|climate|celsius|fahrenheit|Hitze|Grad|Temperaturen?|Erwärmung|Kälte|Frost)(?![\p{L}])/iu;
const BOUNDS = new Set(['minus', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'some', 'just', 'roughly', 'up', 'to', 'at']);

/** Short unit abbreviations ("m", "t", "in", "l", "g") only right after digits, never after words. */
function unitFits(form: string, phrase: NumberPhrase): boolean {
  if (phrase.digits) return true;
  return (form.length >= 2 && !/^(in|ha|mi|pp|rs|rm|gs)$/i.test(form)) || form === '%';
}

/** Digits that continue a word or code ("B2B", "COVID-19", "SCP-173m", "scp2-173m", "x_2"). */
function codeBefore(text: string, phrase: NumberPhrase): boolean {
  if (!phrase.digits) return false;
  const before = text[phrase.start - 1] ?? ' ';
  if (isLetter(before) || before === '_') return true;
  if (before !== '-') return false;
  // Back over the digits of a code's previous part ("scp2-"), but not of a range ("2020-21").
  let i = phrase.start - 2;
  while (i >= 0 && isDigitAt(text, i)) i--;
  return isLetter(text[i] ?? ' ');
}

/** Digits run into letters that are no unit ("A4" read from the 4, "5G", "Form 5B"). */
function lettersAfter(text: string, phrase: NumberPhrase): boolean {
  const after = text[phrase.end] ?? ' ';
  return phrase.digits && (isLetter(after) || after === '_');
}
