import type { Figure } from '../types';
import { conversionBetween, conversionsInto } from './conversions';
import { swappedDate } from './dates';
import { type FigureIndex, type FigureMatch, type LocatedFigure, lookupValue } from './figureIndex';
import { packFor } from './lang';
import { AGE, DAY, POINT, sameCount } from './lang/common/concepts';

/**
 * Finds the source figure a draft figure agrees with, and says how. A figure is a claim: a
 * number of something, so where both sides name what they count, they must name the same thing
 * (or one a kind of the other: residents are people); an age matches only an age.
 * - exact: the same value in the same kind and unit, whatever the language or format
 *   ("120,000" and "120.000", "sechs" and "six", "6 August" and "6. August 2024"; degrees
 *   without a scale and Celsius or Fahrenheit; "fell 3.8 percent" and "-3,8 Prozent");
 * - rounded: a hedged figure ("about 76,000", "more than 76,000") or one written with a scale
 *   word ("1.2 million") stands for a source value that rounds to it in the hedge's direction,
 *   no further than its precision and a twentieth of it allow ("about 100" is not 75);
 * - converted: the same quantity or duration in another unit of its family, where one side
 *   rounds to the other at its own precision ("12 miles" for "20 km", "19.5 feet" for "6 m",
 *   "two weeks" for "14 Tage"), or a share as a fraction and as a percentage ("one in five" for
 *   "20 percent"; "zero" and "one" are no shares).
 * A bare round figure is a claim of that number: "80,000" does not match "over 76,000".
 */
export function matchFigure(figure: Figure, index: FigureIndex): FigureMatch | undefined {
  if (figure.kind === 'ordinal') return undefined;
  const agree = (c: LocatedFigure) => subjectsAgree(figure, c.figure) && boundsAgree(figure, c.figure) && !strictlyPast(figure, c.figure);
  // Past double precision a value is no longer the number written ("1" and 400 digits, Infinity):
  // such a number matches only the same digits as written, never by rounding or conversion.
  const written = digitsBeyondDouble(figure);
  const exact = sameValue(figure, index).filter((c) => agree(c) && written === digitsBeyondDouble(c.figure));
  if (exact.length > 0) return { kind: 'exact', source: exact[0] };
  if (written !== undefined) return undefined;
  const step = precision(figure);
  if (step > 0 && figure.hedge !== 'exactly' && (figure.hedge || figure.scale) && figure.kind !== 'date' && figure.kind !== 'year') {
    const [low, high] = roundingWindow(figure, step);
    // A rounded or bounded claim is one of an outcome: "mehr als 170" is not "the 172 needed for a majority".
    const near = inWindow(figure, index, low, high).filter((c) => agree(c) && (!c.figure.requirement || figure.requirement));
    if (near.length > 0) return { kind: 'rounded', source: nearestTo(figure.value, near) };
  }
  const converted = convertedFrom(figure, index).filter(agree);
  if (converted.length > 0) return { kind: 'converted', source: converted[0] };
  const amount = bareAmount(figure, index).filter(agree);
  if (amount.length > 0) return { kind: 'exact', source: amount[0] };
  const share = shareAsPercentage(figure, index, agree);
  if (share) return { kind: 'converted', source: share };
  const days = countedTimes(figure, index).filter(agree);
  if (days.length > 0) return { kind: 'exact', source: days[0] };
  return undefined;
}

/**
 * "96 jours d'audience" and "an 96 Verhandlungstagen": a duration and a count of the very value
 * whose noun ends in a word of that unit of time (in its own language) count the same days.
 */
function countedTimes(figure: Figure, index: FigureIndex): LocatedFigure[] {
  if (figure.hedge || !Number.isInteger(figure.value)) return [];
  if (figure.kind === 'duration' && figure.unit) {
    const unit = figure.unit;
    return index.inRange({ ...figure, kind: 'count', unit: undefined }, figure.value, figure.value).filter((c) => timeUnitOfNoun(c.figure) === unit);
  }
  const unit = figure.kind === 'count' ? timeUnitOfNoun(figure) : undefined;
  return unit ? index.inRange({ ...figure, kind: 'duration', unit }, figure.value, figure.value).filter((c) => !c.figure.hedge) : [];
}

/** The unit of time a count's noun ends in: "Verhandlungstagen" -> day (a compound's last part is a word of the unit). */
function timeUnitOfNoun(figure: Figure): string | undefined {
  const noun = figure.noun?.toLowerCase();
  if (!noun || figure.hedge) return undefined;
  for (const [words, unit, kind] of packFor(figure.lang).units) {
    if (kind === 'duration' && words.some((w) => w.length >= 3 && /^\p{L}+$/u.test(w) && noun.endsWith(w.toLowerCase()))) return unit;
  }
  return undefined;
}

/**
 * The source figures with the draft figure's very number that count or measure something else
 * ("6 reactors" where the source has "6 vehicles"): the figure is no match, and these say why.
 */
export function sameNumberOtherSubject(figure: Figure, index: FigureIndex): LocatedFigure[] {
  if (figure.kind === 'ordinal' || digitsBeyondDouble(figure) !== undefined) return [];
  return sameValue(figure, index).filter((c) => !subjectsAgree(figure, c.figure) && digitsBeyondDouble(c.figure) === undefined);
}

/**
 * Do two figures count the same thing, as far as both say? Yes when either names nothing, or
 * one's concept is the other's or a kind of it, or the two are counted alike (seats and members;
 * lang/common/concepts.ts). An age is a concept like any other: "about 100
 * people" is not "aged 75" (an age is only looked up as a count or a duration in years).
 */
export function subjectsAgree(a: Figure, b: Figure): boolean {
  if (a.subject === undefined || b.subject === undefined || a.subject === b.subject) return true;
  return sameCount(a.subject, b.subject);
}

/**
 * A bound and the opposite bound are two claims: "at least 200,000" is not "höchstens 200.000",
 * "nearly 50" not "more than 50". A hedge "about" either side, or none, agrees with either.
 */
function boundsAgree(a: Figure, b: Figure): boolean {
  const sides = [boundSide(a), boundSide(b)];
  return !(sides.includes('above') && sides.includes('below'));
}

/**
 * A strict bound excludes its own number: "more than €375,000" is not the "375 000 euros" of a
 * maximum, "fewer than 20" not "20". Only the same bound says it ("mehr als 120" for "more than
 * 120"); "at least 20" or "about 20" in the source does not.
 */
function strictlyPast(draft: Figure, source: Figure): boolean {
  if (!draft.strictBound) return false;
  return source.hedge !== draft.hedge && Math.abs(source.value) === Math.abs(draft.value);
}

/** Source figures with the same value (a fall read as its signed change), date and unit family. */
function sameValue(figure: Figure, index: FigureIndex): LocatedFigure[] {
  const key = lookupValue(figure);
  return [...inWindow(figure, index, key, key).filter((c) => sameDate(figure, c.figure)), ...otherOrder(figure, index), ...monthsOfYear(figure, index), ...pointsOfOtherReading(figure, index)];
}

/**
 * "05/06/2024" reads 6 May in an American text and 5 June in a British one: where either side is
 * such a date (`eitherOrder`), the other reading of the draft date agrees too, so neither
 * convention is warned about ("5 June 2024" for the source's "05/06/2024", and the other way).
 */
function otherOrder(figure: Figure, index: FigureIndex): LocatedFigure[] {
  if (figure.kind !== 'date') return [];
  const swapped = swappedDate(figure.value);
  if (swapped === undefined) return [];
  const other: Figure = { ...figure, value: swapped };
  const key = lookupValue(other);
  return index.inRange(other, key, key).filter((c) => (figure.eitherOrder || c.figure.eitherOrder) && sameDate(other, c.figure));
}

/**
 * "mit 30 Punkten Vorsprung" and "won by 30 points": one text read its points as percentage
 * points (its sentence named the vote), the other as a count of points (the vote was named a
 * sentence away). The two are one claim; any other count of that number is not.
 */
function pointsOfOtherReading(figure: Figure, index: FigureIndex): LocatedFigure[] {
  const key = figure.value;
  if (figure.kind === 'count' && !figure.unit && figure.subject === POINT) return index.inRange({ ...figure, kind: 'percent', subject: undefined }, key, key, 'pp');
  if (figure.kind === 'percent' && figure.unit === 'pp') return index.inRange({ ...figure, kind: 'count', unit: undefined }, key, key).filter((c) => c.figure.subject === POINT);
  return [];
}

/**
 * A year alone is said by a month of it: "1962" in a draft for "im Februar 1962" in the source.
 * Month dates are looked up by their month (mm00), so this is twelve searches, not a scan.
 */
function monthsOfYear(figure: Figure, index: FigureIndex): LocatedFigure[] {
  if (figure.kind !== 'year' || !Number.isInteger(figure.value) || figure.value <= 0) return [];
  const out: LocatedFigure[] = [];
  for (let month = 1; month <= 12; month++) {
    out.push(...index.inRange({ ...figure, kind: 'date', unit: undefined }, month * 100, month * 100).filter((c) => Math.floor(c.figure.value / 10000) === figure.value));
  }
  return out;
}

/**
 * Source figures in [low, high] in every bucket the figure may be written in: its own kind and
 * units; an age also as a plain count or a duration in years ("aged 75", "75 Jahre alt"); days
 * counted also as a number of days ("on 23 days", "an 23 Tagen"); and a
 * fall ("fell 3.8 percent") as the negative number, or a negative one as a written fall.
 */
function inWindow(figure: Figure, index: FigureIndex, low: number, high: number): LocatedFigure[] {
  const out: LocatedFigure[] = [];
  for (const like of lookups(figure)) {
    // A number of days looks among counts only for days counted, not for any count of its value.
    if (like.subject === DAY && figure.subject !== DAY) {
      out.push(...index.inRange(like, low, high).filter((c) => c.figure.subject === DAY));
      continue;
    }
    for (const unit of sameUnits(like.unit)) out.push(...index.inRange(like, low, high, unit));
    if (figure.change === 'fall' && low > 0) for (const unit of sameUnits(like.unit)) out.push(...index.inRange(like, -high, -low, unit));
    if (high < 0) for (const unit of sameUnits(like.unit)) out.push(...index.inRange(like, -high, -low, unit).filter((c) => c.figure.change === 'fall'));
  }
  return out;
}

function lookups(figure: Figure): Figure[] {
  // Days counted ("on 23 days") and a number of days ("an 23 Tagen") are one claim either way round.
  if (figure.subject === DAY && figure.kind === 'count') return [figure, { ...figure, kind: 'duration', unit: 'day', subject: undefined }];
  if (figure.kind === 'duration' && figure.unit === 'day' && figure.subject === undefined) return [figure, { ...figure, kind: 'count', unit: undefined, subject: DAY }];
  if (figure.subject !== AGE) return [figure];
  const asCount: Figure = { ...figure, kind: 'count', unit: undefined };
  const asYears: Figure = { ...figure, kind: 'duration', unit: 'year' };
  return figure.kind === 'count' ? [asCount, asYears] : figure.kind === 'duration' && figure.unit === 'year' ? [asYears, asCount] : [figure];
}

/**
 * An amount in millions or billions that names nothing it counts ("steigt um 1,3 Milliarden")
 * is money where its sentence or the one before names a currency, and one side may have read it
 * so while the other did not: such a bare amount and money of the very value match.
 */
function bareAmount(figure: Figure, index: FigureIndex): LocatedFigure[] {
  if (!figure.scale || figure.scale < 1e6) return [];
  const key = figure.value;
  if (isBareAmount(figure)) {
    return index.unitsOf('money').flatMap((unit) => index.inRange({ ...figure, kind: 'money', unit }, key, key)).filter((c) => c.figure.scale !== undefined);
  }
  if (figure.kind !== 'money') return [];
  return index.inRange({ ...figure, kind: 'count', unit: undefined }, key, key).filter((c) => isBareAmount(c.figure));
}

function isBareAmount(figure: Figure): boolean {
  return figure.kind === 'count' && figure.unit === undefined && figure.subject === undefined && (figure.noun === undefined || figure.noun.length <= 1) && (figure.scale ?? 0) >= 1e6;
}

/**
 * Source figures in another unit of the figure's family (lengths, masses, volumes, durations,
 * a currency and its cents, basis and percentage points)
 * where one side, converted, rounds to the other at the other's written precision: "19.5 feet"
 * is 5.94 m, which rounds to "6 m"; "5.45 m" is 17.9 ft, which is not "19.5 feet".
 */
function convertedFrom(figure: Figure, index: FigureIndex): LocatedFigure[] {
  if (!figure.unit || (figure.kind !== 'quantity' && figure.kind !== 'duration' && figure.kind !== 'money' && figure.kind !== 'percent')) return [];
  const out: LocatedFigure[] = [];
  for (const conversion of conversionsInto(figure.unit)) {
    const back = conversionBetween(figure.unit, conversion.from);
    const draftHalf = writtenStep(figure) / 2;
    for (const c of index.inRange(figure, -Infinity, Infinity, conversion.from)) {
      if (!subjectsAgree(figure, c.figure)) continue;
      const converted = conversion.convert(c.figure.value);
      const sourceRounds = Math.abs(converted - figure.value) <= draftHalf + 1e-9;
      const draftRounds = back !== undefined && Math.abs(back.convert(figure.value) - c.figure.value) <= writtenStep(c.figure) / 2 + 1e-9;
      if ((sourceRounds || draftRounds) && withinConversionReach(figure, converted)) out.push(c);
    }
  }
  return out;
}

/**
 * A converted figure is the same quantity, as near as its writer rounds: within a twentieth of
 * it ("19.5 feet" is 1% from 6 m; "24 days" is 14% from three weeks), and on the side its bound
 * says ("at least 24 days" is not three weeks).
 */
const CONVERSION_REACH = 0.05;

function withinConversionReach(figure: Figure, converted: number): boolean {
  const reach = Math.max(Math.abs(figure.value) * CONVERSION_REACH, writtenStep(figure) / 2);
  const side = boundSide(figure);
  if (side === 'above' && converted < figure.value - writtenStep(figure) / 2) return false;
  if (side === 'below' && converted > figure.value + writtenStep(figure) / 2) return false;
  return Math.abs(converted - figure.value) <= reach + 1e-9;
}

/**
 * The step a number is written to, for conversions: its last decimal place ("19.5" -> 0.1), a
 * unit for a whole number ("20 km" is 20, not "some tens of kilometres"), its scale's precision
 * with a scale word ("1.2 million" -> 100,000).
 */
function writtenStep(figure: Figure): number {
  if (figure.scale) return precision(figure);
  // The last separator's digits: "0,2516" is written to ten-thousandths, "1,234.5" to tenths.
  const decimals = /[.,](\d+)$/.exec(figure.text.replace(/[^\d.,]/g, ''));
  return Number.isInteger(figure.value) || !decimals ? 1 : 10 ** -decimals[1].length;
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
 * 45 to 50. Whole numbers are no shares: "zero", "one" and "net-zero" are never 0% or 100%.
 */
function shareAsPercentage(figure: Figure, index: FigureIndex, agree: (c: LocatedFigure) => boolean): LocatedFigure | undefined {
  if (figure.kind === 'count' && !figure.unit && figure.value > 0 && figure.value < 1) {
    const percent = figure.value * 100;
    const [below, above] = shareWindow(figure);
    const found = index.inRange({ ...figure, kind: 'percent' }, percent - below, percent + above, '%').filter(agree);
    return found.length > 0 ? nearestTo(percent, found) : undefined;
  }
  if (figure.kind === 'percent' && figure.unit === '%' && figure.value > 0 && figure.value < 100) {
    const share = figure.value / 100;
    const [below, above] = shareWindow(figure);
    const found = index
      .inRange({ ...figure, kind: 'count', unit: undefined }, share - below / 100, share + above / 100)
      .filter((c) => c.figure.value > 0 && c.figure.value < 1 && agree(c));
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
 * How far from itself a hedge lets a figure reach, as a share of its value: "about 100" means
 * 95 to 105, not 75 ("about 10" is not 8); "more than 300" 300 to 330 (309, not 290 nor 400);
 * "nearly 6,000" 5,700 to 6,000 (not 5,408). Within that, never further than the precision the
 * figure is written with ("about 76,000": 75,500 to 76,500).
 */
const AROUND_REACH = 0.05;
const ABOVE_REACH = 0.1;
const BELOW_REACH = 0.05;

/**
 * Which source values a hedged figure may stand for: "about 76,000" either side of it; "more
 * than 76,000" from 76,000 up; "nearly"/"up to 80,000" from just below it.
 */
function roundingWindow(figure: Figure, step: number): [number, number] {
  const side = boundSide(figure);
  const value = Math.abs(figure.value);
  if (side === 'above') {
    const reach = Math.min(step, value * ABOVE_REACH);
    return [figure.value, figure.value + reach - reach * 1e-9];
  }
  if (side === 'below') {
    const reach = Math.min(step, value * BELOW_REACH);
    return [figure.value - reach + reach * 1e-9, figure.value];
  }
  const half = Math.min(step / 2, value * AROUND_REACH);
  return [figure.value - half, figure.value + half];
}

function nearestTo<T extends { figure: Figure }>(value: number, items: T[]): T {
  return items.reduce((best, item) => (Math.abs(Math.abs(item.figure.value) - Math.abs(value)) < Math.abs(Math.abs(best.figure.value) - Math.abs(value)) ? item : best));
}
