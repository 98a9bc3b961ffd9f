/** Character classes by char code: the figure scanner asks them for every token, so no regex. */

/** Whitespace by char code: space, tab, line breaks, no-break and thin spaces. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** An ASCII letter (A–Z, a–z) by char code: the fast case of every letter test here. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** What `\s` matches in a JavaScript regular expression, by char code. */
export function isJsSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
  if (c < 128) return isAsciiLetter(c);
  // One code unit is looked up in the class table (a lone surrogate is no letter, as `\p{L}` says).
  return ch.length === 1 ? (bmpClass(c) & LETTER) !== 0 : /\p{L}/u.test(ch);
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Where a run of ASCII digits starting at `at` ends: the rules at digits test its length before their patterns. */
export function digitRunEnd(text: string, at: number): number {
  let i = at;
  while (isDigitCode(text.charCodeAt(i))) i++;
  return i;
}

/** Where a run of letters starting at `at` ends: by char code for ASCII, by Unicode beyond. */
export function letterRunEnd(text: string, at: number): number {
  let i = at;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) continue;
    // Each code unit alone, as before: half of a surrogate pair is no letter.
    if (c < 128 || !(bmpClass(c) & LETTER)) break;
  }
  return i;
}

/**
 * Unicode classes the scanner asks of a character, as bits: a letter, a number, a currency
 * sign, a combining mark. ASCII is decided by code; other code units are looked up once each in
 * a table filled on first use, so a text of any script costs one array read a character.
 */
export const LETTER = 1;
export const NUMBER = 2;
export const CURRENCY = 4;
export const MARK = 8;
const KNOWN = 16;
const BMP_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();

function classify(ch: string): number {
  return KNOWN | (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0) | (/\p{Sc}/u.test(ch) ? CURRENCY : 0) | (/\p{M}/u.test(ch) ? MARK : 0);
}

function asciiClass(c: number): number {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER;
  if (c >= 48 && c <= 57) return NUMBER;
  return c === 36 ? CURRENCY : 0;
}

/** The classes of the code point starting at `i` (a surrogate pair read as one), 0 past the end. */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return asciiClass(c);
  if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) return astralClass(text.codePointAt(i)!);
  return bmpClass(c);
}

/** The classes of the code point ending right before `i` (a surrogate pair read as one), 0 at the start. */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return asciiClass(c);
  if (isLowSurrogate(c) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2))) return astralClass(text.codePointAt(i - 2)!);
  return bmpClass(c);
}

function bmpClass(c: number): number {
  let k = BMP_CLASSES[c];
  if (k === 0) BMP_CLASSES[c] = k = classify(String.fromCharCode(c));
  return k & ~KNOWN;
}

function astralClass(cp: number): number {
  let k = ASTRAL_CLASSES.get(cp);
  if (k === undefined) ASTRAL_CLASSES.set(cp, (k = classify(String.fromCodePoint(cp))));
  return k & ~KNOWN;
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Where "-692" or "-29-1" after a number ends: hyphens, each with digits after it ("loi n° 2001-692", "article 131-6"). */
export function hyphenatedDigitsEnd(text: string, end: number): number {
  let i = end;
  while (text.charCodeAt(i) === 45 && isDigitAt(text, i + 1)) {
    i++;
    while (isDigitAt(text, i)) i++;
  }
  return i;
}
