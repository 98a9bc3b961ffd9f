import { readDecimalWords } from '../../decimalWords';
import { scaleAfter } from '../../scaleWords';
import { bare, skipGap, wordAt, wordEnd, type NumberPhrase, type Token } from '../../tokens';
import type { LanguagePack } from '../pack';
import { EN_BARE_SCALES, EN_DOZEN, EN_FRACTIONS, EN_HUNDRED, EN_SCALES, EN_SMALL, EN_UNIT_ORDINALS } from './numbers';

/** What has been read of an English cardinal so far. */
interface Acc {
  total: number;
  group: number;
  any: boolean;
  end: number;
  cursor: number;
  lastSmall?: number;
  lastScale?: number;
  afterAnd: boolean;
}
/** A step of the reading: a finished phrase, go on to the next word, or stop before this one. */
type Step = NumberPhrase | 'next' | 'stop' | 'none';

/**
 * English cardinals: "sixty-five", "one hundred and twenty", "two thousand and twenty-four",
 * "a dozen", "two-thirds", "one point five". Standard accumulation: small numbers add, "hundred"
 * multiplies the current group, a scale closes the group.
 */
export function readEnglishWords(text: string, at: number, pack: LanguagePack): NumberPhrase | undefined {
  const first = wordAt(text, at);
  if (!first) return undefined;
  const lead = bare(first.text);
  // Most words of a text start no number: turn them away before any further reading.
  if (!EN_STARTERS.has(lead)) return undefined;
  const acc: Acc = { total: 0, group: 0, any: false, end: at, cursor: at, afterAnd: false };
  if (lead === 'half' || lead === 'quarter') {
    const half = fractionOfBareScale(text, at, first, lead);
    if (half) return half;
  }
  if (lead === 'a' || lead === 'an') {
    const after = afterArticle(text, at, first, pack);
    if (after !== 'scale') return after;
    acc.group = 1;
    acc.cursor = first.end;
  }
  for (let i = 0; i < 64; i++) {
    const from = i === 0 && acc.group === 0 ? acc.cursor : skipGap(text, acc.cursor);
    if (i > 0 && from === acc.cursor) break;
    const word = wordAt(text, from);
    if (!word) break;
    const step = readWord(text, at, pack, acc, word, i);
    if (step === 'none') return undefined;
    if (step === 'stop') break;
    if (step !== 'next') return step;
  }
  if (!acc.any) return undefined;
  const { total, group, lastScale } = acc;
  return { start: at, end: acc.end, value: total + group, digits: false, ...(total >= 1e6 && group === 0 && { scale: lastScale }) };
}

/** "half a million", "quarter million", "half a dozen". */
function fractionOfBareScale(text: string, at: number, first: Token, lead: string): NumberPhrase | undefined {
  const part = EN_FRACTIONS[lead];
  let next = wordAt(text, skipGap(text, first.end));
  if (next && bare(next.text) === 'a') next = wordAt(text, skipGap(text, next.end));
  const scale = next ? EN_SCALES[bare(next.text)] ?? (bare(next.text) === 'dozen' ? 12 : undefined) : undefined;
  // "half a million." ends before the full stop.
  return next && scale && scale >= 12 ? { start: at, end: wordEnd(next), value: scale * part, digits: false, ...(scale >= 1e3 && { scale }) } : undefined;
}

/** "a dozen", "a twenty-first", "a third"; 'scale' when a hundred or a scale follows ("a million"). */
function afterArticle(text: string, at: number, first: Token, pack: LanguagePack): NumberPhrase | undefined | 'scale' {
  const next = wordAt(text, skipGap(text, first.end));
  if (!next || skipGap(text, first.end) === first.end) return undefined;
  const w = bare(next.text);
  if (EN_DOZEN[w] === 12 && w === 'dozen') return { start: at, end: wordEnd(next), value: 12, digits: false };
  const ordinal = EN_SMALL[w] >= 20 && EN_SMALL[w] % 10 === 0 ? compoundOrdinalAt(text, next) : undefined;
  if (ordinal) return { start: at, end: ordinal.end, value: 1 / (EN_SMALL[w] + ordinal.value), digits: false };
  if (EN_HUNDRED.has(w) || EN_SCALES[w]) return 'scale';
  if (EN_FRACTIONS[w] && !/s$/.test(w) && w !== 'second') return fractionOfScale(text, pack, { start: at, end: wordEnd(next), value: EN_FRACTIONS[w], digits: false });
  return undefined;
}

/** Reads one word of the cardinal into `acc`. */
function readWord(text: string, at: number, pack: LanguagePack, acc: Acc, word: Token, i: number): Step {
  const w = bare(word.text);
  if (w === 'and' && acc.any) return readAnd(text, at, pack, acc, word);
  const small = EN_SMALL[w];
  if (small !== undefined) return readSmall(text, at, acc, word, small);
  if ((EN_HUNDRED.has(w) || EN_SCALES[w]) && (acc.any || acc.group > 0 || (i === 0 && EN_BARE_SCALES.has(w)))) {
    if (EN_HUNDRED.has(w)) acc.group = (acc.group || 1) * 100;
    else if (acc.group === 0 && acc.total > 0 && acc.lastScale && EN_SCALES[w] > acc.lastScale) {
      // "three thousand millions": a larger scale multiplies everything before it.
      acc.total *= EN_SCALES[w];
      acc.lastScale = EN_SCALES[w];
    } else {
      acc.total += (acc.group || 1) * EN_SCALES[w];
      acc.group = 0;
      acc.lastScale = EN_SCALES[w];
    }
    acc.lastSmall = undefined;
    acc.any = true;
    acc.end = acc.cursor = wordEnd(word);
    return 'next';
  }
  // "two-thirds", "twenty-three fifths", "a hundred trillionths"; a singular fraction word only
  // after "one" ("one third").
  const numerator = acc.total + acc.group;
  if (EN_FRACTIONS[w] && acc.any && numerator > 0 && (/s$/.test(w) ? numerator > 1 : numerator === 1) && w !== 'second' && w !== 'seconds') {
    // "two-thirds", "three quarters", "two thirds of a million"
    return fractionOfScale(text, pack, { start: at, end: wordEnd(word), value: numerator * EN_FRACTIONS[w], digits: false });
  }
  if (EN_DOZEN[w] === 12 && acc.any) {
    acc.group *= 12;
    acc.end = acc.cursor = wordEnd(word);
    return 'stop';
  }
  if (w === 'point' && acc.any) {
    const decimals = readDecimalWords(text, word.end, pack);
    if (decimals) {
      // "two point two million"
      const scale = scaleAfter(text, decimals.end, pack);
      const value = acc.total + acc.group + decimals.value;
      return scale ? { start: at, end: scale.end, value: value * scale.value, digits: false, scale: scale.value } : { start: at, end: decimals.end, value, digits: false };
    }
  }
  return 'stop';
}

/** "and" inside a cardinal: "and a half" (with the scale after it), or "hundred and twenty". */
function readAnd(text: string, at: number, pack: LanguagePack, acc: Acc, word: Token): Step {
  const { total, group, lastScale } = acc;
  const fraction = readAndFraction(text, word.end);
  if (fraction) {
    // "five and a half million", "one billion and a half million": the fraction takes the scale after it.
    const scale = scaleAfter(text, fraction.end, pack);
    if (scale) return { start: at, end: scale.end, value: total + (group + fraction.value) * scale.value, digits: false, scale: scale.value };
    // "one million and a half" is a million and a half millions; "one and a half" is 1.5.
    return { start: at, end: fraction.end, value: total + group + fraction.value * (group === 0 && lastScale ? lastScale : 1), digits: false };
  }
  // "one hundred and twenty": "and" joins only when a number word follows.
  const after = wordAt(text, skipGap(text, word.end));
  if (after && EN_SMALL[bare(after.text)] !== undefined && ((group > 0 && group % 100 === 0) || (group === 0 && total > 0))) {
    acc.cursor = word.end;
    acc.afterAnd = true;
    return 'next';
  }
  return 'stop';
}

/** A unit, teen or tens word; "twenty-fifth" after a number is a denominator. */
function readSmall(text: string, at: number, acc: Acc, word: Token, small: number): Step {
  // A full stop after the word ends the sentence, and the number with it ("There were six.").
  const dotted = word.text.endsWith('.');
  // "twenty-fifth" is an ordinal; after a number it is a denominator: "one twenty-fifth",
  // "three twenty-firsts", "one hundred thirty-fifths" (100/35).
  const ordinal = small >= 20 && small % 10 === 0 && !dotted ? compoundOrdinalAt(text, word) : undefined;
  if (ordinal && !acc.any && !ordinal.plural) return 'none';
  if (ordinal && acc.any && (acc.lastSmall !== undefined || (acc.group % 100 === 0 && acc.group > 0 && !acc.afterAnd))) {
    return { start: at, end: ordinal.end, value: (acc.total + acc.group) / (small + ordinal.value), digits: false };
  }
  // "one two" is two numbers, not three; "twenty one" is twenty-one.
  const last = acc.lastSmall;
  if (last !== undefined && !(last >= 20 && last % 10 === 0 && small < 10 && small > 0)) return 'stop';
  acc.group += small;
  acc.lastSmall = small;
  acc.any = true;
  acc.end = acc.cursor = dotted ? word.end - 1 : word.end;
  return dotted ? 'stop' : 'next';
}
/** The ordinal that completes a tens word: "-fifth" after "twenty", with plural ("-firsts"). */
function compoundOrdinalAt(text: string, tens: Token): { end: number; value: number; plural: boolean } | undefined {
  const from = skipGap(text, tens.end);
  if (from === tens.end) return undefined;
  const word = wordAt(text, from);
  if (!word) return undefined;
  const value = EN_UNIT_ORDINALS[bare(word.text).replace(/s$/, '')];
  return value === undefined ? undefined : { end: wordEnd(word), value, plural: /s$/i.test(word.text) };
}
/** The words an English number phrase can begin with. */
export const EN_STARTERS: ReadonlySet<string> = new Set([...Object.keys(EN_SMALL), ...EN_HUNDRED, ...Object.keys(EN_SCALES), 'a', 'an', 'half', 'quarter']);
/** "a quarter million", "three quarters billion", "two thirds of a million". */
function fractionOfScale(text: string, pack: LanguagePack, phrase: NumberPhrase): NumberPhrase {
  const of = /[\s\u00a0]+of[\s\u00a0]+an?(?=[\s\u00a0])/iy;
  of.lastIndex = phrase.end;
  const o = of.exec(text);
  const scale = scaleAfter(text, o ? phrase.end + o[0].length : phrase.end, pack);
  return scale && scale.value >= 1e3 ? { ...phrase, end: scale.end, value: phrase.value * scale.value, scale: scale.value } : phrase;
}
/** "and a half", "and three quarters", "and fifty-four hundredths" after a whole number. */
export function readAndFraction(text: string, at: number): { end: number; value: number } | undefined {
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
    } else if (EN_FRACTIONS[w] && count > 0) return { end: wordEnd(word), value: count * EN_FRACTIONS[w] };
    else return undefined;
    const next = skipGap(text, word.end);
    if (next === word.end) return undefined;
    cursor = next;
  }
  return undefined;
}
