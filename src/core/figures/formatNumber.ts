import type { Lang } from '../types';
import { packFor } from './lang';

/** Writes a value the way the document's language does ("76,000" / "76.000" / "76 000"), for messages. */
export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(packFor(lang).locale, { maximumFractionDigits: 6 });
}
