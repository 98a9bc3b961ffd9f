/** Words, gaps and the phrase shape shared by the readers of numbers in digits and in words. */
import { classAt, isJsSpace, LETTER, MARK } from './chars';
import { characterEnd } from './tokenStart';

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
  const end = wordRunEnd(text, at);
  lastText = text;
  lastAt = at;
  lastWord = end > at ? { text: text.slice(at, end), start: at, end } : undefined;
  return lastWord;
}

/** Where a letter, then letters and combining marks, then an optional full stop end; `at` when no letter starts there. */
function wordRunEnd(text: string, at: number): number {
  if (!(classAt(text, at) & LETTER)) return at;
  let i = characterEnd(text, at);
  while (classAt(text, i) & (LETTER | MARK)) i = characterEnd(text, i);
  return text.charCodeAt(i) === 46 ? i + 1 : i;
}
/** Where a word ends without a full stop after it ("dozen." ends the sentence, not the number). */
export function wordEnd(word: Token): number {
  return word.text.endsWith('.') ? word.end - 1 : word.end;
}
/** Skips one gap (spaces, then a hyphen and spaces; or a hyphen) after `at`; returns where the next token starts. */
export function skipGap(text: string, at: number): number {
  let i = at;
  while (isJsSpace(text.charCodeAt(i))) i++;
  if (i === at) return text.charCodeAt(at) === 45 ? at + 1 : at;
  // "zwei - drei": a hyphen between spaces belongs to the gap; one run into a word does not.
  if (text.charCodeAt(i) !== 45) return i;
  let j = i + 1;
  while (isJsSpace(text.charCodeAt(j))) j++;
  return j > i + 1 ? j : i;
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
