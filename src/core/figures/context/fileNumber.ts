import { isDigitAt } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { listRegex, NONE } from '../words';
import { decided } from './trace';

/**
 * fileNumber: a court's file reference, "4 KLs 10/20", "2 StR 123/21", "1 BvR 2656/18" (the
 * chamber, the register's letters, the case and its year), is a name: its chamber would read as a
 * count and "10/20" as a half. The register is one the pack lists (`fileNumbers.registers`), or any
 * short word of capitals and letters after the pack's file label ("Az.", "Aktenzeichen"). Returns
 * where the reference ends, so the scanner steps over all of it; undefined for a figure.
 */
export function fileNumberEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  const files = pack.context.fileNumbers;
  if (!files) return undefined;
  let i = at;
  while (i - at < 4 && isDigitAt(text, i)) i++;
  // Most numbers are no chamber: the reference goes on with a space and a register's capital.
  const capital = text.charCodeAt(i + 1);
  if (text[i] !== ' ' || capital < 65 || capital > 90 || i - at > 3) return undefined;
  // German nouns start with a capital too ("5 Menschen"): a register is at most five letters with
  // the case's digits after it, checked by codes before any pattern runs.
  let j = i + 2;
  while (j - i <= 6 && isAsciiLetter(text.charCodeAt(j))) j++;
  if (text[j] !== ' ' || !isDigitAt(text, j + 1)) return undefined;
  const m = referenceRe(files.registers).exec(text.slice(i, i + 24));
  if (!m) return undefined;
  if (!m[1] && !labelBefore(text, at, files.labels)) return undefined;
  decided('fileNumber');
  return i + m[0].length;
}

/** " KLs 10/20": the register (group 1 when listed) and the case's number over its year's two digits. */
function referenceRe(registers: readonly string[]): RegExp {
  // Registers match as written: "StR", not "str".
  return listRegex(registers, String.raw`^ (?:(W)|[A-Z][A-Za-z]{0,4}) \d{1,6}\/\d{2}(?![\d/])`, 'u');
}

/** Does one of the pack's file labels ("Az.", "Aktenzeichen") stand right before `at`, a space apart? */
function labelBefore(text: string, at: number, labels: readonly string[] = NONE): boolean {
  const before = text.slice(Math.max(0, at - 16), at);
  return labels.some((label) => before.endsWith(label + ' ') || before.endsWith(label + '\u00a0') || before.endsWith(label + ': '));
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
