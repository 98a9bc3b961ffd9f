import type { Lang } from '../types';

/**
 * Reads a run of digits and separators as the document's locale writes numbers.
 * English: "," groups thousands and "." marks decimals ("76,000", "1.5").
 * German: "." groups thousands and "," marks decimals ("120.000", "2,4").
 * Spaces (plain, thin, narrow no-break) and the Swiss apostrophe group thousands in both.
 * Returns undefined when the run is not a well-formed number in that locale (e.g. "1,1,1").
 */
export function parseLocaleNumber(raw: string, lang: Lang): number | undefined {
  const group = lang === 'de' ? '.' : ',';
  const decimal = lang === 'de' ? ',' : '.';
  const cleaned = raw.replace(/[\u0020\u00a0\u2009\u202f'’]/g, (sep) => (sep === ' ' || sep === '\u00a0' || sep === '\u2009' || sep === '\u202f' || sep === "'" || sep === '’' ? group : sep));
  const [intPart, fracPart, extra] = cleaned.split(decimal);
  if (extra !== undefined) return undefined;
  const groups = intPart.split(group);
  if (groups.length > 1) {
    // Grouped numbers: 1-3 leading digits, then groups of exactly three.
    if (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return undefined;
  } else if (!/^\d+$/.test(intPart)) {
    return undefined;
  }
  if (fracPart !== undefined && !/^\d+$/.test(fracPart)) return undefined;
  return Number(groups.join('') + (fracPart !== undefined ? '.' + fracPart : ''));
}
