import { isDigitAt } from '../chars';
import { decided } from './trace';

/** Fewer digits than this are no phone number: "07-08", "0 5", "555-12" stay what they read as. */
const MIN_DIGITS = 6;

interface Groups {
  /** The digits of each group, in order. */
  lengths: number[];
  /** Each group starts with a zero. */
  zeros: boolean[];
  /** Every separator between groups is a hyphen (a bracket closing the first group aside). */
  hyphens: boolean;
  end: number;
}

/**
 * phoneNumber: where a telephone number that starts at `at` ends: no figure at all, since each of
 * its groups would read as a count ("0800 100 37 11", "01 23 45 67 89", "+49 30 1234567",
 * "(030) 1234 567", "555-0100", "1-800-555-0199"). Press releases and news give hotlines, and a
 * draft that repeats one would be warned of every group. Told by its shape alone, in every
 * language: groups of digits, one separator apart, at least six digits, and
 * - a plus before it (a country code: "+33 1 23 45 67 89"), or
 * - a first group that starts with a zero and has more digits (a trunk prefix: "030", "0800", "01";
 *   a count is never written so, and "0.5", "0 to 60" have a lone zero), or
 * - hyphens only, with a later group that starts with a zero ("555-0100": a range's upper end
 *   never does) or three or more groups ending in four digits ("212-555-0100").
 * Space-grouped thousands ("1 000 000", "+120 000 emplois") are none of these: their first group
 * has no leading zero, and after a plus they are read as the number they are.
 */
export function phoneNumberEnd(text: string, at: number): number | undefined {
  const before = text.charCodeAt(at - 1);
  if (isDigitAt(text, at - 1)) return undefined;
  const groups = readGroups(text, at, before === 40 /* ( */);
  if (!groups || groups.lengths.length < 2 || groups.lengths.reduce((a, b) => a + b, 0) < MIN_DIGITS) return undefined;
  // "+120 000 emplois" is a gain of jobs, grouped in thousands: a number, plus sign and all.
  const plus = before === 43 /* + */ && !groupedInThousands(groups);
  const trunk = groups.zeros[0] && groups.lengths[0] > 1;
  if (!plus && !trunk && !(groups.hyphens && hyphenatedNumber(groups))) return undefined;
  decided('phoneNumber');
  return groups.end;
}

/** Space-grouped thousands: a first group of one to three digits, then groups of three. */
function groupedInThousands({ lengths, hyphens }: Groups): boolean {
  return !hyphens && lengths[0] <= 3 && lengths.slice(1).every((n) => n === 3);
}

/** "555-0100", "1-800-555-0199", "212-555-0100": a later group led by a zero, or three or more groups ending in four digits. */
function hyphenatedNumber({ lengths, zeros }: Groups): boolean {
  if (zeros.some((zero, i) => i > 0 && zero && lengths[i] >= 3)) return true;
  return lengths.length >= 3 && lengths.at(-1) === 4 && lengths.slice(0, -1).every((n) => n <= 3);
}

/**
 * The groups of digits from `at`, each after one separator: a space (or a no-break one), a hyphen,
 * or a slash between groups of three digits or more ("0800/100", "+1-222-2222/2222"; "05/06/2024"
 * is a date, and "2019/2020" no phone number by the shapes above). A
 * first group in brackets ("(030) 1234") is closed by its bracket; `hyphens` speaks of the
 * separators after it.
 */
function readGroups(text: string, at: number, bracketed: boolean): Groups | undefined {
  const lengths: number[] = [];
  const zeros: boolean[] = [];
  let hyphens = true;
  let i = at;
  for (;;) {
    const start = i;
    while (isDigitAt(text, i)) i++;
    lengths.push(i - start);
    zeros.push(text.charCodeAt(start) === 48);
    if (bracketed && lengths.length === 1) {
      // An area code in brackets, then a space or none: "(212) 555-0100", "(030)1234".
      if (text.charCodeAt(i) !== 41 /* ) */) return undefined;
      const space = text.charCodeAt(i + 1) === 32 ? 1 : 0;
      if (!isDigitAt(text, i + 1 + space)) return undefined;
      i += 1 + space;
      continue;
    }
    const c = text.charCodeAt(i);
    const separator = c === 32 || c === 0xa0 || c === 0x202f || c === 45 || (c === 47 && lengths.at(-1)! >= 3 && digitsFrom(text, i + 1) >= 3);
    if (!separator || !isDigitAt(text, i + 1)) return { lengths, zeros, hyphens, end: i };
    if (c !== 45) hyphens = false;
    i++;
  }
}

function digitsFrom(text: string, at: number): number {
  let i = at;
  while (isDigitAt(text, i)) i++;
  return i - at;
}
