import { classAt, isHighSurrogate, isJsSpace, LETTER } from './chars';

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
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  // A pair cut by the bound is a lone surrogate to a pattern on the slice: no letter.
  if (isHighSurrogate(c) && i + 1 >= bound) return 0;
  if (!(classAt(text, i) & LETTER)) return 0;
  return isHighSurrogate(c) ? 2 : 1;
}

/** Where the run of ASCII letters from `at` ends (no further than `bound`), or -1 if a character beyond ASCII stops it. */
function asciiRunEnd(text: string, at: number, bound: number): number {
  let i = at;
  for (; i < bound; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
    return c < 128 ? i : -1;
  }
  return i;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

interface Runs {
  /** The lower-case first (or last) runs of ASCII letters of the list's words. */
  runs: ReadonlySet<string>;
  /** A word starts (or ends) with no such run, or the run goes on beyond ASCII: no test rules it out. */
  any: boolean;
}
const FIRST = new WeakMap<readonly string[], Runs>();
const LAST = new WeakMap<readonly string[], Runs>();

function firstRuns(list: readonly string[]): Runs {
  let r = FIRST.get(list);
  if (!r) {
    const runs = new Set<string>();
    let any = false;
    for (const w of list) {
      let k = 0;
      while (k < w.length && isAsciiLetter(w.charCodeAt(k))) k++;
      if (k === 0 || (k < w.length && w.charCodeAt(k) >= 128)) any = true;
      else runs.add(w.slice(0, k).toLowerCase());
    }
    FIRST.set(list, (r = { runs, any }));
  }
  return r;
}

function lastRuns(list: readonly string[]): Runs {
  let r = LAST.get(list);
  if (!r) {
    const runs = new Set<string>();
    let any = false;
    for (const w of list) {
      let k = w.length;
      while (k > 0 && isAsciiLetter(w.charCodeAt(k - 1))) k--;
      if (k === w.length || (k > 0 && w.charCodeAt(k - 1) >= 128)) any = true;
      else runs.add(w.slice(k).toLowerCase());
    }
    LAST.set(list, (r = { runs, any }));
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
 * (`(?:^|[^\p{L}])W[\s\u00a0]+$` on that slice, case-insensitive)? False only where none can.
 */
export function mayEndListWordBefore(text: string, start: number, from: number, list: readonly string[]): boolean {
  const { runs, any } = lastRuns(list);
  if (any) return true;
  let i = start;
  while (i > from && isJsSpace(text.charCodeAt(i - 1))) i--;
  if (i === start) return false;
  let j = i;
  while (j > from && isAsciiLetter(text.charCodeAt(j - 1))) j--;
  if (j > from && text.charCodeAt(j - 1) >= 128) return true;
  return j < i && runs.has(text.slice(j, i).toLowerCase());
}
