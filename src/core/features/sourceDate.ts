/**
 * A source's date as a writer reads it: "2026-06-14T08:30:00Z" (an HTML page's published time,
 * a Word or PDF file's creation time) as "June 14, 2026" in the UI language. The calendar date
 * is the one the string writes, never shifted into another time zone: a page published at 23:30
 * New York time was published that day. A year-month is written as month and year; anything
 * else (a year, "spring 2026", an impossible day) stays as written.
 */
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export function sourceDate(date: string, locale?: string): string {
  const parts = ISO_DATE.exec(date.trim());
  if (!parts) return date;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), parts[3] === undefined ? 1 : Number(parts[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over into March: a day that does not exist stays as written.
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return date;
  const options: Intl.DateTimeFormatOptions = parts[3] === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return formatter(locale, options).format(at);
}

/** Intl's formatter for the locale; one it refuses (VS Code's "qps-ploc", a typo) gives English. */
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat('en', options);
  }
}
