/** Words, gaps and the phrase shape shared by the readers of numbers in digits and in words. */

export interface NumberPhrase {
  start: number;
  end: number;
  value: number;
  /** Digits were written ("76,000"), rather than words only ("sixty-five"). */
  digits: boolean;
  /**
   * The factor of the scale word applied ("1.2 million" -> 1e6, "12 lakh" -> 1e5), absent when
   * there is none: the writer rounded to the scale's precision.
   */
  scale?: number;
  /** The value is the digits as parsed, with no arithmetic on it, so it carries no float noise. */
  parsed?: boolean;
}
const WORD_RE = /[\p{L}][\p{L}\p{M}]*\.?/uy;
const GAP_RE = /[\s\u00a0\u202f\u2009]+(?:-[\s\u00a0]+)?|-/y;
export interface Token {
  text: string;
  start: number;
  end: number;
}
// Several readers ask for the word at the same token start in turn (number words, units
// without digits, shares): the last answer is kept. Tokens are never modified.
let lastText: string | undefined;
let lastAt = -1;
let lastWord: Token | undefined;
/** The word starting at `at` (sticky), without a trailing dot unless it is an abbreviation. */
export function wordAt(text: string, at: number): Token | undefined {
  if (at === lastAt && text === lastText) return lastWord;
  WORD_RE.lastIndex = at;
  const m = WORD_RE.exec(text);
  lastText = text;
  lastAt = at;
  lastWord = m ? { text: m[0], start: at, end: at + m[0].length } : undefined;
  return lastWord;
}
/** Where a word ends without a full stop after it ("dozen." ends the sentence, not the number). */
export function wordEnd(word: Token): number {
  return word.text.endsWith('.') ? word.end - 1 : word.end;
}
/** Skips one gap (spaces or a hyphen) after `at`; returns where the next token starts. */
export function skipGap(text: string, at: number): number {
  GAP_RE.lastIndex = at;
  const m = GAP_RE.exec(text);
  return m ? at + m[0].length : at;
}
/** Lets go of the last text read, so a large document is not kept alive after its scan. */
export function forgetWord(): void {
  lastText = undefined;
  lastWord = undefined;
  lastAt = -1;
}

let lastBareOf: string | undefined;
let lastBare = '';
/** A word in lower case without its trailing dot. */
export function bare(word: string): string {
  if (word === lastBareOf) return lastBare;
  lastBareOf = word;
  const lower = word.toLowerCase();
  lastBare = lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
  return lastBare;
}
