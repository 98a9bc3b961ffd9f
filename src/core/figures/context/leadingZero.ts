import type { Figure } from '../../types';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once. */
const AFTER_WORD_RE = /\p{L}[\s\u00a0]?\(?$/u;

/**
 * leadingZero: a plain count of two digits with a leading zero right after a word, "semaine 09",
 * "Allier (03)", is a number in a series (a week, a French département), which no one writes as
 * an amount: no figure. Only a bare count after a word or its bracket: "05 ans" is a duration,
 * "06 juin" a date, "03 blessés" counts the noun after it, "2026-12-01" and "17/05" are parts of dates.
 */
export function isLeadingZeroCode(text: string, figure: Figure): boolean {
  if (figure.kind !== 'count' || figure.unit !== undefined || figure.hedge !== undefined || figure.noun !== undefined || !/^0[1-9]$/.test(figure.text)) return false;
  const { start, end } = figure.span;
  if (!AFTER_WORD_RE.test(text.slice(Math.max(0, start - 3), start))) return false;
  // In brackets, the code is all there is in them: "(03)", not "(03 blessés)".
  if (text[start - 1] === '(' && text[end] !== ')') return false;
  decided('leadingZero');
  return true;
}
