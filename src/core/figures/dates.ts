import type { LanguagePack } from './lang/pack';
import { escapeRegex } from './words';

interface DateForms {
  /** "6 August", "6. August 2024", "6th Aug.", "1er septembre" starting at a digit (sticky). */
  dayMonth: RegExp;
  /** "1 er janvier": the same with a day suffix one space apart, where the pack has such suffixes (asked only after one). */
  spacedDayMonth?: RegExp;
  /** The day suffixes a space may stand before ("er"). */
  spacedDaySuffixes: readonly string[];
  /** "August 6", "Aug. 6, 2024" starting at the month word (sticky), where the language writes it. */
  monthDay?: RegExp;
}
const FORMS = new WeakMap<LanguagePack, DateForms>();
const escape = escapeRegex;

/** The date patterns of a pack's language, built from its month names and day suffixes. */
export function dateForms(pack: LanguagePack): DateForms {
  let forms = FORMS.get(pack);
  if (forms) return forms;
  const months = Object.keys(pack.months).sort((a, b) => b.length - a.length).map(escape).join('|');
  const alt = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|') || '(?!)';
  const suffixes = alt(pack.daySuffixes);
  // After a month ("August 6th") a day takes its letters, not the dot of "6. August".
  const letterSuffixes = alt(pack.daySuffixes.filter((x) => x !== '.'));
  // "le 1 er janvier": a day suffix the pack lets PDF text set one space apart.
  const spaced = pack.daySuffixes.filter((x) => pack.spacedOrdinalSuffixes?.includes(x));
  const joint = pack.dayMonthJoint ? String.raw`(?:${escape(pack.dayMonthJoint)}\s)?` : '';
  forms = {
    dayMonth: new RegExp(String.raw`(\d{1,2})(?:${suffixes})?${pack.dayMonthHyphen ? '[\\s-]?' : '\\s?'}${joint}(${months})\.?(?![\p{L}])(?:,?\s(\d{4})(?!\d))?`, 'iuy'),
    spacedDayMonth: spaced.length > 0 ? new RegExp(String.raw`(\d{1,2})[\s\u00a0](?:${alt(spaced)})\s${joint}(${months})\.?(?![\p{L}])(?:,?\s(\d{4})(?!\d))?`, 'iuy') : undefined,
    spacedDaySuffixes: spaced,
    monthDay: pack.monthFirst ? new RegExp(String.raw`(${months})\.?\s(\d{1,2})(?:${letterSuffixes})?(?!\d)(?:,?\s(\d{4})(?!\d))?`, 'iuy') : undefined,
  };
  FORMS.set(pack, forms);
  return forms;
}

/** "06.08.2024" or "6.8.24" (sticky), written alike in the languages Backcheck reads. */
export const NUMERIC_DATE_RE = /(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/y;

/**
 * "17/05/2018", "05/17/2018", "17/05/18" (sticky), where the pack reads dates so: day and month in
 * its order, but a number above 12 can only be the day, whatever the order.
 */
export const SLASH_DATE_RE = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/y;

/** The day and month of a slashed date, in the pack's order unless one number can only be a day. */
export function slashDayMonth(first: number, second: number, order: 'day-first' | 'month-first'): [number, number] {
  if (first > 12) return [first, second];
  if (second > 12 || order === 'month-first') return [second, first];
  return [first, second];
}

/** Could a slashed date's two numbers be read either way round, as a day and a month each? */
export function eitherOrder(first: number, second: number): boolean {
  return first !== second && first >= 1 && first <= 12 && second >= 1 && second <= 12;
}

/** A date's other reading, day and month swapped (yyyyddmm), where its day could be a month. */
export function swappedDate(value: number): number | undefined {
  const day = value % 100;
  const month = Math.floor(value / 100) % 100;
  if (day < 1 || day > 12 || day === month) return undefined;
  return value - day - month * 100 + month + day * 100;
}

/** A date as yyyymmdd, year 0 when not written, so that formats and languages compare. */
export function encodeDate(day: number, month: number, year = 0): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return year * 10000 + month * 100 + day;
}
