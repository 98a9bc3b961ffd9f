import { isDigitAt, isLetter } from '../chars';
import type { NumberPhrase } from '../tokens';
import { decided } from './trace';

/** code: digits that continue a word or code ("B2B", "COVID-19", "SCP-173m", "scp2-173m", "x_2"). */
export function codeBefore(text: string, phrase: NumberPhrase): boolean {
  if (!phrase.digits) return false;
  const before = text[phrase.start - 1] ?? ' ';
  let code = isLetter(before) || before === '_';
  if (!code && before === '-') {
    // Back over the digits of a code's previous part ("scp2-"), but not of a range ("2020-21").
    let i = phrase.start - 2;
    while (i >= 0 && isDigitAt(text, i)) i--;
    code = isLetter(text[i] ?? ' ');
  }
  if (code) decided('code');
  return code;
}

/** code: digits run into letters that are no unit ("A4" read from the 4, "5G", "Form 5B"). */
export function lettersAfter(text: string, phrase: NumberPhrase): boolean {
  const after = text[phrase.end] ?? ' ';
  const code = phrase.digits && (isLetter(after) || after === '_');
  if (code) decided('code');
  return code;
}
