import { parseGermanNumberWord } from './germanNumberWord';
import {
  DE_DOZEN, DE_FRACTIONS, DE_SCALES, EN_DOZEN, EN_FRACTIONS, EN_HUNDRED, EN_SCALE_ABBREVIATIONS, EN_SCALES, EN_SMALL, VULGAR_FRACTIONS,
} from './lexicon/numberWords';
import { DIGITS_RE, parseLocaleNumber, type SeparatorStyle } from './parseNumber';
import type { Lang } from '../types';

export interface NumberPhrase {
  start: number;
  end: number;
  value: number;
  /** Digits were written ("76,000"), rather than words only ("sixty-five"). */
  digits: boolean;
  /** A scale word was applied ("1.2 million"): the writer rounded to its precision. */
  scaled: boolean;
}

const WORD_RE = /[\p{L}][\p{L}\p{M}]*\.?/uy;
const GAP_RE = /[\s\u00a0\u202f\u2009]+(?:-[\s\u00a0]+)?|-/y;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** The word starting at `at` (sticky), without a trailing dot unless it is an abbreviation. */
function wordAt(text: string, at: number): Token | undefined {
  WORD_RE.lastIndex = at;
  const m = WORD_RE.exec(text);
  if (!m) return undefined;
  return { text: m[0], start: at, end: at + m[0].length };
}

/** Skips one gap (spaces or a hyphen) after `at`; returns where the next token starts. */
function skipGap(text: string, at: number): number {
  GAP_RE.lastIndex = at;
  const m = GAP_RE.exec(text);
  return m ? at + m[0].length : at;
}

function bare(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** The value of one number word in a language, or undefined. */
export function numberWordValue(word: string, lang: Lang): number | undefined {
  const w = bare(word);
  if (lang === 'en') return EN_SMALL[w];
  return parseGermanNumberWord(w);
}

/**
 * Reads a number phrase starting at `at`: digits in the document's separator style, or number
 * words, with an attached or following scale word ("15k", "1,5 Mio.", "two hundred thousand"),
 * fractions ("two-thirds", "zwei Drittel", "anderthalb") and dozens. Returns undefined when no
 * number starts there. Reads at most a bounded number of tokens past the last number word, so
 * scanning stays linear.
 */
export function readNumberPhrase(text: string, at: number, lang: Lang, style: SeparatorStyle): NumberPhrase | undefined {
  const c = text.charCodeAt(at);
  const isDigit = c >= 48 && c <= 57;
  const vulgar = VULGAR_FRACTIONS[text[at]];
  if (vulgar !== undefined) return { start: at, end: at + 1, value: vulgar, digits: true, scaled: false };
  const phrase = isDigit || ((c === 46 || c === 44) && /\d/.test(text[at + 1] ?? '')) ? readDigits(text, at, lang, style) : readWords(text, at, lang);
  return phrase && lang === 'en' ? withRatio(text, phrase, style) : phrase;
}

/**
 * A ratio written out: "one out of three", "two out of five hundred", "one over twenty",
 * "1 in 5". "over" only when nothing is counted after it ("$2000 over 3 years" is a period);
 * "in" only after one ("8 in 5" is two numbers).
 */
function withRatio(text: string, phrase: NumberPhrase, style: SeparatorStyle): NumberPhrase {
  if (text[phrase.end] !== ' ' || phrase.scaled) return phrase;
  const joint = /\s(out of|over|in)\s/y;
  joint.lastIndex = phrase.end;
  const j = joint.exec(text);
  if (!j) return phrase;
  if (j[1] === 'in' && phrase.value !== 1) return phrase;
  const from = phrase.end + j[0].length;
  if (!/[\p{L}\d]/u.test(text[from] ?? '')) return phrase;
  const c = text.charCodeAt(from);
  const denominator = c >= 48 && c <= 57 ? readDigits(text, from, 'en', style) : readEnglishWords(text, from);
  if (!denominator || denominator.value === 0 || !Number.isInteger(denominator.value) || (j[1] !== 'over' && denominator.value < phrase.value)) return phrase;
  if (j[1] !== 'out of' && /^[\s\u00a0]*\p{L}/u.test(text.slice(denominator.end, denominator.end + 2)) && j[1] === 'over') return phrase;
  if (j[1] === 'in' && (denominator.value > 1000 || denominator.value < 2)) return phrase;
  return { start: phrase.start, end: denominator.end, value: phrase.value / denominator.value, digits: phrase.digits, scaled: false };
}

function readDigits(text: string, at: number, lang: Lang, style: SeparatorStyle): NumberPhrase | undefined {
  const leadingPoint = text[at] === '.' || text[at] === ',';
  let raw: string;
  if (leadingPoint) {
    const m = /[.,]\d+/y;
    m.lastIndex = at;
    raw = m.exec(text)![0];
  } else {
    DIGITS_RE.lastIndex = at;
    DIGITS_RE.test(text);
    raw = text.slice(at, DIGITS_RE.lastIndex);
  }
  let value = parseLocaleNumber(raw, style) ?? parseLocaleNumber(raw, style === 'en' ? 'de' : 'en');
  if (value === undefined) return undefined;
  let end = at + raw.length;
  // Everything below reads on from a letter, a space, a slash, a caret or a fraction sign; in
  // dense runs of numbers ("1,1,1,...") the next character is none of those, so stop early.
  const c = text.charCodeAt(end);
  if (!(c === 32 || c === 47 || c === 94 || c === 0xa0 || c === 0xd7 || c === 42 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127)) {
    return { start: at, end, value, digits: true, scaled: false };
  }
  if (/^\d+$/.test(raw) && VULGAR_FRACTIONS[text[end]] !== undefined) {
    return { start: at, end: end + 1, value: value + VULGAR_FRACTIONS[text[end]], digits: true, scaled: false };
  }
  // "3/4" and "2 1/4": a fraction in digits (but not a date such as 8/6/2024).
  const fraction = /(?:\s+(\d{1,3}))?\/(\d{1,3})(?![\d/])/y;
  fraction.lastIndex = end;
  const f = /^\d+$/.test(raw) ? fraction.exec(text) : null;
  if (f && Number(f[2]) > 0) {
    value = f[1] !== undefined ? value + Number(f[1]) / Number(f[2]) : value / Number(f[2]);
    return { start: at, end: end + f[0].length, value, digits: true, scaled: false };
  }
  // Scientific notation: "1.3e6", "12.32e+14", "1.3x10^6", "6.23 × 10^-4"; a power: "2.5^-1".
  const power = /(?:[eE]([+-]?\d{1,3})|\s?[x×*]\s?10\^([+-]?\d{1,3})|\^([+-]?\d{1,3}))(?![\p{L}\p{N}])/uy;
  power.lastIndex = end;
  const pw = power.exec(text);
  const powered = pw ? (pw[3] !== undefined ? value ** Number(pw[3]) : value * 10 ** Number(pw[1] ?? pw[2])) : NaN;
  // "1e999" overflows: then it is no number in scientific notation, only the digits before it.
  if (pw && Number.isFinite(powered)) return { start: at, end: end + pw[0].length, value: powered, digits: true, scaled: false };
  // "1 point 1": a decimal point spoken.
  const spoken = /\s+(?:point|[kK]omma)\s+(\d+)(?![\d.,])/y;
  spoken.lastIndex = end;
  const sp = /^\d+$/.test(raw) ? spoken.exec(text) : null;
  if (sp) return { start: at, end: end + sp[0].length, value: Number(`${raw}.${sp[1]}`), digits: true, scaled: false };
  // A glued scale abbreviation ("15k", "2.5bn", "3M", "1MM", "2mil"); "k" may also follow a space
  // ("10 k"). A lower-case "m" or "b" is a million or billion only after a currency ("£2.5m"):
  // "1.8m tall" is metres. "G" is a billion only with decimals (".0012G"): "5G" is a network.
  const glued = /(?:(k|K|M|MM|mn|mln|mil|bn|bln|B|tn|trn|tln)|(m|b)|(G)|\s(k|bn|mn|mln|bln|tln))(?![\p{L}\p{N}]|\.\p{L})/uy;
  glued.lastIndex = end;
  const g = glued.exec(text);
  const afterCurrency = g?.[2] !== undefined && /(?:\p{Sc}|\b(?:usd|eur|gbp|chf|[A-Z]{3}))\s?$/iu.test(text.slice(Math.max(0, at - 5), at));
  const decimals = /[.,]\d+$/.test(raw) && value !== Math.trunc(value);
  if (g && (g[1] || g[4] || (g[2] && (afterCurrency || (g[2] === 'b' && decimals))) || (g[3] && decimals)) && (lang === 'en' || /^[kKMG]$/.test(g[0]))) {
    const form = (g[1] ?? g[2] ?? g[3] ?? g[4]).toLowerCase();
    return withParts(text, { start: at, end: end + g[0].length, value: value * EN_SCALE_ABBREVIATIONS[form], digits: true, scaled: true }, lang);
  }
  const scale = scaleAfter(text, end, lang);
  if (scale) return withParts(text, { start: at, end: scale.end, value: value * scale.value, digits: true, scaled: true }, lang, scale.last);
  // "2 dozen"
  const next = wordAt(text, skipGap(text, end));
  if (next && (lang === 'en' ? EN_DOZEN : DE_DOZEN)[bare(next.text)] && skipGap(text, end) > end) {
    end = next.end;
    return { start: at, end, value: value * 12, digits: true, scaled: false };
  }
  // "5 and a half million"
  if (lang === 'en' && /^\d+$/.test(raw)) {
    const fraction = readAndFraction(text, end);
    if (fraction) {
      const after = scaleAfter(text, fraction.end, lang);
      return after
        ? { start: at, end: after.end, value: (value + fraction.value) * after.value, digits: true, scaled: true }
        : { start: at, end: fraction.end, value: value + fraction.value, digits: true, scaled: false };
    }
  }
  return { start: at, end, value, digits: true, scaled: false };
}

/**
 * What may follow a scaled number: "3 million and a half", "4 thousand 3 hundred and 21",
 * "6 crore and two hundred". A following number joins only when it is smaller than the last scale
 * and is either introduced by "and" or carries its own scale word, so "4000 3 hundred" stays two.
 */
function withParts(text: string, phrase: NumberPhrase, lang: Lang, lastScale?: number): NumberPhrase {
  if (lang !== 'en' || !lastScale) return phrase;
  const andAt = /[\s\u00a0]+and(?=[\s\u00a0])/y;
  andAt.lastIndex = phrase.end;
  const fraction = andAt.exec(text) ? readAndFraction(text, andAt.lastIndex) : undefined;
  if (fraction) return { ...phrase, end: fraction.end, value: phrase.value + fraction.value * lastScale };
  const and = /[\s\u00a0]+and[\s\u00a0]+|[\s\u00a0]+/y;
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
    const scale = scaleAfter(text, from + digits.length, lang);
    part = scale
      ? withParts(text, { start: from, end: scale.end, value: Number(digits) * scale.value, digits: true, scaled: true }, lang, scale.last)
      : { start: from, end: from + digits.length, value: Number(digits), digits: true, scaled: false };
    if (!scale && !/and/.test(joint[0])) return phrase;
  } else {
    part = readEnglishWords(text, from);
    if (!part || (!/and/.test(joint[0]) && !part.scaled && !/hundred|thousand|lakh|crore/i.test(text.slice(part.start, part.end)))) return phrase;
  }
  if (!part || part.value >= lastScale || part.value <= 0 || !Number.isInteger(part.value)) return phrase;
  return { ...phrase, end: part.end, value: phrase.value + part.value };
}

/** A scale word after a number: "million", "bn", "Millionen", "Mio.", "Mrd.", "tausend". */
export function scaleWordAt(text: string, end: number, lang: Lang): { end: number; value: number } | undefined {
  return scaleAfter(text, end, lang);
}

function scaleAfter(text: string, end: number, lang: Lang): { end: number; value: number; last: number } | undefined {
  let value = 1;
  let last = 1;
  let cursor = end;
  // "one hundred thousand", "1.2 million": several scale words multiply, largest last.
  for (let i = 0; i < 3; i++) {
    const word = wordAt(text, skipGap(text, cursor));
    if (!word) break;
    const w = bare(word.text);
    // After a space, only unambiguous abbreviations scale ("2.5 bn"); "10 m" is ten metres.
    const spaced = skipGap(text, cursor) > cursor;
    const abbreviation = i === 0 && spaced && /^(bn|mn|mln|bln|tn|trn|tln)$/.test(w) ? EN_SCALE_ABBREVIATIONS[w] : undefined;
    const v = lang === 'en' ? EN_SCALES[w] ?? (EN_HUNDRED.has(w) ? 100 : undefined) ?? abbreviation : DE_SCALES[w] ?? DE_SCALES[word.text.toLowerCase()];
    if (v === undefined || !spaced) break;
    value *= v;
    last = v;
    // Keep the dot of "Mio." and "Mrd." inside the figure; not the full stop after "million."
    cursor = /\.$/.test(word.text) && !DE_SCALES[word.text.toLowerCase()] ? word.end - 1 : word.end;
  }
  return value === 1 ? undefined : { end: cursor, value, last };
}

function readWords(text: string, at: number, lang: Lang): NumberPhrase | undefined {
  return lang === 'en' ? readEnglishWords(text, at) : readGermanWords(text, at);
}

/**
 * English cardinals: "sixty-five", "one hundred and twenty", "two thousand and twenty-four",
 * "a dozen", "two-thirds", "one point five". Standard accumulation: small numbers add, "hundred"
 * multiplies the current group, a scale closes the group.
 */
function readEnglishWords(text: string, at: number): NumberPhrase | undefined {
  let total = 0;
  let group = 0;
  let any = false;
  let end = at;
  let cursor = at;
  let lastSmall: number | undefined;
  let lastScale: number | undefined;
  let afterAnd = false;
  const first = wordAt(text, at);
  if (!first) return undefined;
  // Most words of a text start no number: turn them away before any further reading.
  if (!EN_STARTERS.has(bare(first.text))) return undefined;
  // "half a million", "quarter million", "half a dozen"
  if (bare(first.text) === 'half' || bare(first.text) === 'quarter') {
    const part = EN_FRACTIONS[bare(first.text)];
    let next = wordAt(text, skipGap(text, first.end));
    if (next && bare(next.text) === 'a') next = wordAt(text, skipGap(text, next.end));
    const scale = next ? EN_SCALES[bare(next.text)] ?? (bare(next.text) === 'dozen' ? 12 : undefined) : undefined;
    if (next && scale && scale >= 12) return { start: at, end: next.end, value: scale * part, digits: false, scaled: scale >= 1e3 };
  }
  // "a dozen", "a hundred", "a thousand", "a million", "a third"
  if (bare(first.text) === 'a' || bare(first.text) === 'an') {
    const next = wordAt(text, skipGap(text, first.end));
    if (!next || skipGap(text, first.end) === first.end) return undefined;
    const w = bare(next.text);
    if (EN_DOZEN[w] === 12 && w === 'dozen') return { start: at, end: next.end, value: 12, digits: false, scaled: false };
    // "a twenty-first"
    const ordinal = EN_SMALL[w] >= 20 && EN_SMALL[w] % 10 === 0 ? compoundOrdinalAt(text, next) : undefined;
    if (ordinal) return { start: at, end: ordinal.end, value: 1 / (EN_SMALL[w] + ordinal.value), digits: false, scaled: false };
    if (EN_HUNDRED.has(w) || EN_SCALES[w]) {
      group = 1;
      cursor = first.end;
      any = false;
    } else if (EN_FRACTIONS[w] && !/s$/.test(w) && w !== 'second') {
      return fractionOfScale(text, { start: at, end: next.end, value: EN_FRACTIONS[w], digits: false, scaled: false });
    } else return undefined;
  }
  for (let i = 0; i < 64; i++) {
    const from = i === 0 && group === 0 ? cursor : skipGap(text, cursor);
    if (i > 0 && from === cursor) break;
    const word = wordAt(text, from);
    if (!word) break;
    const w = bare(word.text);
    if (w === 'and' && any) {
      const fraction = readAndFraction(text, word.end);
      if (fraction) {
        // "five and a half million", "one billion and a half million": the fraction takes the scale after it.
        const scale = scaleAfter(text, fraction.end, 'en');
        if (scale) return { start: at, end: scale.end, value: total + (group + fraction.value) * scale.value, digits: false, scaled: true };
        // "one million and a half" is a million and a half millions; "one and a half" is 1.5.
        return { start: at, end: fraction.end, value: total + group + fraction.value * (group === 0 && lastScale ? lastScale : 1), digits: false, scaled: false };
      }
      // "one hundred and twenty": "and" joins only when a number word follows.
      const after = wordAt(text, skipGap(text, word.end));
      if (after && EN_SMALL[bare(after.text)] !== undefined && ((group > 0 && group % 100 === 0) || (group === 0 && total > 0))) {
        cursor = word.end;
        afterAnd = true;
        continue;
      }
      break;
    }
    const small = EN_SMALL[w];
    if (small !== undefined) {
      // A full stop after the word ends the sentence, and the number with it ("There were six.").
      const dotted = word.text.endsWith('.');
      // "twenty-fifth" is an ordinal; after a number it is a denominator: "one twenty-fifth",
      // "three twenty-firsts", "one hundred thirty-fifths" (100/35).
      const ordinal = small >= 20 && small % 10 === 0 && !dotted ? compoundOrdinalAt(text, word) : undefined;
      if (ordinal && !any && !ordinal.plural) return undefined;
      if (ordinal && any && (lastSmall !== undefined || (group % 100 === 0 && group > 0 && !afterAnd))) {
        return { start: at, end: ordinal.end, value: (total + group) / (small + ordinal.value), digits: false, scaled: false };
      }
      // "one two" is two numbers, not three; "twenty one" is twenty-one.
      if (lastSmall !== undefined && !(lastSmall >= 20 && lastSmall % 10 === 0 && small < 10 && small > 0)) break;
      group += small;
      lastSmall = small;
      any = true;
      end = cursor = dotted ? word.end - 1 : word.end;
      if (dotted) break;
      continue;
    }
    if ((EN_HUNDRED.has(w) || EN_SCALES[w]) && (any || group > 0 || (i === 0 && BARE_SCALES.has(w)))) {
      if (EN_HUNDRED.has(w)) group = (group || 1) * 100;
      else if (group === 0 && total > 0 && lastScale && EN_SCALES[w] > lastScale) {
        // "three thousand millions": a larger scale multiplies everything before it.
        total *= EN_SCALES[w];
        lastScale = EN_SCALES[w];
      } else {
        total += (group || 1) * EN_SCALES[w];
        group = 0;
        lastScale = EN_SCALES[w];
      }
      lastSmall = undefined;
      any = true;
      end = cursor = /\.$/.test(word.text) ? word.end - 1 : word.end;
      continue;
    }
    // "two-thirds", "twenty-three fifths", "a hundred trillionths"; a singular fraction word only
    // after "one" ("one third").
    const numerator = total + group;
    if (EN_FRACTIONS[w] && any && numerator > 0 && (/s$/.test(w) ? numerator > 1 : numerator === 1) && w !== 'second' && w !== 'seconds') {
      // "two-thirds", "three quarters", "two thirds of a million"
      return fractionOfScale(text, { start: at, end: /\.$/.test(word.text) ? word.end - 1 : word.end, value: numerator * EN_FRACTIONS[w], digits: false, scaled: false });
    }
    if (EN_DOZEN[w] === 12 && any) {
      group *= 12;
      end = cursor = word.end;
      break;
    }
    if (w === 'point' && any) {
      const decimals = readDecimalWords(text, word.end, EN_SMALL);
      if (decimals) {
        // "two point two million"
        const scale = scaleAfter(text, decimals.end, 'en');
        const value = total + group + decimals.value;
        return scale ? { start: at, end: scale.end, value: value * scale.value, digits: false, scaled: true } : { start: at, end: decimals.end, value, digits: false, scaled: false };
      }
    }
    break;
  }
  if (!any) return undefined;
  return { start: at, end, value: total + group, digits: false, scaled: total >= 1e6 && group === 0 };
}

const UNIT_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
};

/** The ordinal that completes a tens word: "-fifth" after "twenty", with plural ("-firsts"). */
function compoundOrdinalAt(text: string, tens: Token): { end: number; value: number; plural: boolean } | undefined {
  const from = skipGap(text, tens.end);
  if (from === tens.end) return undefined;
  const word = wordAt(text, from);
  if (!word) return undefined;
  const value = UNIT_ORDINALS[bare(word.text).replace(/s$/, '')];
  return value === undefined ? undefined : { end: word.end, value, plural: /s$/i.test(word.text) };
}

/** The words an English number phrase can begin with. */
const EN_STARTERS: ReadonlySet<string> = new Set([...Object.keys(EN_SMALL), ...EN_HUNDRED, ...Object.keys(EN_SCALES), 'a', 'an', 'half', 'quarter']);

/** Scales a number may start with when written alone ("hundred thousand dollars", "million"). */
const BARE_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);

/** "a quarter million", "three quarters billion", "two thirds of a million". */
function fractionOfScale(text: string, phrase: NumberPhrase): NumberPhrase {
  const of = /[\s\u00a0]+of[\s\u00a0]+an?(?=[\s\u00a0])/iy;
  of.lastIndex = phrase.end;
  const o = of.exec(text);
  const scale = scaleAfter(text, o ? phrase.end + o[0].length : phrase.end, 'en');
  return scale && scale.value >= 1e3 ? { ...phrase, end: scale.end, value: phrase.value * scale.value, scaled: true } : phrase;
}

/** "and a half", "and three quarters", "and fifty-four hundredths" after a whole number. */
function readAndFraction(text: string, at: number): { end: number; value: number } | undefined {
  let cursor = skipGap(text, at);
  let count = 0;
  let lastSmall: number | undefined;
  for (let i = 0; i < 4; i++) {
    const word = wordAt(text, cursor);
    if (!word) return undefined;
    const w = bare(word.text);
    if ((w === 'a' || w === 'an') && count === 0) count = 1;
    else if (EN_SMALL[w] !== undefined && (lastSmall === undefined || (lastSmall >= 20 && EN_SMALL[w] < 10))) {
      count = (lastSmall ?? 0) + EN_SMALL[w];
      lastSmall = count;
    } else if (EN_FRACTIONS[w] && count > 0) return { end: word.end, value: count * EN_FRACTIONS[w] };
    else return undefined;
    const next = skipGap(text, word.end);
    if (next === word.end) return undefined;
    cursor = next;
  }
  return undefined;
}

/** "point five seven" → 0.57: digits named one by one. */
function readDecimalWords(text: string, at: number, small: Record<string, number>): { end: number; value: number } | undefined {
  let digits = '';
  let end = at;
  for (let i = 0; i < 12; i++) {
    const from = skipGap(text, end);
    if (from === end) break;
    const word = wordAt(text, from);
    const v = word ? small[bare(word.text)] ?? (small === EN_SMALL ? undefined : parseGermanNumberWord(bare(word.text))) : undefined;
    if (!word || v === undefined || !Number.isInteger(v) || v > 99) break;
    // "point eleven" is .11, "point seventy-one" .71; a word above nine ends the decimals.
    if (v > 9) {
      const unit = v >= 20 && v % 10 === 0 ? wordAt(text, skipGap(text, word.end)) : undefined;
      const u = unit && skipGap(text, word.end) > word.end ? small[bare(unit.text)] : undefined;
      digits += String(u !== undefined && u > 0 && u < 10 ? v + u : v);
      end = u !== undefined && u > 0 && u < 10 ? unit!.end : word.end;
      break;
    }
    digits += String(v);
    end = word.end;
  }
  return digits ? { end, value: Number('0.' + digits) } : undefined;
}

/**
 * German cardinals: one compound word ("einhundertzwanzig"), then an optional scale word
 * ("zwei Millionen"), fractions ("zwei Drittel"), "anderthalb"/"eineinhalb", "ein Dutzend".
 */
function readGermanWords(text: string, at: number): NumberPhrase | undefined {
  const word = wordAt(text, at);
  if (!word) return undefined;
  const w = bare(word.text);
  if (w === 'anderthalb' || w === 'eineinhalb') return withScale(text, { start: at, end: word.end, value: 1.5, digits: false, scaled: false });
  // "eine halbe Million", "ein halbes Dutzend"
  const halfNext = wordAt(text, skipGap(text, word.end));
  if (/^ein(e[mnrs]?)?$/.test(w) && halfNext && /^halbe[mnrs]?$/i.test(bare(halfNext.text))) {
    const after = wordAt(text, skipGap(text, halfNext.end));
    const n = after ? bare(after.text) : '';
    if (after && DE_DOZEN[n]) return { start: at, end: after.end, value: 6, digits: false, scaled: false };
    const scale = scaleAfter(text, halfNext.end, 'de');
    if (scale) return { start: at, end: scale.end, value: scale.value / 2, digits: false, scaled: true };
  }
  let value = parseGermanNumberWord(w);
  // Articles "ein", "eine", "einen" count only before a scale, a dozen or a fraction.
  const article = /^ein(e[mnrs]?)?$/.test(w);
  if (value === undefined && !article) return undefined;
  if (article) value = 1;
  const end = /\.$/.test(word.text) ? word.end - 1 : word.end;
  const next = wordAt(text, skipGap(text, end));
  if (next && skipGap(text, end) > end) {
    const n = bare(next.text);
    if (DE_FRACTIONS[n] ?? DE_FRACTIONS[n.replace(/[mnrs]$/, '')]) return withScale(text, { start: at, end: next.end, value: value! * (DE_FRACTIONS[n] ?? DE_FRACTIONS[n.replace(/[mnrs]$/, '')]), digits: false, scaled: false });
    // "fünf und drei Viertel Milliarde": a whole number and a fraction, then the scale.
    if (n === 'und' && !article) {
      const count = wordAt(text, skipGap(text, next.end));
      const part = count ? parseGermanNumberWord(bare(count.text)) : undefined;
      const fraction = count && part !== undefined ? wordAt(text, skipGap(text, count.end)) : undefined;
      const share = fraction ? DE_FRACTIONS[bare(fraction.text)] : undefined;
      if (fraction && share !== undefined) return withScale(text, { start: at, end: fraction.end, value: value! + part! * share, digits: false, scaled: false });
    }
    if (DE_DOZEN[n]) return { start: at, end: next.end, value: value! * 12, digits: false, scaled: false };
  }
  const phrase = withDecimals(text, withScale(text, { start: at, end, value: value!, digits: false, scaled: false }));
  if (article && phrase.value === 1) return undefined;
  return phrase;
}

/** "zwei Komma drei", "tausendvierhundertsechzehn Komma fünfzehn": a decimal comma spoken. */
function withDecimals(text: string, phrase: NumberPhrase): NumberPhrase {
  if (phrase.scaled) return phrase;
  const komma = wordAt(text, skipGap(text, phrase.end));
  if (!komma || bare(komma.text) !== 'komma' || skipGap(text, phrase.end) === phrase.end) return phrase;
  const decimals = readDecimalWords(text, komma.end, DE_DIGIT_WORDS);
  return decimals ? { ...phrase, end: decimals.end, value: phrase.value + decimals.value } : phrase;
}

const DE_DIGIT_WORDS: Record<string, number> = { null: 0, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };

function withScale(text: string, phrase: NumberPhrase): NumberPhrase {
  const scale = scaleAfter(text, phrase.end, 'de');
  if (!scale) return phrase;
  const scaled = { ...phrase, end: scale.end, value: phrase.value * scale.value, scaled: true };
  // "zwei Millionen eintausendeinhundertfünfzig": a smaller number after the scale adds to it.
  const rest = wordAt(text, skipGap(text, scaled.end));
  const restValue = rest && skipGap(text, scaled.end) > scaled.end && /^\p{Ll}/u.test(rest.text) ? parseGermanNumberWord(bare(rest.text)) : undefined;
  if (rest && restValue !== undefined && restValue > 0 && restValue < scale.last) {
    const more = withScale(text, { start: rest.start, end: rest.end, value: restValue, digits: false, scaled: false });
    if (more.value < scale.last) return { ...scaled, end: more.end, value: scaled.value + more.value };
  }
  return scaled;
}
