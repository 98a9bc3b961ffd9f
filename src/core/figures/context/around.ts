/**
 * What stands just before a figure, read backwards character by character rather than by regexes
 * anchored at the end of a slice (which backtrack from every start): the word before, and whether
 * a sentence opens there. Shared by the context rules.
 */

/** Compiled once: the bundle builds an inline literal with a Unicode class anew at every call. */
const LETTER_RE = /\p{L}/u;
const isLetterCode = (s: string) => LETTER_RE.test(s);
const isGap = (c: string | undefined) => c === ' ' || c === '\u00a0' || c === '\t' || c === '\n' || c === '\r' || c === '-';

/** The word (letters, or digits) that ends just before `at`, over spaces or hyphens and an optional dot. */
export function wordBefore(text: string, at: number, dot = false): { word: string; start: number } | undefined {
  let i = at;
  while (i > 0 && isGap(text[i - 1]) && at - i < 8) i--;
  if (i === at) return undefined;
  if (dot && text[i - 1] === '.') i--;
  const end = i;
  const digits = /\d/.test(text[i - 1] ?? '');
  while (i > 0 && end - i < 40 && (digits ? /\d/.test(text[i - 1]) : isLetterCode(text[i - 1]))) i--;
  return i < end ? { word: text.slice(i, end), start: i } : undefined;
}

/** Whether a sentence, line or quotation opens at `at` (only spaces between it and the mark). */
export function opensSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0' || text[i - 1] === '\t') && at - i < 8) i--;
  const c = text[i - 1];
  return i === 0 || c === '\n' || (c !== undefined && '.!?:;"“„'.includes(c) && i < at) || (c !== undefined && '"“„'.includes(c));
}
