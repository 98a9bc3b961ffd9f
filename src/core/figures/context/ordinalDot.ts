import type { Figure } from '../../types';
import { digitRunEnd, isDigitAt } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { make } from '../makeFigure';
import { listRegex } from '../words';
import { decided } from './trace';

/** Patterns with Unicode classes, compiled once: the bundle builds an inline literal of them anew at every call. */
const DOT_WORD_RE = /(\d{1,3})\.[\s\u00a0]+(\p{L}+)/uy;

/**
 * ordinalDot: German writes ordinals as digits with a dot: "Mitte des 20. Jahrhunderts", "die 14.
 * Etappe", "in der 64. Minute". The dot makes an ordinal where an article or preposition stands
 * before it or a word of ranks follows; elsewhere it may end a sentence ("waren es 20. Die ...").
 */
export function ordinalDotAt(text: string, at: number, pack: LanguagePack): Figure | undefined {
  const words = pack.context.ordinalDot;
  // One to three digits and a dot: most numbers are turned away by that.
  const digits = digitRunEnd(text, at);
  if (!words || digits === at || digits - at > 3 || text.charCodeAt(digits) !== 46 || isDigitAt(text, at - 1) || /[.,]/.test(text[at - 1] ?? ' ')) return undefined;
  const m = DOT_WORD_RE;
  m.lastIndex = at;
  const d = m.exec(text);
  if (!d || pack.months[d[2].toLowerCase()] !== undefined) return undefined;
  const before = listRegex(words.before, String.raw`(?:^|[^\p{L}])W[\s\u00a0]+$`, 'iu').test(text.slice(Math.max(0, at - 12), at));
  const after = listRegex(words.after, String.raw`^W`, 'iu').test(d[2]);
  if (!before && !after) return undefined;
  decided('ordinalDot');
  return make(text, at, at + d[1].length + 1, Number(d[1]), 'ordinal', pack);
}
