import { readDecimalWords } from '../../decimalWords';
import { measureAfter } from '../../measureAfter';
import { scaleAfter } from '../../scaleWords';
import { bare, skipGap, wordAt, wordEnd, type NumberPhrase, type Token } from '../../tokens';
import { endsWithWord, listRegex } from '../../words';
import type { LanguagePack } from '../pack';
import { FR_DOZEN, FR_FRACTION_FOLLOWERS, FR_FRACTIONS, FR_HUNDRED, FR_ORDINAL_CARDINALS, FR_ROUND_NUMBERS, FR_ROUNDS_AFTER, FR_SCALES, FR_SMALL } from './numbers';

/** The words a French number phrase can begin with. */
export const STARTERS: ReadonlySet<string> = new Set([...Object.keys(FR_SMALL), ...Object.keys(FR_HUNDRED), 'mille', 'demi', 'quart']);

// "un sur cinq", and with the noun inside: "une clinique sur cinq" (LanguagePack.ratioNounBetween).
const RATIO_AFTER = /^[\s\u00a0](\p{Ll}[\p{Ll}-]*[\s\u00a0])?sur[\s\u00a0]/u;

/**
 * Whether "un" opens a ratio: "un sur cinq"; with a noun inside only towards a whole larger than
 * one that measures nothing ("un train sur quatre", not "une hausse sur un an" or "sur deux ans").
 */
function ratioFollows(text: string, end: number, pack: LanguagePack): boolean {
  const m = RATIO_AFTER.exec(text.slice(end, end + 32));
  if (!m) return false;
  if (!m[1]) return true;
  const from = end + m[0].length;
  const digits = /^\d{1,4}(?!\d|[,.]\d)/.exec(text.slice(from, from + 5));
  const whole = digits ? { value: Number(digits[0]), end: from + digits[0].length } : readFrenchWords(text, from, pack);
  return whole !== undefined && whole.value > 1 && !measureAfter(text, whole.end, pack);
}

interface Sum {
  total: number;
  group: number;
  /** The last unit, teen or tens word, which decides what may follow ("quatre" -> "vingt"). */
  last?: number;
  lastScale?: number;
  end: number;
  words: number;
}

/**
 * French cardinals: "cent vingt", "quatre-vingt-dix-sept", "soixante et onze", "deux mille",
 * "trois millions", "un tiers", "deux virgule cinq". Words add up; "vingt" after "quatre"
 * makes eighty; "cent" multiplies the group before it; "mille" and the scales close a group.
 * "un" and "une" alone are articles, no count.
 */
export function readFrenchWords(text: string, at: number, pack: LanguagePack): NumberPhrase | undefined {
  const first = wordAt(text, at);
  if (!first || !STARTERS.has(bare(first.text))) return undefined;
  // "demi-million", "quart de million": a fraction of a scale, without a count before it.
  const lead = bare(first.text);
  if (lead === 'demi' || lead === 'quart') return ofScale(text, pack, { start: at, end: wordEnd(first), value: FR_FRACTIONS[lead], digits: false }, true);
  const round = lead === 'une' ? roundNumber(text, first) : undefined;
  if (round) return { start: at, end: round.end, value: round.value, digits: false };
  const sum: Sum = { total: 0, group: 0, end: at, words: 0 };
  let cursor = at;
  for (let i = 0; i < 32; i++) {
    const from = i === 0 ? cursor : skipGap(text, cursor);
    if (i > 0 && from === cursor) break;
    const word = wordAt(text, from);
    if (!word) break;
    const w = bare(word.text);
    // "le vingt-cinquième anniversaire": an ordinal in words, no count.
    if (i === 0 && isWordOrdinal(text, word.start)) return undefined;
    if (i > 0) {
      const over = overDenominator(text, sum, w, word);
      if (over) return over.ordinal ? undefined : phrase(at, { ...sum, end: over.end }, 0, (sum.total + sum.group) / over.value);
    }
    if (w === 'et' && sum.words > 0) {
      const reading = readEt(text, at, sum, word, pack);
      if (reading === 'stop') break;
      if (reading !== 'readOn') return reading;
      cursor = word.end;
      continue;
    }
    const ended = addWord(sum, w, word);
    if (ended === 'fraction') {
      if (isOrdinalOrRound(text, sum, w, wordEnd(word))) return undefined;
      // "une demi-douzaine": half a dozen.
      const dozen = dozenAfter(text, word.end);
      if (dozen) return phrase(at, { ...sum, end: dozen.end }, 0, (sum.total + sum.group) * FR_FRACTIONS[w] * dozen.value);
      return ofScale(text, pack, phrase(at, { ...sum, end: wordEnd(word) }, 0, (sum.total + sum.group) * FR_FRACTIONS[w]), false);
    }
    if (ended === 'decimal') {
      const decimals = frenchDecimals(text, word.end, pack);
      // "deux virgule cinq millions"
      const scale = decimals ? scaleAfter(text, decimals.end, pack) : undefined;
      if (decimals && scale) return { start: at, end: scale.end, value: (sum.total + sum.group + decimals.value) * scale.value, digits: false, scale: scale.value };
      if (decimals) return phrase(at, { ...sum, end: decimals.end }, decimals.value);
    }
    if (ended !== 'added') break;
    cursor = sum.end;
    if (word.text.endsWith('.')) break;
  }
  if (sum.words === 0) return undefined;
  // "un homme", "une fois": an article; but "un sur cinq" is one in five, "négatif un" minus one.
  if (sum.words === 1 && sum.total + sum.group === 1 && !ratioFollows(text, sum.end, pack) && !minusBefore(text, at, pack) && !oneCounted(text, at, sum.end)) return undefined;
  return phrase(at, sum, 0);
}

/** What "et" after number words makes of the phrase: read on past it, the whole phrase, or its end. */
type EtReading = 'readOn' | 'stop' | NumberPhrase;

/** After "et" (the token `et`) in a phrase read so far as `sum`, from `at`. */
function readEt(text: string, at: number, sum: Sum, et: Token, pack: LanguagePack): EtReading {
  const next = wordAt(text, skipGap(text, et.end));
  const n = next ? bare(next.text) : '';
  // "un et demi", "deux millions et demi"
  if (next && (n === 'demi' || n === 'demie')) return { ...phrase(at, { ...sum, end: wordEnd(next) }, sum.group === 0 && sum.lastScale ? sum.lastScale / 2 : 0.5), ...ofLastScale(sum) };
  // "vingt et un", "soixante et onze" (and "vingt et un cinquièmes": twenty-one fifths)
  if (next && sum.last !== undefined && sum.last >= 20 && (n === 'un' || n === 'une' || n === 'onze')) return 'readOn';
  // "vingt et trois et trois cinquièmes", "cent et trente et deux cinquièmes": a mixed number
  // whose whole is joined by "et" too (23 3/5, 130 2/5), read on into its fraction; "vingt et
  // trois" alone stays two numbers.
  const afterTens = sum.last !== undefined && sum.last >= 20 && sum.last % 10 === 0;
  const afterHundreds = sum.last === undefined && sum.group > 0 && sum.group % 100 === 0;
  if (next && (afterTens || afterHundreds) && wholeThenFraction(text, next, afterTens ? 9 : 99, pack)) return 'readOn';
  // "trois et un cinquième", "cinq milliards et trois quarts": a whole and a fraction of the last scale.
  const part = next ? readFrenchWords(text, next.start, pack) : undefined;
  if (part && part.value > 0 && part.value < 1 && !part.digits) {
    return { ...phrase(at, { ...sum, end: part.end }, 0, sum.total + sum.group + part.value * (sum.group === 0 && sum.lastScale ? sum.lastScale : 1)), ...ofLastScale(sum) };
  }
  // "deux milliards et trois cents millions": a smaller part after a scale of millions.
  if (part && !part.digits && sum.group === 0 && sum.lastScale && sum.lastScale >= 1e6 && part.value >= 1e3 && part.value < sum.lastScale) {
    return { ...phrase(at, { ...sum, end: part.end }, 0, sum.total + part.value), ...(part.scale ? { scale: part.scale } : {}) };
  }
  return 'stop';
}

/** Whether a number word up to `most` follows ("trois"), then "et" and a fraction in words ("trois cinquièmes"). */
function wholeThenFraction(text: string, unit: Token, most: number, pack: LanguagePack): boolean {
  const small = FR_SMALL[bare(unit.text)];
  if (small === undefined || small < 2 || small > most) return false;
  const et = wordAt(text, skipGap(text, unit.end));
  if (!et || bare(et.text) !== 'et' || et.start === unit.end) return false;
  const from = skipGap(text, et.end);
  const part = from > et.end ? readFrenchWords(text, from, pack) : undefined;
  return part !== undefined && !part.digits && part.value > 0 && part.value < 1;
}

// "un de plus que Monaco", "une de moins": one more or one fewer than something is a count.
const MORE_OR_FEWER_AFTER = /^[\s\u00a0]+de[\s\u00a0]+(?:plus|moins)(?![\p{L}])/u;
// "au moins une nuit": after "au moins" the article counts ("at least one"), but "au moins un peu" is a little.
const AT_LEAST_BEFORE = /(?:^|[\s\u00a0])au[\s\u00a0]+moins[\s\u00a0]+$/iu;
const LITTLE_AFTER = /^[\s\u00a0]+peu(?![\p{L}])/u;

// "il en reste un.", "j'en ai vu une,", a text that is only "un": with no noun after it, "un" is
// the pronoun of a count ("one"). A line break is no end (a wrapped line may put the noun on the
// next one), nor is a bracket ("un(e) salarié(e)").
const NOTHING_AFTER = /^[ \t\u00a0]*(?:[.,;:!?…]|$(?![\s\S]))/u;
// "l'un, l'autre", "quelqu'un.": "the one", "someone" count nothing; nor "un à un", "une par une"
// ("one by one", the second "un" is the idiom's), nor "la une", "en une" (a newspaper's front
// page: "l'affaire fait la une."), nor "c'est tout un" (all the same), nor the words "un/une" named side by side.
const PRONOUN_BEFORE = /(?:(?:^|[^\p{L}])(?:l|quelqu)['’]|(?:^|[^\p{L}])(?:une?[\s\u00a0]+(?:à|par|après)|la|en|tout)[\s\u00a0]+|\/)$/iu;

/** Whether "un" or "une" counts one by the words around it: "un de plus que", "au moins une nuit", "il en reste un.". */
function oneCounted(text: string, at: number, end: number): boolean {
  const after = text.slice(end, end + 16);
  if (MORE_OR_FEWER_AFTER.test(after)) return true;
  if (NOTHING_AFTER.test(text.slice(end, end + 256)) && !PRONOUN_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return true;
  return AT_LEAST_BEFORE.test(text.slice(Math.max(0, at - 12), at)) && !LITTLE_AFTER.test(after);
}

/**
 * "négatif un": after a minus word "un" is a number. Minus words that also open a hedge ("au
 * moins un", "moins de") are left out: there "un" is still an article ("au moins un peu").
 */
function minusBefore(text: string, at: number, pack: LanguagePack): boolean {
  return endsWithWord(text.slice(Math.max(0, at - 12), at), minusOf(pack));
}

/** The minus words that are no hedge's, once per pack: a list that stays one object, so its pattern compiles once. */
const MINUS = new WeakMap<LanguagePack, readonly string[]>();
function minusOf(pack: LanguagePack): readonly string[] {
  let minus = MINUS.get(pack);
  if (!minus) {
    const hedgeWords = new Set(pack.hedges.flatMap(([forms]) => forms.flatMap((f) => f.split(' '))));
    MINUS.set(pack, (minus = pack.minusWords.filter((m) => !hedgeWords.has(m))));
  }
  return minus;
}

/** An ordinal in words read as the denominator of a fraction: "vingt-cinquième" is 25. */
interface Denominator {
  end: number;
  value: number;
  words: number;
  /** Written as one hyphenated word ("trente-cinquième", "vingt-et-unième"). */
  hyphenated: boolean;
}

/**
 * "la sixième victime", "le vingt-cinquième anniversaire", "le millième visiteur": an ordinal in
 * words, as an ordinal figure (ordinals are read, not matched). "unième" is only the end of a
 * compound; "huitième de finale" is a round of a tournament.
 */
export function readFrenchOrdinal(text: string, at: number): { end: number; value: number } | undefined {
  const word = wordAt(text, at);
  if (!word || text[at - 1] === '-') return undefined;
  const w = bare(word.text);
  const cardinal = FR_ORDINAL_CARDINALS[w];
  const one = cardinal !== undefined && cardinal !== 'un' ? FR_SMALL[cardinal] ?? FR_HUNDRED[cardinal] ?? FR_SCALES[cardinal] : undefined;
  const found = one !== undefined ? { end: wordEnd(word), value: one } : readDenominator(text, at);
  if (!found || listRegex(FR_ROUNDS_AFTER, String.raw`^[\s\u00a0]+W(?![\p{L}])`, 'iu').test(text.slice(found.end, found.end + 16))) return undefined;
  return found;
}

/**
 * The ordinal in words that starts at `at`: number words that run on, the last one an ordinal
 * ("vingt cinquième", "cent cinquième", "vingt et unième"). The ordinal's cardinal word takes the
 * ordinal's place in the sum, so the same rules decide what may follow what.
 */
function readDenominator(text: string, at: number): Denominator | undefined {
  const sum: Sum = { total: 0, group: 0, end: at, words: 0 };
  let cursor = at;
  let hyphenated = true;
  for (let i = 0; i < 8; i++) {
    const from = i === 0 ? cursor : skipGap(text, cursor);
    if (i > 0 && from === cursor) return undefined;
    if (i > 0 && text[from - 1] !== '-') hyphenated = false;
    const word = wordAt(text, from);
    if (!word) return undefined;
    const w = bare(word.text);
    if (w === 'et' && sum.last !== undefined && sum.last >= 20) {
      cursor = word.end;
      continue;
    }
    const cardinal = FR_ORDINAL_CARDINALS[w];
    if (cardinal !== undefined) {
      if (sum.words === 0 || addWord(sum, cardinal, word) !== 'added') return undefined;
      return { end: wordEnd(word), value: sum.total + sum.group, words: sum.words, hyphenated: hyphenated && text[at - 1] !== '-' };
    }
    if (addWord(sum, w, word) !== 'added') return undefined;
    cursor = sum.end;
  }
  return undefined;
}

/** "vingt-cinquième", "quatre-vingt-cinquième" (also read from inside it): one hyphenated ordinal. */
function isWordOrdinal(text: string, at: number): boolean {
  const den = readDenominator(text, at);
  return den !== undefined && den.words > 1 && (den.hyphenated || text[at - 1] === '-');
}

/**
 * A count before a compound ordinal is its numerator: "un vingt-cinquième" is 1/25, "trois
 * vingt-et-unièmes" 3/21, "un cent cinquième" 1/105, "vingt vingt-cinquièmes" 20/25. The ordinal is
 * a denominator of its own when it is written in one hyphenated word, when the count is "un", or
 * when its first word cannot go on with the count; else "cent trente cinquièmes" stays 130 fifths.
 */
function overDenominator(text: string, sum: Sum, w: string, word: Token): { end: number; value: number; ordinal: boolean } | undefined {
  const den = readDenominator(text, word.start);
  if (!den || den.words < 2 || sum.total + sum.group === 0) return undefined;
  const one = sum.words === 1 && sum.total + sum.group === 1;
  if (!den.hyphenated && !one && addWord({ ...sum }, w, word) !== 'stop') return undefined;
  return { end: den.end, value: den.value, ordinal: one && nounAfter(text, den.end) };
}

/**
 * "un cinquième mandat", "une sixième victime": an ordinal before a noun, no fraction. "un quart de
 * finale": a round of a tournament.
 */
function isOrdinalOrRound(text: string, sum: Sum, w: string, end: number): boolean {
  if (listRegex(FR_ROUNDS_AFTER, String.raw`^[\s\u00a0]+W(?![\p{L}])`, 'iu').test(text.slice(end, end + 16))) return true;
  return sum.words === 1 && sum.total + sum.group === 1 && FR_ORDINAL_CARDINALS[w] !== undefined && nounAfter(text, end);
}

/** Whether a word follows that is no word a fraction is followed by ("des", "de", "environ"). */
function nounAfter(text: string, end: number): boolean {
  const from = skipGap(text, end);
  if (from === end || text[end] === '-') return false;
  const next = wordAt(text, from);
  if (!next || !/^\p{L}/u.test(next.text)) return false;
  const n = bare(next.text).replace(/[’']\p{L}*$/u, '’');
  return !FR_FRACTION_FOLLOWERS.includes(n) && !FR_FRACTION_FOLLOWERS.includes(n.replace('’', "'")) && FR_SCALES[n] === undefined;
}

/** "une dizaine de blessés": the round number after "une", when "de" follows it. */
function roundNumber(text: string, une: Token): { end: number; value: number } | undefined {
  const from = skipGap(text, une.end);
  const word = from > une.end ? wordAt(text, from) : undefined;
  const value = word ? FR_ROUND_NUMBERS[bare(word.text)] : undefined;
  if (!word || value === undefined || word.text.endsWith('.')) return undefined;
  return /^[\s\u00a0]+d(?:e[\s\u00a0]|['’])/u.test(text.slice(word.end, word.end + 5)) ? { end: word.end, value } : undefined;
}

/** "demi-douzaine", "demi douzaine": the dozen a fraction is taken of. */
function dozenAfter(text: string, end: number): { end: number; value: number } | undefined {
  const from = skipGap(text, end);
  const next = from > end ? wordAt(text, from) : undefined;
  const dozen = next ? FR_DOZEN[bare(next.text)] : undefined;
  return next && dozen ? { end: wordEnd(next), value: dozen } : undefined;
}

/**
 * The decimals after "virgule": digit by digit ("virgule zéro cinq", "virgule deux trois") or as
 * one number, as French says them ("virgule soixante et onze" is .71); whichever reads further.
 */
function frenchDecimals(text: string, at: number, pack: LanguagePack): { end: number; value: number } | undefined {
  const digits = readDecimalWords(text, at, pack);
  const next = wordAt(text, skipGap(text, at));
  const whole = next && bare(next.text) !== 'zéro' && bare(next.text) !== 'zero' ? readFrenchWords(text, next.start, pack) : undefined;
  if (!whole || !Number.isInteger(whole.value) || whole.value < 1 || whole.value > 999 || (digits && digits.end > whole.end)) return digits;
  return { end: whole.end, value: whole.value / 10 ** String(whole.value).length };
}

/** Adds one word to the sum, or says why not: a fraction or decimal mark ends the number. */
function addWord(sum: Sum, w: string, word: Token): 'added' | 'fraction' | 'decimal' | 'stop' {
  const small = FR_SMALL[w];
  if (small !== undefined) {
    const eighty = small === 20 && sum.last === 4 && sum.group % 100 === 4;
    const follows =
      sum.last === undefined || eighty || (sum.last >= 20 && sum.last % 10 === 0 && small > 0 && small < 20) || (sum.last === 10 && small >= 7 && small <= 9);
    if (!follows) return 'stop';
    sum.group += eighty ? 76 : small;
    sum.last = eighty ? 80 : small;
    return added(sum, word);
  }
  if (FR_HUNDRED[w] !== undefined) {
    // "trois cents", "dix-sept cents", "mille neuf cent": hundreds of a unit or a teen only;
    // "quarante-cinq cents" are coins ("treize euros et quarante-cinq cents").
    if (sum.group > 19) return 'stop';
    sum.group = (sum.group || 1) * 100;
    sum.last = undefined;
    return added(sum, word);
  }
  const scale = FR_SCALES[w];
  if (scale !== undefined && (sum.words > 0 || w === 'mille')) {
    if (sum.group === 0 && sum.total > 0 && sum.lastScale && scale > sum.lastScale) sum.total *= scale;
    else if (sum.lastScale !== undefined && scale >= sum.lastScale && sum.group > 0 && sum.total > 0) return 'stop';
    else {
      sum.total += (sum.group || 1) * scale;
      sum.group = 0;
    }
    sum.lastScale = scale;
    sum.last = undefined;
    return added(sum, word);
  }
  // "un demi" but not "deux demi": a half is counted once.
  if (sum.words > 0 && FR_FRACTIONS[w] !== undefined && sum.total + sum.group > 0 && (!w.startsWith('demi') || sum.total + sum.group === 1)) return 'fraction';
  if (sum.words > 0 && FR_DOZEN[w] !== undefined) {
    sum.group *= FR_DOZEN[w];
    added(sum, word);
    return 'stop';
  }
  if (sum.words > 0 && w === 'virgule') return 'decimal';
  return 'stop';
}

/**
 * "deux tiers de million", "un demi million", "un demi-million": a fraction of the scale after it.
 * `alone`: the fraction word has no count before it, and is a number only with a scale.
 */
function ofScale(text: string, pack: LanguagePack, fraction: NumberPhrase, alone: boolean): NumberPhrase | undefined {
  OF.lastIndex = fraction.end;
  const of = OF.exec(text);
  const scale = scaleAfter(text, of ? fraction.end + of[0].length : fraction.end, pack);
  if (scale && scale.value >= 1e3) return { ...fraction, end: scale.end, value: fraction.value * scale.value, scale: scale.value };
  return alone ? undefined : fraction;
}
const OF = /[\s\u00a0]+de(?=[\s\u00a0])/y;

function added(sum: Sum, word: Token): 'added' {
  sum.words++;
  sum.end = wordEnd(word);
  return 'added';
}

/**
 * "un million et demi", "deux milliards et trois quarts": still a scaled number, rounded to a
 * fraction of its scale, so a currency or unit after "de" is its own ("… d'euros").
 */
function ofLastScale(sum: Sum): { scale?: number } {
  return sum.group === 0 && sum.lastScale !== undefined && sum.lastScale >= 1e6 ? { scale: sum.lastScale } : {};
}

function phrase(at: number, sum: Sum, plus: number, value?: number): NumberPhrase {
  const whole = value ?? sum.total + sum.group + plus;
  const scaled = value === undefined && plus === 0 && sum.total >= 1e6 && sum.group === 0 ? { scale: sum.lastScale } : {};
  return { start: at, end: sum.end, value: whole, digits: false, ...scaled };
}

/**
 * "3 millions et demi", "2,5 milliards et un quart": a fraction after "et", read after a number in
 * digits; `at` is after "et" (a scaled number) or after the digits (then "et" must come first).
 */
export function readFrenchAndFraction(text: string, at: number, pack: LanguagePack): { end: number; value: number } | undefined {
  let from = skipGap(text, at);
  if (!/(?:^|[\s\u00a0])et[\s\u00a0]*$/.test(text.slice(Math.max(0, at - 4), at))) {
    const et = wordAt(text, from);
    if (from === at || !et || bare(et.text) !== 'et') return undefined;
    from = skipGap(text, et.end);
  }
  const word = wordAt(text, from);
  if (!word) return undefined;
  const w = bare(word.text);
  if (w === 'demi' || w === 'demie') return { end: wordEnd(word), value: 0.5 };
  const part = readFrenchWords(text, from, pack);
  return part && !part.digits && part.value > 0 && part.value < 1 ? { end: part.end, value: part.value } : undefined;
}
