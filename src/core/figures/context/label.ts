import type { LanguagePack } from '../lang/pack';
import { mayEndListWordBefore } from '../nearWords';
import { listRegex } from '../words';
import { decided } from './trace';

/**
 * label: "Article 5", "Route 66", "Flight 370", "Absatz 2": a number that names its place in a
 * series is an ordinal, recognized but not checked (spec), not a count of anything. Labels match
 * as written ("No." and "Nr." with their dot, capitalized), so "no 5" stays a count.
 */
export function isLabelled(text: string, start: number, pack: LanguagePack, decides = true): boolean {
  if (text[start - 1] !== ' ' && text[start - 1] !== '\u00a0') return false;
  if (!mayEndListWordBefore(text, start, 0, pack.context.labelsBefore)) return false;
  const labelled = listRegex(pack.context.labelsBefore, String.raw`(?:^|[^\p{L}])W[\s\u00a0]$`, 'u').test(text.slice(Math.max(0, start - 16), start));
  if (labelled && decides) decided('label');
  return labelled;
}
