import type { Figure } from '../types';
import { conversionsInto } from './conversions';
import { type FigureIndex, type FigureMatch, type LocatedFigure, lookupValue } from './figureIndex';

/**
 * Finds the source figure a draft figure agrees with, and says how:
 * - exact: the same value in the same kind and unit, whatever the language or format
 *   ("120,000" and "120.000", "sechs" and "six", "6 August" and "6. August 2024"; degrees
 *   without a scale and Celsius or Fahrenheit);
 * - rounded: a hedged figure ("about 76,000", "more than 76,000") or one written with a scale
 *   word ("1.2 million") stands for a source value that rounds to it in the hedge's direction;
 * - converted: the same quantity in another unit, as rounded as the draft writes it
 *   ("12 miles" for "20 km", "68 °F" for "20 °C"), or a share as a fraction and as a percentage
 *   ("one in five" for "20 percent").
 * A bare round figure is a claim of that number: "80,000" does not match "over 76,000".
 */
export function matchFigure(figure: Figure, index: FigureIndex): FigureMatch | undefined {
  if (figure.kind === 'ordinal') return undefined;
  const key = lookupValue(figure);
  const units = sameUnits(figure.unit);
  // Past double precision a value is no longer the number written ("1" and 400 digits, Infinity):
  // such a number matches only the same digits as written, never by rounding or conversion.
  const written = digitsBeyondDouble(figure);
  const exact = units
    .flatMap((unit) => index.inRange(figure, key, key, unit))
    .filter((c) => sameDate(figure, c.figure) && (written === undefined && digitsBeyondDouble(c.figure) === undefined ? true : written === digitsBeyondDouble(c.figure)));
  if (exact.length > 0) return { kind: 'exact', source: exact[0] };
  if (written !== undefined) return undefined;
  const step = precision(figure);
  if (step > 0 && figure.hedge !== 'exactly' && (figure.hedge || figure.scale) && figure.kind !== 'date' && figure.kind !== 'year') {
    const [low, high] = roundingWindow(figure, step);
    const near = units.flatMap((unit) => index.inRange(figure, low, high, unit));
    if (near.length > 0) return { kind: 'rounded', source: nearestTo(figure.value, near) };
  }
  if (figure.unit && figure.kind === 'quantity') {
    const half = Math.max(step, 1) / 2;
    for (const conversion of conversionsInto(figure.unit)) {
      // Candidates in the other unit whose converted value rounds to the draft's value.
      const candidates = index.inRange(figure, -Infinity, Infinity, conversion.from).filter((c) => Math.abs(conversion.convert(c.figure.value) - figure.value) <= half);
      if (candidates.length > 0) return { kind: 'converted', source: candidates[0] };
    }
  }
  const share = shareAsPercentage(figure, index);
  if (share) return { kind: 'converted', source: share };
  return undefined;
}

/**
 * The digits of a number written with more significant digits than a double holds (over 15),
 * or whose value overflowed: its identity is its digits, not its value. Undefined otherwise.
 */
function digitsBeyondDouble(figure: Figure): string | undefined {
  if (!Number.isFinite(figure.value)) return figure.text.replace(/\D/g, '') || 'Infinity';
  const digits = figure.text.replace(/\D/g, '').replace(/^0+/, '');
  return digits.length > 15 && !figure.scale ? digits : undefined;
}

/**
 * Units that say the same: degrees without a scale ("40 Grad", "35 degrees") are the Celsius or
 * Fahrenheit of the text they stand in, so they agree with either.
 */
function sameUnits(unit: string | undefined): Array<string | undefined> {
  if (unit === '°') return ['°', '°C', '°F'];
  if (unit === '°C' || unit === '°F') return [unit, '°'];
  return [unit];
}

/**
 * A share written as a fraction in one text and as a percentage in the other: "one in five" or
 * "a fifth" for "20 percent", "ein Drittel" for "33%". A fraction is as round as a writer makes
 * it, so it stands for percentages within 2.5 points of it; a bound says on which side, and a
 * writer rounds a bound more loosely: "more than half" for 50 to 55 percent, "nearly half" for
 * 45 to 50.
 */
function shareAsPercentage(figure: Figure, index: FigureIndex): LocatedFigure | undefined {
  if (figure.kind === 'count' && !figure.unit && figure.value > 0 && figure.value < 1) {
    const percent = figure.value * 100;
    const [below, above] = shareWindow(figure);
    const found = index.inRange({ ...figure, kind: 'percent' }, percent - below, percent + above, '%');
    return found.length > 0 ? nearestTo(percent, found) : undefined;
  }
  if (figure.kind === 'percent' && figure.unit === '%' && figure.value > 0 && figure.value < 100) {
    const share = figure.value / 100;
    const [below, above] = shareWindow(figure);
    const found = index.inRange({ ...figure, kind: 'count', unit: undefined }, share - below / 100, share + above / 100);
    return found.length > 0 ? nearestTo(share, found) : undefined;
  }
  return undefined;
}

/** How many percentage points below and above a share its writer may mean, by the hedge. */
function shareWindow(figure: Figure): [below: number, above: number] {
  if (figure.hedge === 'exactly') return [0, 0];
  const side = boundSide(figure);
  return side === 'above' ? [0, 5] : side === 'below' ? [5, 0] : [2.5, 2.5];
}

/** On which side of its value a bound puts what the writer means: "more than" above, "nearly" below. */
function boundSide(figure: Figure): 'above' | 'below' | 'around' {
  switch (figure.hedge) {
    case 'more-than':
    case 'at-least':
      return 'above';
    case 'nearly':
    case 'up-to':
    case 'less-than':
    case 'at-most':
      return 'below';
    default:
      return 'around';
  }
}

/** Dates with a year on both sides must agree on it; a date without a year matches any year. */
function sameDate(a: Figure, b: Figure): boolean {
  if (a.kind !== 'date') return true;
  const ya = Math.floor(a.value / 10000);
  const yb = Math.floor(b.value / 10000);
  return ya === 0 || yb === 0 || ya === yb;
}

/**
 * The precision a writer implies: "76,000" is rounded to thousands, "1.2 million" and "12 lakh"
 * to hundred thousands, "twelve million" to millions, "7.42" to hundredths.
 */
export function precision(figure: Figure): number {
  const value = Math.abs(figure.value);
  if (value === 0) return 0;
  if (figure.scale) return figure.scale / 10 ** decimalPlaces(value / figure.scale);
  const digits = figure.text.replace(/[^\d.,]/g, '');
  const decimals = /[.,](\d{1,2})$/.exec(digits);
  if (!Number.isInteger(value)) return decimals ? 10 ** -decimals[1].length : 0;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

/** Decimal places of a number as written before its scale word: 1.25 -> 2 (float noise removed). */
function decimalPlaces(mantissa: number): number {
  const written = String(Number(mantissa.toPrecision(12)));
  const point = written.indexOf('.');
  return point < 0 || written.includes('e') ? 0 : written.length - point - 1;
}

/**
 * Which source values a hedged figure may stand for: "about 76,000" either side of it; "more
 * than 76,000" from 76,000 up to the next step; "nearly"/"up to 80,000" from just below it.
 */
function roundingWindow(figure: Figure, step: number): [number, number] {
  const side = boundSide(figure);
  if (side === 'above') return [figure.value, figure.value + step - step * 1e-9];
  if (side === 'below') return [figure.value - step + step * 1e-9, figure.value];
  return [figure.value - step / 2, figure.value + step / 2];
}

function nearestTo<T extends { figure: Figure }>(value: number, items: T[]): T {
  return items.reduce((best, item) => (Math.abs(item.figure.value - value) < Math.abs(best.figure.value - value) ? item : best));
}
