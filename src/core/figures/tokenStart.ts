import { VULGAR_FRACTIONS } from './lang/common/fractions';
import { classAt, classBefore, CURRENCY, isHighSurrogate, isLowSurrogate, LETTER, NUMBER } from './chars';

/**
 * Where the figure scanner looks: the start of a word, a number or a currency sign (a letter,
 * number or currency sign after no letter or number), a decimal mark opening a number (".5",
 * ",75" after no number or mark), and a vulgar fraction anywhere ("2½"). One pass over the
 * characters by their classes (see chars.ts); most characters cost one comparison.
 */
export function nextTokenStart(text: string, from: number): number {
  let before = classBefore(text, from);
  let previous = from > 0 ? text.charCodeAt(from - 1) : -1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = classAt(text, i);
    if (k & (LETTER | NUMBER | CURRENCY) && !(before & (LETTER | NUMBER))) return i;
    if ((c === 46 || c === 44) && !(before & NUMBER) && previous !== 46 && previous !== 44 && isAsciiDigit(text.charCodeAt(i + 1))) return i;
    if (c > 127 && VULGAR_FRACTIONS[text[i]] !== undefined) return i;
    // A surrogate pair is one character: its second half is no start, and its class is the pair's.
    if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) {
      i++;
      previous = text.charCodeAt(i);
    } else previous = c;
    before = k;
  }
  return text.length;
}

/** Where the character starting at `at` ends: one code unit, or two for a surrogate pair. */
export function characterEnd(text: string, at: number): number {
  return isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1)) ? at + 2 : at + 1;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
