import { decided } from './trace';

/**
 * Denominators a fraction in digits is written with ("1/3", "3/4", "2/1000"). Other pairs with
 * a slash are dates, names or idioms: "9/11", "24/7", "20/20", "on 3/15".
 */
const DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20, 25, 32, 64, 100, 1000]);

/** Is "numerator/denominator" a fraction: smaller than one, over a denominator fractions use? */
export function isDigitFraction(numerator: number, denominator: number): boolean {
  return numerator < denominator && DENOMINATORS.has(denominator);
}

/**
 * A denominator after the slash: up to four digits, or a thousand written with a group separator
 * ("30/1.000", "18/1 000" with a no-break space), the one grouped denominator fractions use;
 * read short, "30/1" would be stepped over and ".000" read as a count of 0.
 */
export const DENOMINATOR = String.raw`(1[.,\u00a0\u202f]000|\d{1,4})(?![\d/])`;
/** The denominator's value: its digits, without the group separator. */
export const denominatorValue = (written: string): number => Number(written.replace(/\D/g, ''));

const PAIR_RE = new RegExp(String.raw`(\d{1,4})\/` + DENOMINATOR, 'y');

/**
 * slashPair: where a pair such as "9/11", "24/7" or "3/15" ends, when it starts at `at` and is
 * no fraction: no figure at all (its two numbers would be false counts), so the reader steps over it.
 */
export function slashPairEnd(text: string, at: number): number | undefined {
  if (text[at - 1] === '/' || (at > 0 && text.charCodeAt(at - 1) >= 48 && text.charCodeAt(at - 1) <= 57)) return undefined;
  PAIR_RE.lastIndex = at;
  const m = PAIR_RE.exec(text);
  if (!m || isDigitFraction(Number(m[1]), denominatorValue(m[2]))) return undefined;
  decided('slashPair');
  return at + m[0].length;
}
