import type { Figure } from '../../types';
import { digitRunEnd } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { make } from '../makeFigure';
import { unitAfter } from '../unitsOf';
import { decided } from './trace';

/**
 * stopwatch: a time measured, not a time of day: "2:06:18" (hours, minutes, seconds), "20:41,3
 * Minuten", "14:36.21 minutes", "2:30 minutes". In seconds, the smallest unit written. A pair
 * without a fraction or a unit of duration after it ("17:30") is left to the clock.
 */
export function stopwatchAt(text: string, at: number, pack: LanguagePack): Figure | undefined {
  // Hours or minutes are one or two digits and a colon: most numbers are turned away by that.
  const digits = digitRunEnd(text, at);
  if (digits === at || digits - at > 2 || text.charCodeAt(digits) !== 58 || /[\d:.,]/.test(text[at - 1] ?? ' ')) return undefined;
  const re = /(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:[.,](\d{1,3}))?(?![\d:])/y;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return undefined;
  let end = at + m[0].length;
  const unit = unitAfter(text, end, pack);
  const durationAfter = unit !== undefined && unit.sense.kind === 'duration' && unit.sense.unit !== 'hour' && /^[\s\u00a0]/.test(unit.whole);
  if (m[3] === undefined && m[4] === undefined && !durationAfter) return undefined;
  const fraction = m[4] !== undefined ? Number(`0.${m[4]}`) : 0;
  const value = m[3] !== undefined ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + fraction : Number(m[1]) * 60 + Number(m[2]) + fraction;
  if (durationAfter) end = unit.end;
  decided('stopwatch');
  return make(text, at, end, Number(value.toFixed(3)), 'duration', pack, 'second');
}
