import { isDigitCode, isJsSpace, isLetter } from './chars';
import { VULGAR_FRACTIONS } from './lang/common/fractions';
import type { LanguagePack } from './lang/pack';
import { isMillion, isSpacedMillion } from './context/metreOrMillion';
import { DIGITS_RE, parseLocaleNumber, type SeparatorStyle } from './parseNumber';
import { scaleAfter } from './scaleWords';
import { hundredsBeforeNumber, hundredsOfPart } from './context/hundredsAfterDigits';
import { listItemEnd } from './context/numberList';
import { denominatorValue, DENOMINATOR, isDigitFraction } from './context/slashPair';
import { bare, skipGap, wordAt, wordEnd, type NumberPhrase } from './tokens';
import { listRegex, longestWord, single } from './words';

export function readDigits(text: string, at: number, pack: LanguagePack, style: SeparatorStyle): NumberPhrase | undefined {
  const leadingPoint = text[at] === '.' || text[at] === ',';
  let raw: string;
  if (leadingPoint) {
    LEADING_POINT_RE.lastIndex = at;
    raw = LEADING_POINT_RE.exec(text)![0];
  } else {
    DIGITS_RE.lastIndex = at;
    DIGITS_RE.test(text);
    raw = text.slice(at, DIGITS_RE.lastIndex);
  }
  const own = parseLocaleNumber(raw, style);
  // "pages 1,2,3": a run that reads in neither style is a list, its first number read alone.
  const item = own === undefined && !leadingPoint ? listItemEnd(text, at, raw) : undefined;
  if (item !== undefined) return { start: at, end: item, value: Number(text.slice(at, item)), digits: true, parsed: true };
  const value = own ?? parseLocaleNumber(raw, style === '.' ? ',' : '.');
  if (value === undefined) return undefined;
  let end = at + raw.length;
  // "79.000,- €": a whole amount's mark for no cents is part of the number.
  if (text.charCodeAt(end) === 44 && pack.wholeAmountMarks) end += wholeMarkLength(text, end, raw, pack.wholeAmountMarks);
  // Everything below reads on from a letter, a space, a slash, a caret, a fraction sign or a
  // hyphen before a word ("$1.2-billion"); in dense runs of numbers ("1,1,1,...", "1-2-3") the
  // next character is none of those, so stop early.
  const c = text.charCodeAt(end);
  if (!(c === 32 || c === 47 || c === 94 || c === 0xa0 || c === 0xd7 || c === 42 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127 || (c === 45 && (isLetter(text[end + 1] ?? ' ') || hyphenFraction(text, end))))) {
    return { start: at, end, value, digits: true, parsed: true };
  }
  const written = inNotation(text, at, end, raw, value, pack);
  if (written) return written;
  const glued = gluedScale(text, at, end, raw, value, pack);
  if (glued) return { start: at, end: glued.end, value: value * glued.value, digits: true, scale: glued.value };
  const scale = scaleAfter(text, end, pack);
  if (scale) return withParts(text, { start: at, end: scale.end, value: value * scale.value, digits: true, scale: scale.value }, pack, scale.last);
  const hundreds = hundredsBeforeNumber(text, at, end, value, pack);
  if (hundreds) return hundreds;
  // "2 dozen"
  const next = wordAt(text, skipGap(text, end));
  const dozen = next && !pack.dozensAfterWordsOnly?.includes(bare(next.text)) ? pack.dozens[bare(next.text)] : undefined;
  if (next && dozen && skipGap(text, end) > end) {
    end = wordEnd(next);
    return { start: at, end, value: value * dozen, digits: true };
  }
  // "5 and a half million"
  if (pack.readAndFraction && /^\d+$/.test(raw)) {
    const fraction = pack.readAndFraction(text, end);
    if (fraction) {
      const after = scaleAfter(text, fraction.end, pack);
      return after
        ? { start: at, end: after.end, value: (value + fraction.value) * after.value, digits: true, scale: after.value }
        : { start: at, end: fraction.end, value: value + fraction.value, digits: true };
    }
  }
  return { start: at, end, value, digits: true, parsed: true };
}

const FRACTION_RE = new RegExp(String.raw`(?:(?:\s+|-)(\d{1,3}))?\/` + DENOMINATOR, 'y');
const POWER_RE = /(?:[eE]([+-]?\d{1,3})|\s?[x×*]\s?10\^([+-]?\d{1,3})|\^([+-]?\d{1,3}))(?![\p{L}\p{N}])/uy;
const LEADING_POINT_RE = /[.,]\d+/y;
/** Digits only, no separator. */
function isWhole(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return raw.length > 0;
}

/** The number in a notation after its digits: "2¾", "2 ½", "3/4", "2 1/4", "1-1/2", "1.3e6", "6.23 × 10^-4", "1 point 1". */
function inNotation(text: string, at: number, end: number, raw: string, value: number, pack: LanguagePack): NumberPhrase | undefined {
  if (!mayBeNotation(text, end, pack)) return undefined;
  // "2½", "2 ½": a vulgar fraction after the whole number, glued or one space apart.
  const vulgarAt = isJsSpace(text.charCodeAt(end)) ? end + 1 : end;
  if (isWhole(raw) && VULGAR_FRACTIONS[text[vulgarAt]] !== undefined) {
    return { start: at, end: vulgarAt + 1, value: value + VULGAR_FRACTIONS[text[vulgarAt]], digits: true };
  }
  // "3/4", "2 1/4" and "1-1/2": a fraction in digits (but not a date such as 8/6/2024, nor "24/7").
  const whole = isWhole(raw);
  FRACTION_RE.lastIndex = end;
  const f = whole ? FRACTION_RE.exec(text) : null;
  // A hyphen joins a fraction to a small whole number only ("1-1/2"; "2020-1/2" is no 2020.5).
  if (f && f[0].startsWith('-') && raw.length > 2) return undefined;
  const denominator = f ? denominatorValue(f[2]) : NaN;
  if (f && isDigitFraction(f[1] !== undefined ? Number(f[1]) : value, denominator)) {
    const whole = f[1] !== undefined ? value + Number(f[1]) / denominator : value / denominator;
    return { start: at, end: end + f[0].length, value: whole, digits: true };
  }
  // Scientific notation: "1.3e6", "12.32e+14", "1.3x10^6", "6.23 × 10^-4"; a power: "2.5^-1".
  POWER_RE.lastIndex = end;
  const pw = POWER_RE.exec(text);
  const powered = pw ? (pw[3] !== undefined ? value ** Number(pw[3]) : value * 10 ** Number(pw[1] ?? pw[2])) : NaN;
  // "1e999" overflows: then it is no number in scientific notation, only the digits before it.
  if (pw && Number.isFinite(powered)) return { start: at, end: end + pw[0].length, value: powered, digits: true };
  // "1 point 1": a decimal point spoken.
  const spoken = listRegex(pack.decimalWords, String.raw`\s+W\s+(\d+)(?![\d.,])`, 'iuy');
  spoken.lastIndex = end;
  const sp = whole ? spoken.exec(text) : null;
  if (sp) return { start: at, end: end + sp[0].length, value: Number(`${raw}.${sp[1]}`), digits: true };
  return undefined;
}

/** "1-1/2": a hyphen at `end`, then one to three digits and a slash. */
function hyphenFraction(text: string, end: number): boolean {
  let i = end + 1;
  while (i - end <= 3 && isDigitCode(text.charCodeAt(i))) i++;
  return i > end + 1 && text.charCodeAt(i) === 47;
}

/**
 * Could a notation start after the digits at `end`: a vulgar fraction, a slash, a power's mark,
 * or spaces before a digit, a times sign or a spoken decimal point (a run of other characters,
 * spaces and a digit)? Each pattern of inNotation needs one of these; most numbers are followed
 * by a plain word ("61 kilometres along"), and are turned away before the patterns run.
 */
function mayBeNotation(text: string, end: number, pack: LanguagePack): boolean {
  const c = text.charCodeAt(end);
  if (c === 47 || c === 101 || c === 69 || c === 94 || c === 120 || c === 0xd7 || c === 42 || VULGAR_FRACTIONS[text[end]] !== undefined) return true;
  if (c === 45) return hyphenFraction(text, end);
  if (!isJsSpace(c)) return false;
  if (VULGAR_FRACTIONS[text[end + 1]] !== undefined) return true;
  let i = end + 1;
  while (isJsSpace(text.charCodeAt(i))) i++;
  const d = text.charCodeAt(i);
  if (isDigitCode(d) || (i === end + 1 && (d === 120 || d === 0xd7 || d === 42))) return true;
  const longest = longestWord(pack.decimalWords);
  if (longest === undefined) return true;
  const word = i;
  while (i < text.length && !isJsSpace(text.charCodeAt(i))) if (++i - word > longest) return false;
  const gap = i;
  while (isJsSpace(text.charCodeAt(i))) i++;
  return i > gap && i > word && isDigitCode(text.charCodeAt(i));
}

/**
 * A scale abbreviation glued to the digits ("15k", "2.5bn", "3M", "1MM", "2mil") or, for some,
 * after a space ("10 k"), as the pack allows. A lower-case "m" or "b" is a million or billion
 * only after a currency ("£2.5m", "£1.5 m") or, glued, before what is counted in millions:
 * "1.8m tall" is metres.
 * "G" is a billion only with decimals (".0012G"): "5G" is a network.
 */
function gluedScale(text: string, at: number, end: number, raw: string, value: number, pack: LanguagePack): { end: number; value: number } | undefined {
  const spaced = /\s/.test(text[end] ?? '');
  LETTERS_RE.lastIndex = spaced ? end + 1 : end;
  const m = LETTERS_RE.exec(text);
  if (!m) return undefined;
  const form = m[1];
  const stop = LETTERS_RE.lastIndex;
  const { always, spaced: afterSpace, afterCurrency, withDecimals } = pack.gluedScales;
  if (spaced) {
    if (isInitial(form, text[stop])) return undefined;
    if (afterSpace[form] !== undefined) return { end: stop, value: afterSpace[form] };
    return afterCurrency[form] !== undefined && isSpacedMillion(text, at) ? { end: stop, value: afterCurrency[form] } : undefined;
  }
  if (always[form] !== undefined) return { end: stop, value: always[form] };
  const decimals = /[.,]\d+$/.test(raw) && value !== Math.trunc(value);
  if (afterCurrency[form] !== undefined && isMillion(text, at, stop, form, pack)) return { end: stop, value: afterCurrency[form] };
  if (withDecimals[form] !== undefined && decimals) return { end: stop, value: withDecimals[form] };
  return undefined;
}
/** One capital and a full stop after a space is an initial or a title ("en 2017 M. Macron"), no scale. */
function isInitial(form: string, next: string | undefined): boolean {
  return form.length === 1 && form !== form.toLowerCase() && next === '.';
}
/** Up to three letters that end the word: no letter, digit or abbreviated word after them. */
const LETTERS_RE = /(\p{L}{1,3})(?![\p{L}\p{N}]|\.\p{L})/uy;


/**
 * What may follow a scaled number: "3 million and a half", "4 thousand 3 hundred and 21",
 * "6 crore and two hundred". A following number joins only when it is smaller than the last scale
 * and is either introduced by "and" or carries its own scale word, so "4000 3 hundred" stays two.
 */
function withParts(text: string, phrase: NumberPhrase, pack: LanguagePack, lastScale?: number): NumberPhrase {
  if (!pack.partsAfterScale || !pack.and || !lastScale) return phrase;
  const andAt = listRegex(single(pack.and), String.raw`[\s\u00a0]+W(?=[\s\u00a0])`, 'y');
  andAt.lastIndex = phrase.end;
  const fraction = andAt.exec(text) ? pack.readAndFraction?.(text, andAt.lastIndex) : undefined;
  if (fraction) return { ...phrase, end: fraction.end, value: phrase.value + fraction.value * lastScale };
  const and = listRegex(single(pack.and), String.raw`[\s\u00a0]+W[\s\u00a0]+|[\s\u00a0]+`, 'y');
  and.lastIndex = phrase.end;
  const joint = and.exec(text);
  if (!joint) return phrase;
  const from = phrase.end + joint[0].length;
  if (!/[\p{L}\d]/u.test(text[from] ?? '')) return phrase;
  const rest = /\d/.test(text[from]) ? /\d+/y : null;
  let part: NumberPhrase | undefined;
  if (rest) {
    rest.lastIndex = from;
    const digits = rest.exec(text)![0];
    if (/^[\d.,]/.test(text[from + digits.length] ?? '') && /\d/.test(text[from + digits.length + 1] ?? '')) return phrase;
    const scale = scaleAfter(text, from + digits.length, pack) ?? hundredsOfPart(text, from + digits.length, pack);
    part = scale
      ? withParts(text, { start: from, end: scale.end, value: Number(digits) * scale.value, digits: true, scale: scale.value }, pack, scale.last)
      : { start: from, end: from + digits.length, value: Number(digits), digits: true };
    if (!scale && joint[0].trim() === '') return phrase;
  } else {
    part = pack.readCardinal(text, from, pack);
    if (!part || (joint[0].trim() === '' && !part.scale && !listRegex(pack.partsAfterScale.partScaleWords, 'W', 'i').test(text.slice(part.start, part.end)))) return phrase;
  }
  if (!part || part.value >= lastScale || part.value <= 0 || !Number.isInteger(part.value)) return phrase;
  return { ...phrase, end: part.end, value: phrase.value + part.value };
}

/** The length of a mark for no cents after whole digits at `end` (",-" before a space or the text's end), or 0. */
function wholeMarkLength(text: string, end: number, raw: string, marks: readonly string[]): number {
  if (!isWhole(raw.replace(/[.\s\u00a0\u202f']/g, ''))) return 0;
  for (const mark of marks) {
    if (text.startsWith(mark, end) && !/[\p{L}\p{N}-]/u.test(text[end + mark.length] ?? ' ')) return mark.length;
  }
  return 0;
}
