/** Month names and abbreviations of English and German, to 1-based month numbers. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, okt: 10, dezember: 12, dez: 12,
};

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** "6 August", "6. August 2024", "6th Aug.", "06.08.2024" starting at a digit (sticky). */
export const DAY_MONTH_RE = new RegExp(String.raw`(\d{1,2})(?:\.|st|nd|rd|th)?\s?(?:of\s)?(${MONTH_NAMES})\.?(?![\p{L}])(?:,?\s(\d{4})(?!\d))?`, 'iuy');
/** "August 6", "Aug. 6, 2024" starting at the month word (sticky). */
export const MONTH_DAY_RE = new RegExp(String.raw`(${MONTH_NAMES})\.?\s(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s(\d{4})(?!\d))?`, 'iuy');
/** "06.08.2024" or "6.8.24" (sticky). */
export const NUMERIC_DATE_RE = /(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/y;

/** A date as yyyymmdd, year 0 when not written, so that formats and languages compare. */
export function encodeDate(day: number, month: number, year = 0): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return year * 10000 + month * 100 + day;
}
