import { letterRunEnd } from './chars';
import type { LanguagePack } from './lang/pack';
import { keysOf } from './words';

interface Starts {
  /** The first two letters of each word, a cheap first test. */
  pairs: ReadonlySet<number>;
  /** The words' first runs of letters, lower case. */
  runs: ReadonlySet<string>;
}
const STARTS = new WeakMap<LanguagePack, Starts>();
let lastPack: LanguagePack | undefined;
let lastStarts: Starts | undefined;

/**
 * Could a month name ("August 6"), a vague quantity ("thousands") or a unit's article or fraction
 * ("a kilogram", "half a litre") start at `at`? Each of those patterns begins with one of its
 * words, and a word's first run of letters is followed by no letter in it, so the text's run of
 * letters at `at` must be one of theirs: one set lookup turns most words of a text away.
 */
export function mayStartPackWord(text: string, at: number, pack: LanguagePack): boolean {
  if (pack !== lastPack || !lastStarts) {
    lastPack = pack;
    lastStarts = startsOf(pack);
  }
  if (!lastStarts.pairs.has(pairKey(text, at))) return false;
  return lastStarts.runs.has(text.slice(at, letterRunEnd(text, at)).toLowerCase());
}

/** The pack words' first runs of letters, lower case (see mayStartPackWord). */
export function packWordRuns(pack: LanguagePack): ReadonlySet<string> {
  return startsOf(pack).runs;
}

function startsOf(pack: LanguagePack): Starts {
  let starts = STARTS.get(pack);
  if (!starts) {
    const words = [...(pack.monthFirst ? keysOf(pack.months) : []), ...keysOf(pack.vague), ...pack.unitLead.articles, ...pack.unitLead.fractions].map((w) => w.toLowerCase());
    starts = { pairs: new Set(words.map((w) => pairKey(w, 0))), runs: new Set(words.map((w) => w.slice(0, letterRunEnd(w, 0)))) };
    STARTS.set(pack, starts);
  }
  return starts;
}

/** The first two letters as a number, lower case; a one-letter word ("a") has 0 for its second. */
function pairKey(s: string, at: number): number {
  const second = s.charCodeAt(at + 1);
  const letter = (second >= 65 && second <= 90) || (second >= 97 && second <= 122) || second > 127;
  return lowerCode(s.charCodeAt(at)) * 65536 + (letter ? lowerCode(second) : 0);
}
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c > 127 ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : c;
}
