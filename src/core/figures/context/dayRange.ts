import type { Figure } from '../../types';
import { digitRunEnd, isDigitAt, isJsSpace } from '../chars';
import { dateAt } from '../dateFigure';
import type { LanguagePack } from '../lang/pack';
import { make } from '../makeFigure';
import { mayStartListWord } from '../nearWords';
import { conceptAfter } from '../subjectOf';
import { listRegex } from '../words';
import { decided } from './trace';

/**
 * dayRange: "am 14. und 15. Juli", "on 14 and 15 July", "vom 3. bis 5. Mai": the first day takes
 * the month (and year) of the date after it, so it is a date, not the count 14.
 */
/** After the day's digits, its dot and spaces: could a joint start there (or at the dot)? */
function jointMayFollow(text: string, digits: number, joints: readonly string[]): boolean {
  let i = digits;
  if (text.charCodeAt(i) === 46) {
    if (mayStartListWord(text, i, joints)) return true;
    i++;
  }
  while (isJsSpace(text.charCodeAt(i))) i++;
  return mayStartListWord(text, i, joints);
}

export function dayRangeAt(text: string, at: number, pack: LanguagePack): Figure | undefined {
  const joints = pack.context.dayRangeJoints;
  // A day is one or two digits (no joint starts with a digit): years and large numbers are turned away by that.
  const digits = digitRunEnd(text, at);
  if (!joints || digits === at || digits - at > 2 || isDigitAt(text, at - 1) || !jointMayFollow(text, digits, joints)) return undefined;
  const re = listRegex(joints, String.raw`(\d{1,2})(\.?)[\s\u00a0]*W[\s\u00a0]*(?=\d)`, 'iuy');
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return undefined;
  const day = Number(m[1]);
  const next = dateAt(text, at + m[0].length, pack);
  if (!next || next.kind !== 'date' || day < 1 || day > 31) return undefined;
  const monthAndYear = Math.floor(next.value / 100) * 100;
  if (monthAndYear % 10000 === 0) return undefined;
  decided('dayRange');
  return make(text, at, at + m[1].length + m[2].length, monthAndYear + day, 'date', pack);
}

/**
 * "July 13-19", "Aug. 3 to 5": a day after a date and a joint is a date of that month (and year)
 * too, not the count 19. Only a day later in the month than the date's own, written in one or
 * two digits alone.
 */
export function dayAfterDate(text: string, figure: Figure, before: readonly { figure: Figure }[], pack: LanguagePack): Figure {
  const joints = pack.context.dayRangeJoints;
  const previous = before.at(-1)?.figure;
  if (!joints || !previous || previous.kind !== 'date' || figure.kind !== 'count' || figure.unit || figure.hedge || !/^\d{1,2}$/.test(figure.text)) return figure;
  const day = previous.value % 100;
  if (day === 0 || figure.value <= day || figure.value > 31) return figure;
  if (!listRegex(joints, String.raw`^[\s\u00a0]*W[\s\u00a0]*$`, 'iu').test(text.slice(previous.span.end, figure.span.start))) return figure;
  // "on July 4 and 20 people were hurt": a number that counts a noun after it is no day.
  if (conceptAfter(text, figure.span.end, pack) !== undefined) return figure;
  decided('dayRange');
  return make(text, figure.span.start, figure.span.end, previous.value - day + figure.value, 'date', pack);
}
