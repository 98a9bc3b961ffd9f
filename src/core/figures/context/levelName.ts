import { digitRunEnd, isDigitAt } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { listRegex } from '../words';
import { decided } from './trace';

/**
 * levelName: "un diplôme Bac +5", "niveau bac+3": a level named by a word of the pack's
 * (context.levelsBeforePlus), a plus and one or two digits, is a name, no count of 5 or 3 (it
 * says how many years of study, but no one checks it as a figure). Returns where the digits end,
 * or undefined. "+5 %" and "+3 points" after any other word stay figures.
 */
export function levelNameEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  const levels = pack.context.levelsBeforePlus;
  if (!levels || !isDigitAt(text, at)) return undefined;
  // The plus right before the digits, or one space before them: "+5", "+ 5".
  const plus = text[at - 1] === '+' ? at - 1 : text[at - 1] === ' ' && text[at - 2] === '+' ? at - 2 : -1;
  if (plus < 0) return undefined;
  const end = digitRunEnd(text, at);
  if (end - at > 2) return undefined;
  if (!listRegex(levels, String.raw`(?:^|[^\p{L}])W[\s\u00a0]?$`, 'iu').test(text.slice(Math.max(0, plus - 12), plus))) return undefined;
  decided('levelName');
  return end;
}
