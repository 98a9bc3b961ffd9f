import type { Figure } from '../../types';
import { digitRunEnd } from '../chars';
import { dateAt } from '../dateFigure';
import type { LanguagePack } from '../lang/pack';
import { make } from '../makeFigure';
import { mayStartListWord } from '../nearWords';
import { listRegex } from '../words';
import { decided } from './trace';

/**
 * ordinalSuffix: "the 58th minute", "the 19th century", "1er": digits with the language's ordinal
 * suffix are an ordinal, unless they open a date ("6th of August").
 */
export function ordinalSuffixAt(text: string, at: number, pack: LanguagePack): Figure | undefined {
  // At most four digits, then a suffix's first character: most numbers are turned away by that.
  const digits = digitRunEnd(text, at);
  if (pack.ordinalSuffixes.length === 0 || digits === at || digits - at > 4 || !mayStartListWord(text, digits, pack.ordinalSuffixes)) return undefined;
  if (/[\p{L}\p{N}.,]/u.test(text[at - 1] ?? ' ')) return undefined;
  const re = listRegex(pack.ordinalSuffixes, String.raw`(\d{1,4})W(?![\p{L}\p{N}])`, 'iuy');
  re.lastIndex = at;
  const m = re.exec(text);
  // "-12e-1" is a number in scientific notation, not the French "12e".
  if (!m || /[-+]/.test(text[at - 1] ?? ' ') || /^[-+]?\d/.test(text.slice(at + m[0].length, at + m[0].length + 2)) || dateAt(text, at, pack)) return undefined;
  decided('ordinalSuffix');
  return make(text, at, at + m[0].length, Number(m[1]), 'ordinal', pack);
}
