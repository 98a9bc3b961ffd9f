import { classAt, isAsciiLetter, isHighSurrogate, isJsSpace, LETTER } from './chars';

/**
 * The one cheap first test for a pack's list patterns: could a word of the list start at a place
 * (or after the spaces there), or end before the spaces there? It compares the run of letters in
 * the text with the first (or last) runs of letters of the list's words, read in place with no
 * regex, and answers "maybe" wherever it cannot be sure (a letter beyond ASCII where the list has
 * such letters, whose case folding a pattern with `i` decides), so a rule runs its pattern only
 * where it may match, and its answer stays the pattern's.
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

/** Where the run of letters from `at` ends, read no further than `bound`. */
function runEnd(text: string, at: number, bound: number): number {
  let k = at;
  for (let n = letterLength(text, k, bound); n > 0; n = letterLength(text, k, bound)) k += n;
  return k;
}
/** Where the run of letters ending at `end` starts, read no further back than `from`. */
function runStart(text: string, end: number, from: number): number {
  let k = end;
  while (k > from) {
    const n = k - 2 >= from && letterLength(text, k - 2, k) === 2 ? 2 : letterLength(text, k - 1, k);
    if (n === 0) break;
    k -= n;
  }
  return k;
}
function isAscii(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

interface Runs {
  /** The lower-case first (or last) runs of letters of the list's words. */
  runs: ReadonlySet<string>;
  /** The lengths and first two letters of those of ASCII letters: a run of ASCII letters with others is no word of the list, unread. */
  lengths: ReadonlySet<number>;
  pairs: ReadonlySet<number>;
  /** The characters with no case that words start (or end) with where they start (end) with no letter ("-", "–", "°", "ca."). */
  marks: ReadonlySet<number>;
  /** A word starts (or ends) with a cased character that is no letter, is empty, or holds a letter that folds to ASCII (Kelvin sign, long s): no test rules it out. */
  any: boolean;
}
/** Characters with no case a word may start or end with: Latin-1 and the general punctuation (dashes, quotes, primes). */
const uncased = (c: number) => c < 0x345 || (c >= 0x2000 && c <= 0x206f);
/** Letters beyond ASCII that match ASCII ones under case folding ("K" and "k", "ſ" and "s"). */
const FOLDS_TO_ASCII = /[\u212a\u017f]/;
const FIRST = new WeakMap<readonly string[], Runs>();
const LAST = new WeakMap<readonly string[], Runs>();

function tableOf(list: readonly string[], last: boolean): Runs {
  const runs = new Set<string>();
  const marks = new Set<number>();
  let any = false;
  for (const w of list) {
    const run = last ? w.slice(runStart(w, w.length, 0)) : w.slice(0, runEnd(w, 0, w.length));
    const edge = w === '' ? -1 : last ? w.charCodeAt(w.length - 1) : w.charCodeAt(0);
    if (run === '' && edge >= 0 && uncased(edge)) marks.add(edge);
    else if (run === '' || FOLDS_TO_ASCII.test(run)) any = true;
    else runs.add(run.toLowerCase());
  }
  const ascii = [...runs].filter((r) => isAscii(r));
  return { runs, lengths: new Set(ascii.map((r) => r.length)), pairs: new Set(ascii.map((r) => pairOf(r, 0, r.length))), marks, any };
}
function firstRuns(list: readonly string[]): Runs {
  let r = FIRST.get(list);
  if (!r) FIRST.set(list, (r = tableOf(list, false)));
  return r;
}
function lastRuns(list: readonly string[]): Runs {
  let r = LAST.get(list);
  if (!r) LAST.set(list, (r = tableOf(list, true)));
  return r;
}

/** The first two letters of a run of ASCII letters, lower case, as one number (one letter: 0 for the second). */
function pairOf(s: string, start: number, end: number): number {
  return (s.charCodeAt(start) | 32) * 128 + (end - start > 1 ? s.charCodeAt(start + 1) | 32 : 0);
}

/**
 * Latin letters whose lower case is their simple case folding, and that no other letter folds to
 * but their capital: for a run of these, "the same in lower case" is what the `i` flag of a pattern
 * says. A run with any other letter (Greek, "µ", "İ", the long s) is left to the pattern.
 */
function isPlainLatin(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && (c < 0xc0 || c > 0x17e || c === 0x130 || c === 0x131)) return false;
  }
  return true;
}

/** A run of letters read in the text: where, what letters (ASCII, plain Latin, other), and in lower case once asked. */
interface TextRun {
  text: string;
  start: number;
  end: number;
  /** The bound the run was read to (forward) or from (backward): a run is remembered with it. */
  limit: number;
  kind: number;
  pair: number;
  lower: string | undefined;
}
const ASCII = 0;
const LATIN = 1;
const OTHER = 2;
/**
 * The last run read after a place and before one: the rules around a figure ask about the same
 * word with list after list ("Article 5": labels, names, minus words), so it is read once.
 */
const AFTER: TextRun = { text: '', start: -1, end: -1, limit: -1, kind: ASCII, pair: 0, lower: undefined };
const BEFORE: TextRun = { text: '', start: -1, end: -1, limit: -1, kind: ASCII, pair: 0, lower: undefined };

/** The run of letters from `at`, read up to `bound` (remembered in AFTER). */
function runAfter(text: string, at: number, bound: number): TextRun {
  const r = AFTER;
  if (r.start !== at || r.limit !== bound || r.text !== text) read(r, text, at, runEnd(text, at, bound), bound);
  return r;
}
/** The run of letters that ends at `end`, read back to `from` (remembered in BEFORE). */
function runBefore(text: string, end: number, from: number): TextRun {
  const r = BEFORE;
  if (r.end !== end || r.limit !== from || r.text !== text) read(r, text, runStart(text, end, from), end, from);
  return r;
}
/** Lets go of the text the last runs were read in (a document, once a scan is done). */
export function forgetRuns(): void {
  AFTER.text = BEFORE.text = '';
  AFTER.start = BEFORE.end = -1;
}
function read(r: TextRun, text: string, start: number, end: number, limit: number): void {
  r.text = text;
  r.start = start;
  r.end = end;
  r.limit = limit;
  r.kind = isAscii(text, start, end) ? ASCII : isPlainLatin(text, start, end) ? LATIN : OTHER;
  r.pair = r.kind === ASCII && end > start ? pairOf(text, start, end) : 0;
  r.lower = undefined;
}
function lowerOf(r: TextRun): string {
  return (r.lower ??= r.text.slice(r.start, r.end).toLowerCase());
}

/**
 * Is the text's whole run of letters a run of the table? Exact for a run of plain Latin letters
 * (see isPlainLatin), "maybe" for another.
 */
function isListedRun(r: TextRun, t: Runs): boolean {
  if (r.kind === OTHER) return true;
  if (r.kind === ASCII && (!t.lengths.has(r.end - r.start) || !t.pairs.has(r.pair))) return false;
  return t.runs.has(lowerOf(r));
}

/**
 * Could a word of `list` start at `at` (the list's pattern, case-insensitive, sticky at `at`, on
 * the text up to `bound`), where the pattern lets no letter follow a word's first run of letters?
 * False only where no word of the list can.
 */
export function mayStartListWord(text: string, at: number, list: readonly string[], bound = text.length): boolean {
  const t = firstRuns(list);
  if (t.any) return true;
  if (at >= bound) return false;
  if (t.marks.has(text.charCodeAt(at))) return true;
  const run = runAfter(text, at, bound);
  return run.end > at && isListedRun(run, t);
}

/**
 * Could a word of `list` start after the spaces at `end` (`^[\s\u00a0]+W`, case-insensitive, on
 * the text up to `bound`), or, with `second`, after one more word of letters and spaces
 * (`^(?:[\s\u00a0]+\p{L}+)?[\s\u00a0]+W`)? False only where no word of the list can.
 */
export function mayStartListWordAfter(text: string, end: number, bound: number, list: readonly string[], second = false): boolean {
  let p = end;
  while (p < bound && isJsSpace(text.charCodeAt(p))) p++;
  if (p === end) return false;
  if (mayStartListWord(text, p, list, bound)) return true;
  if (!second) return false;
  const r1 = runAfter(text, p, bound).end;
  if (r1 === p) return false;
  let q = r1;
  while (q < bound && isJsSpace(text.charCodeAt(q))) q++;
  return q > r1 && mayStartListWord(text, q, list, bound);
}

/**
 * Could a word of `list` end before the spaces that end at `start`, in the text from `from`
 * (`(?:^|[^\p{L}])W[\s\u00a0]+$` on that slice, case-insensitive)? With `glued`, the word may
 * also end a longer word (no `[^\p{L}]` before it) and stand before spaces or none
 * (`W[\s\u00a0]*$`). False only where none can.
 */
export function mayEndListWordBefore(text: string, start: number, from: number, list: readonly string[], glued = false): boolean {
  const t = lastRuns(list);
  if (t.any) return true;
  let i = start;
  while (i > from && isJsSpace(text.charCodeAt(i - 1))) i--;
  if (!glued && i === start) return false;
  if (i > from && t.marks.has(text.charCodeAt(i - 1))) return true;
  const run = runBefore(text, i, from);
  if (run.start === i) return false;
  if (!glued) return isListedRun(run, t);
  // Glued, a word's last run is an end of the text's.
  if (run.kind === OTHER) return true;
  const lower = lowerOf(run);
  for (const r of t.runs) if (lower.endsWith(r)) return true;
  return false;
}
