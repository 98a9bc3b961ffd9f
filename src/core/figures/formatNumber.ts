import type { Lang } from '../types';

/** Writes a value the way the document's language does ("76,000" / "76.000"), for messages. */
export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(lang === 'de' ? 'de-DE' : 'en-US', { maximumFractionDigits: 6 });
}
