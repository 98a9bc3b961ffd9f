import type { Figure } from '../../types';
import { digitRunEnd } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { make } from '../makeFigure';
import { mayStartListWord } from '../nearWords';
import { listRegex, NONE } from '../words';
import { decided } from './trace';

/** decadeYear: "the 1960s", "in den 1960er-Jahren": a decade is its first year, a year (not a code "1960s"). */
export function decadeYearAt(text: string, at: number, pack: LanguagePack): Figure | undefined {
  const suffixes = pack.context.decadeSuffixes ?? NONE;
  // Four digits ending in 0, then a suffix's first character: most numbers are turned away by that.
  if (suffixes.length === 0 || digitRunEnd(text, at) !== at + 4 || text.charCodeAt(at + 3) !== 48 || !mayStartListWord(text, at + 4, suffixes)) return undefined;
  if (/[\p{L}\p{N}.,]/u.test(text[at - 1] ?? ' ')) return undefined;
  const re = listRegex(suffixes, String.raw`(1[89]\d0|20\d0)W(?![\p{L}\p{N}])`, 'uy');
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return undefined;
  decided('decadeYear');
  return make(text, at, at + m[0].length, Number(m[1]), 'year', pack);
}
