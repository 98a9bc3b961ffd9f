import type { Figure } from '../../types';
import { isDigitAt } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { make } from '../makeFigure';
import { decided } from './trace';

const SEASON_RE = /((?:19|20)\d\d)[/-](\d\d)(?![\p{L}\p{N}]|[.,]\d)/uy;

/**
 * season: "2020/21", "2020-21": a season or fiscal year over the turn of a year is its first
 * year, one figure (not the year 2020 and a count of 21, nor a pair stepped over). The second
 * part must be the next year, so "2020-25" stays a range.
 */
export function seasonAt(text: string, at: number, pack: LanguagePack): Figure | undefined {
  if (!isDigitAt(text, at) || /[\p{L}\p{N}.,/-]/u.test(text[at - 1] ?? ' ')) return undefined;
  SEASON_RE.lastIndex = at;
  const m = SEASON_RE.exec(text);
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2])) return undefined;
  decided('season');
  return make(text, at, at + m[0].length, Number(m[1]), 'year', pack);
}
