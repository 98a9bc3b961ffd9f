import { isDigitCode, isJsSpace } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { listRegex, longestWord, NONE } from '../words';
import { clockTimeEnd } from './clockTime';
import { decided } from './trace';

/**
 * clockRange: "zwischen 18 und 20 Uhr", "from 9 to 11 a.m.": the hour before a range's joint is a
 * time of day like the one after it, which alone carries the marker; the reader steps over both.
 * Returns where the first hour ends, or undefined.
 */
export function clockRangeEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  if (!isDigitCode(text.charCodeAt(at)) || (at > 0 && isHourStop(text.charCodeAt(at - 1)))) return undefined;
  // One or two digits, no more, and no decimals or minutes after them.
  const end = isDigitCode(text.charCodeAt(at + 1)) ? at + 2 : at + 1;
  if (isHourStop(text.charCodeAt(end)) || Number(text.slice(at, end)) > 24) return undefined;
  if (!mayBeJoint(text, end, pack)) return undefined;
  const joint = listRegex(pack.context.rangeJoints ?? NONE, String.raw`[\s\u00a0]+W[\s\u00a0]+(?=\d)`, 'iuy');
  joint.lastIndex = end;
  if (!joint.test(text) || clockTimeEnd(text, joint.lastIndex, pack) === undefined) return undefined;
  decided('clockRange');
  return end;
}

/** A digit, or a mark that continues a number: ".", ",", ":". */
function isHourStop(c: number): boolean {
  return isDigitCode(c) || c === 46 || c === 44 || c === 58;
}

/**
 * Is the text at `end` shaped as a joint between hours: spaces, a run of other characters, spaces
 * and a digit? The joint pattern needs that shape when no joint holds a space, and most numbers
 * fail it at once ("20 schools stayed"), before the pattern is run.
 */
function mayBeJoint(text: string, end: number, pack: LanguagePack): boolean {
  const longest = longestWord(pack.context.rangeJoints ?? NONE);
  if (longest === undefined) return true;
  let i = end;
  while (isJsSpace(text.charCodeAt(i))) i++;
  if (i === end) return false;
  const word = i;
  while (i < text.length && !isJsSpace(text.charCodeAt(i))) if (++i - word > longest) return false;
  if (i === word) return false;
  const gap = i;
  while (isJsSpace(text.charCodeAt(i))) i++;
  return i > gap && isDigitCode(text.charCodeAt(i));
}

