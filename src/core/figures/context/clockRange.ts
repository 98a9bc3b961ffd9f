import { isDigitCode } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { listRegex, NONE } from '../words';
import { clockTimeEnd } from './clockTime';
import { decided } from './trace';

/**
 * clockRange: "zwischen 18 und 20 Uhr", "from 9 to 11 a.m.": the hour before a range's joint is a
 * time of day like the one after it, which alone carries the marker; the reader steps over both.
 * Returns where the first hour ends, or undefined.
 */
export function clockRangeEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  if (!isDigitCode(text.charCodeAt(at)) || (at > 0 && /[\d.,:]/.test(text[at - 1]))) return undefined;
  const hours = /^(\d{1,2})(?![\d.,:])/.exec(text.slice(at, at + 3));
  if (!hours || Number(hours[1]) > 24) return undefined;
  const end = at + hours[1].length;
  const joint = listRegex(pack.context.rangeJoints ?? NONE, String.raw`[\s\u00a0]+W[\s\u00a0]+(?=\d)`, 'iuy');
  joint.lastIndex = end;
  if (!joint.test(text) || clockTimeEnd(text, joint.lastIndex, pack) === undefined) return undefined;
  decided('clockRange');
  return end;
}
