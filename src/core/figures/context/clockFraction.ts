import type { Figure } from '../../types';
import { isDigitAt } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { measureAfter } from '../measureAfter';
import { scaleAfter } from '../scaleWords';
import { listRegex } from '../words';
import { decided } from './trace';

/** Compiled once: the bundle builds an inline literal with Unicode classes anew at every call. */
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/**
 * clockFraction: "a quarter to eight", "a quarter past 10", "ein Viertel vor acht": a fraction
 * read before a clock's joint and an hour (the pack's `clockFraction`, or 1 to 12 in digits) is a
 * time of day, no share. The figure "a quarter" is read first (at "a", which the set phrases
 * cannot start at without asking every "a" of a text), so this asks only a figure read as a
 * quarter or three quarters. Not "a quarter to eight percent", "a quarter to one
 * million": a unit or scale after the hour makes it an amount. Returns where the hour ends.
 */
export function clockFractionEnd(text: string, figure: Figure, pack: LanguagePack): number | undefined {
  const clock = pack.context.clockFraction;
  if (!clock || figure.kind !== 'count' || figure.unit || (figure.value !== 0.25 && figure.value !== 0.75)) return undefined;
  const end = figure.span.end;
  if (text[end] !== ' ') return undefined;
  const joint = listRegex(clock.joints, String.raw` W `, 'iuy');
  joint.lastIndex = end;
  if (!joint.test(text)) return undefined;
  const hourEnd = hourEndAt(text, joint.lastIndex, clock.hours);
  if (hourEnd === undefined || measureAfter(text, hourEnd, pack) || scaleAfter(text, hourEnd, pack) !== undefined) return undefined;
  decided('clockFraction');
  return hourEnd;
}

/** Where an hour of the clock ends at `at`: one of the words, or 1 to 12 in digits, standing alone. */
function hourEndAt(text: string, at: number, hours: readonly string[]): number | undefined {
  if (isDigitAt(text, at)) {
    const end = isDigitAt(text, at + 1) ? at + 2 : at + 1;
    const hour = Number(text.slice(at, end));
    // "a quarter past 10." ends there; "past 10.5", "to 10:30" or "to 10am" go on.
    const standsAlone = !LETTER_OR_DIGIT_RE.test(text[end] ?? ' ') && !(/[.,:]/.test(text[end] ?? ' ') && isDigitAt(text, end + 1));
    return hour >= 1 && hour <= 12 && standsAlone ? end : undefined;
  }
  const word = listRegex(hours, String.raw`W(?![\p{L}\p{N}-])`, 'iuy');
  word.lastIndex = at;
  return word.test(text) ? word.lastIndex : undefined;
}
