import { classAt, isAsciiLetter, isHighSurrogate, isJsSpace, LETTER } from './chars';

/**
 * Cheap first tests for the context rules' list patterns around a figure: could a word of a pack's
 * list stand as the first (or second) word after a figure, or as the word right before it? They
 * read the few characters there in place, with no slice and no regex, and answer "maybe" wherever
 * they cannot be sure (a letter beyond ASCII, whose case folding a pattern with `i` decides), so a
 * rule runs its pattern only where it may match, and its answer stays the pattern's.
 */

/** The code units of the letter (`\p{L}`) at `i`, read no further than `bound`; 0 where none starts. */
export function letterLength(text: string, i: number, bound: number): number {
  if (i >= bound) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  // A pair cut by the bound is a lone surrogate to a pattern on the slice: no letter.
  if (isHighSurrogate(c) && i + 1 >= bound) return 0;
  if (!(classAt(text, i) & LETTER)) return 0;
  return isHighSurrogate(c) ? 2 : 1;
}

/**
 * Where the run of letters from `at` ends (no further than `bound`) if it is all ASCII, or -1 if
 * a letter beyond ASCII is in it (its case folding is the pattern's to decide).
 */
function asciiRunEnd(text: string, at: number, bound: number): number {
  let i = at;
  for (; i < bound; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) continue;
    return c < 128 || letterLength(text, i, bound) === 0 ? i : -1;
  }
  return i;
}

/** Is the character ending before `i` a letter beyond ASCII, or part of a surrogate pair (asked of the pattern)? */
function otherLetterBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c < 128) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return letterLength(text, i - 1, i) > 0;
}

interface Runs {
  /**
   * The lower-case first (or last) runs of letters of the list's words that are all ASCII. A run
   * with a letter beyond ASCII is left out: only a text run with such a letter may match it, and
   * that is asked of the pattern anyway.
   */
  runs: ReadonlySet<string>;
  /** The last characters of the words that end in no letter ("-", "ca."), where they have no case ("-", "–", "."); only in `lastRuns`. */
  ends: ReadonlySet<number>;
  /** A word starts (or ends) with no letter (in `firstRuns`; in `lastRuns`, with a cased character), or holds a letter that folds to ASCII (Kelvin sign, long s): no test rules it out. */
  any: boolean;
}
/** Characters with no case a word may end in: ASCII and the general punctuation (dashes, quotes). */
const uncased = (c: number) => c < 128 || (c >= 0x2000 && c <= 0x206f);
/** Letters beyond ASCII that match ASCII ones under case folding ("K" and "k", "ſ" and "s"). */
const FOLDS_TO_ASCII = /[\u212a\u017f]/;
function runEnd(w: string, at: number): number {
  let k = at;
  for (let n = letterLength(w, k, w.length); n > 0; n = letterLength(w, k, w.length)) k += n;
  return k;
}
function runStart(w: string, end: number): number {
  let k = end;
  while (k > 0) {
    const n = k >= 2 && letterLength(w, k - 2, k) === 2 ? 2 : letterLength(w, k - 1, k);
    if (n === 0) break;
    k -= n;
  }
  return k;
}
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}
const FIRST = new WeakMap<readonly string[], Runs>();
const LAST = new WeakMap<readonly string[], Runs>();

function firstRuns(list: readonly string[]): Runs {
  let r = FIRST.get(list);
  if (!r) {
    const runs = new Set<string>();
    let any = false;
    for (const w of list) {
      const run = w.slice(0, runEnd(w, 0));
      if (run === '' || FOLDS_TO_ASCII.test(run)) any = true;
      else if (isAscii(run)) runs.add(run.toLowerCase());
    }
    FIRST.set(list, (r = { runs, ends: new Set(), any }));
  }
  return r;
}

function lastRuns(list: readonly string[]): Runs {
  let r = LAST.get(list);
  if (!r) {
    const runs = new Set<string>();
    const ends = new Set<number>();
    let any = false;
    for (const w of list) {
      const run = w.slice(runStart(w, w.length));
      const last = w.charCodeAt(w.length - 1);
      if (run === '' && w !== '' && uncased(last)) ends.add(last);
      else if (run === '' || FOLDS_TO_ASCII.test(run)) any = true;
      else if (isAscii(run)) runs.add(run.toLowerCase());
    }
    LAST.set(list, (r = { runs, ends, any }));
  }
  return r;
}

/**
 * Could a word of `list` start after the spaces at `end` (`^[\s\u00a0]+W`, case-insensitive, on
 * the text up to `bound`), or, with `second`, after one more word of letters and spaces
 * (`^(?:[\s\u00a0]+\p{L}+)?[\s\u00a0]+W`)? False only where no word of the list can.
 */
export function mayStartListWordAfter(text: string, end: number, bound: number, list: readonly string[], second = false): boolean {
  const { runs, any } = firstRuns(list);
  if (any) return true;
  if (runs.size === 0) return false;
  let p = end;
  while (p < bound && isJsSpace(text.charCodeAt(p))) p++;
  if (p === end) return false;
  const r1 = asciiRunEnd(text, p, bound);
  if (r1 < 0) return true;
  if (r1 === p) return false;
  if (runs.has(text.slice(p, r1).toLowerCase())) return true;
  if (!second) return false;
  let q = r1;
  while (q < bound && isJsSpace(text.charCodeAt(q))) q++;
  if (q === r1) return false;
  const r2 = asciiRunEnd(text, q, bound);
  return r2 < 0 || (r2 > q && runs.has(text.slice(q, r2).toLowerCase()));
}

/**
 * Could a word of `list` end before the spaces that end at `start`, in the text from `from`
 * (`(?:^|[^\p{L}])W[\s\u00a0]+$` on that slice, case-insensitive)? With `glued`, the word may
 * also end a longer word (no `[^\p{L}]` before it) and stand before spaces or none
 * (`W[\s\u00a0]*$`). False only where none can.
 */
export function mayEndListWordBefore(text: string, start: number, from: number, list: readonly string[], glued = false): boolean {
  const { runs, ends, any } = lastRuns(list);
  if (any) return true;
  if (runs.size === 0 && ends.size === 0) return false;
  let i = start;
  while (i > from && isJsSpace(text.charCodeAt(i - 1))) i--;
  if (!glued && i === start) return false;
  if (i > from && ends.has(text.charCodeAt(i - 1))) return true;
  let j = i;
  while (j > from && isAsciiLetter(text.charCodeAt(j - 1))) j--;
  if (j > from && otherLetterBefore(text, j)) return true;
  if (j === i) return false;
  const run = text.slice(j, i).toLowerCase();
  if (!glued) return runs.has(run);
  for (const r of runs) if (run.endsWith(r)) return true;
  return false;
}
