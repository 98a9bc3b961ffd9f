import type { Figure } from '../types';
import { isDigitAt, isLetter, isSpace } from './chars';
import { dateForms, eitherOrder, encodeDate, NUMERIC_DATE_RE, SLASH_DATE_RE, slashDayMonth } from './dates';
import type { LanguagePack } from './lang/pack';
import { make } from './makeFigure';
import { wordSet } from './words';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const CAPITAL_RE = /^\p{Lu}/u;
const UPPER_RE = /\p{Lu}/u;

/** Dates: "6 August", "6. August 2024", "August 6", "Aug. 6, 2024", "06.08.2024", "1er septembre". */
export function dateAt(text: string, at: number, pack: LanguagePack): Figure | undefined {
  // Cheap guards first: a day is one or two digits followed by ".", a space, a letter (or, where the
  // pack hyphens a holiday's date, "14-Juillet", a hyphen); a month
  // name starts with a letter. Most tokens fail these and never reach the large regexes.
  const afterDay = isDigitAt(text, at) ? (isDigitAt(text, at + 1) ? at + 2 : at + 1) : -1;
  const dayLike = afterDay > 0 && !isDigitAt(text, afterDay) && (text[afterDay] === '.' || isSpace(text.charCodeAt(afterDay)) || isLetter(text[afterDay] ?? ' ') || (text[afterDay] === '-' && pack.dayMonthHyphen === true));
  if (dayLike) return dayFirst(text, at, pack, afterDay);
  if (afterDay > 0 && text[afterDay] === '/' && pack.slashDates) return slashDate(text, at, pack, pack.slashDates);
  return monthFirst(text, at, pack);
}

/** "17/05/2018": a date, not three numbers (nor 17/5 and a year). */
function slashDate(text: string, at: number, pack: LanguagePack, order: 'day-first' | 'month-first'): Figure | undefined {
  if (/[\d/.]/.test(text[at - 1] ?? ' ')) return undefined;
  SLASH_DATE_RE.lastIndex = at;
  const d = SLASH_DATE_RE.exec(text);
  if (!d) return undefined;
  const [day, month] = slashDayMonth(Number(d[1]), Number(d[2]), order);
  const year = d[3].length === 2 ? 2000 + Number(d[3]) : Number(d[3]);
  const value = encodeDate(day, month, year);
  if (value === undefined) return undefined;
  const figure = make(text, at, at + d[0].length, value, 'date', pack);
  // "05/06/2024" in English: 6 May in New York, 5 June in London; the figure matches either.
  if (pack.slashDatesEitherOrder && eitherOrder(day, month)) figure.eitherOrder = true;
  return figure;
}

function dayFirst(text: string, at: number, pack: LanguagePack, afterDay: number): Figure | undefined {
  const { dayMonth, spacedDayMonth, spacedDaySuffixes } = dateForms(pack);
  // "1 er janvier" is asked only where such a suffix stands one space after the day.
  const spaced = spacedDayMonth && isSpace(text.charCodeAt(afterDay)) && spacedDaySuffixes.some((x) => text.startsWith(x, afterDay + 1)) ? spacedDayMonth : undefined;
  for (const re of spaced ? [NUMERIC_DATE_RE, dayMonth, spaced] : [NUMERIC_DATE_RE, dayMonth]) {
    re.lastIndex = at;
    const d = re.exec(text);
    if (!d) continue;
    const numeric = re === NUMERIC_DATE_RE;
    const day = Number(d[1]);
    const month = numeric ? Number(d[2]) : pack.months[d[2].toLowerCase()];
    let year = d[3] ? Number(d[3]) : 0;
    if (numeric && year < 100) year += 2000;
    // "May" and "March" are also words: only a capitalized month counts after a day.
    if (!numeric && wordSet(pack.monthsAlsoWords).has(d[2].toLowerCase()) && !CAPITAL_RE.test(d[2])) continue;
    const value = encodeDate(day, month, year);
    // The dot belongs to an abbreviation ("6 Aug."), not to a full month ending a sentence ("6 June.").
    const end = at + d[0].length - (!d[3] && !numeric && d[0].endsWith('.') && !isAbbreviation(d[2], pack) ? 1 : 0);
    if (value !== undefined) return make(text, at, end, value, 'date', pack);
  }
  return undefined;
}

/** "August 6", "Aug. 6, 2024": a capitalized month, then the day, where the language writes it so. */
function monthFirst(text: string, at: number, pack: LanguagePack): Figure | undefined {
  const { monthDay } = dateForms(pack);
  if (!monthDay || !UPPER_RE.test(text[at] ?? '')) return undefined;
  monthDay.lastIndex = at;
  const d = monthDay.exec(text);
  if (!d) return undefined;
  const value = encodeDate(Number(d[2]), pack.months[d[1].toLowerCase()], d[3] ? Number(d[3]) : 0);
  return value !== undefined ? make(text, at, at + d[0].length, value, 'date', pack) : undefined;
}

/** A month form is an abbreviation when a longer form of the same month starts with it ("Aug", "sept"). */
function isAbbreviation(form: string, pack: LanguagePack): boolean {
  const lower = form.toLowerCase();
  const month = pack.months[lower];
  return Object.keys(pack.months).some((other) => other.length > lower.length && other.startsWith(lower) && pack.months[other] === month);
}
