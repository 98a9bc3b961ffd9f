import { readDecimalWords } from '../../decimalWords';
import { scaleAfter } from '../../scaleWords';
import { bare, skipGap, wordAt, wordEnd, type NumberPhrase, type Token } from '../../tokens';
import type { LanguagePack } from '../pack';
import { FR_DOZEN, FR_FRACTIONS, FR_HUNDRED, FR_SCALES, FR_SMALL } from './numbers';

/** The words a French number phrase can begin with. */
export const STARTERS: ReadonlySet<string> = new Set([...Object.keys(FR_SMALL), ...Object.keys(FR_HUNDRED), 'mille', 'demi', 'quart']);

const RATIO_AFTER = /^[\s\u00a0]sur[\s\u00a0]/;

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
  const sum: Sum = { total: 0, group: 0, end: at, words: 0 };
  let cursor = at;
  for (let i = 0; i < 32; i++) {
    const from = i === 0 ? cursor : skipGap(text, cursor);
    if (i > 0 && from === cursor) break;
    const word = wordAt(text, from);
    if (!word) break;
    const w = bare(word.text);
    if (w === 'et' && sum.words > 0) {
      const next = wordAt(text, skipGap(text, word.end));
      const n = next ? bare(next.text) : '';
      // "un et demi", "deux millions et demi"
      if (next && (n === 'demi' || n === 'demie')) return phrase(at, { ...sum, end: wordEnd(next) }, sum.group === 0 && sum.lastScale ? sum.lastScale / 2 : 0.5);
      // "trois et un cinquième", "cinq milliards et trois quarts": a whole and a fraction of the last scale.
      const part = next ? readFrenchWords(text, next.start, pack) : undefined;
      if (part && part.value > 0 && part.value < 1 && !part.digits) {
        return phrase(at, { ...sum, end: part.end }, 0, sum.total + sum.group + part.value * (sum.group === 0 && sum.lastScale ? sum.lastScale : 1));
      }
      // "vingt et un", "soixante et onze"
      if (next && sum.last !== undefined && sum.last >= 20 && (n === 'un' || n === 'une' || n === 'onze')) {
        cursor = word.end;
        continue;
      }
      break;
    }
    const ended = addWord(sum, w, word);
    if (ended === 'fraction') return ofScale(text, pack, phrase(at, { ...sum, end: wordEnd(word) }, 0, (sum.total + sum.group) * FR_FRACTIONS[w]), false);
    if (ended === 'decimal') {
      const decimals = readDecimalWords(text, word.end, pack);
      if (decimals) return phrase(at, { ...sum, end: decimals.end }, decimals.value);
    }
    if (ended !== 'added') break;
    cursor = sum.end;
    if (word.text.endsWith('.')) break;
  }
  if (sum.words === 0) return undefined;
  // "un homme", "une fois": an article; but "un sur cinq" is one in five.
  if (sum.words === 1 && sum.total + sum.group === 1 && !RATIO_AFTER.test(text.slice(sum.end, sum.end + 5))) return undefined;
  return phrase(at, sum, 0);
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
    if (sum.group % 100 !== sum.group) return 'stop';
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

function phrase(at: number, sum: Sum, plus: number, value?: number): NumberPhrase {
  const whole = value ?? sum.total + sum.group + plus;
  const scaled = value === undefined && plus === 0 && sum.total >= 1e6 && sum.group === 0 ? { scale: sum.lastScale } : {};
  return { start: at, end: sum.end, value: whole, digits: false, ...scaled };
}
