import type { Figure, Lang } from '../types';
import { isDigitAt, isLetter, isSpace } from './chars';
import { DAY_MONTH_RE, encodeDate, MONTH_DAY_RE, MONTHS, NUMERIC_DATE_RE } from './lexicon/dates';
import { make } from './makeFigure';

/** Dates: "6 August", "6. August 2024", "August 6", "Aug. 6, 2024", "06.08.2024". */
export function dateAt(text: string, at: number, lang: Lang): Figure | undefined {
  // Cheap guards first: a day is one or two digits followed by ".", a space or a letter; a month
  // name starts with a capital. Most tokens fail these and never reach the large regexes.
  const afterDay = isDigitAt(text, at) ? (isDigitAt(text, at + 1) ? at + 2 : at + 1) : -1;
  const dayLike = afterDay > 0 && !isDigitAt(text, afterDay) && (text[afterDay] === '.' || isSpace(text.charCodeAt(afterDay)) || isLetter(text[afterDay] ?? ' '));
  for (const re of dayLike ? [NUMERIC_DATE_RE, DAY_MONTH_RE] : []) {
    re.lastIndex = at;
    const d = re.exec(text);
    if (!d) continue;
    const numeric = re === NUMERIC_DATE_RE;
    const day = Number(d[1]);
    const month = numeric ? Number(d[2]) : MONTHS[d[2].toLowerCase()];
    let year = d[3] ? Number(d[3]) : 0;
    if (numeric && year < 100) year += 2000;
    // "May" and "March" are also words: only a capitalized month counts after a day.
    if (!numeric && /^(may|march|mar)$/i.test(d[2]) && !/^[A-Z]/.test(d[2])) continue;
    const value = encodeDate(day, month, year);
    // The dot belongs to an abbreviation ("6 Aug."), not to a full month ending a sentence.
    const end = at + d[0].length - (!d[3] && !numeric && d[0].endsWith('.') && d[2].length > 4 ? 1 : 0);
    if (value !== undefined) return make(text, at, end, value, 'date', lang);
  }
  const first = text.charCodeAt(at);
  if (!((first >= 65 && first <= 90) || first === 0xc4 || first === 0xd6 || first === 0xdc)) return undefined;
  MONTH_DAY_RE.lastIndex = at;
  const d = MONTH_DAY_RE.exec(text);
  if (d && /^[A-ZÄÖÜ]/.test(d[1])) {
    const value = encodeDate(Number(d[2]), MONTHS[d[1].toLowerCase()], d[3] ? Number(d[3]) : 0);
    if (value !== undefined) return make(text, at, at + d[0].length, value, 'date', lang);
  }
  return undefined;
}
