/** Character classes by char code: the figure scanner asks them for every token, so no regex. */

/** Whitespace by char code: space, tab, line breaks, no-break and thin spaces. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** A letter, decided by its code for ASCII (the common case) and by Unicode beyond. */
export function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(ch);
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Where a run of letters starting at `at` ends: by char code for ASCII, by Unicode beyond. */
export function letterRunEnd(text: string, at: number): number {
  let i = at;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
    if (c < 128 || !/\p{L}/u.test(text[i])) break;
  }
  return i;
}
