import type { Figure } from '../../types';
import { letterRunEnd } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { make } from '../makeFigure';
import { decided } from './trace';

/** multiplier: "twice", "tenfold", "zweimal", "doppelt": a count of times, a figure a reporter checks. */
export function multiplierAt(text: string, at: number, pack: LanguagePack): Figure | undefined {
  const words = pack.context.multipliers;
  if (!words || /[\p{L}\p{N}-]/u.test(text[at - 1] ?? ' ')) return undefined;
  const end = letterRunEnd(text, at);
  const value = words[text.slice(at, end).toLowerCase()];
  if (value === undefined || /[\p{N}-]/u.test(text[end] ?? ' ')) return undefined;
  decided('multiplier');
  return make(text, at, end, value, 'count', pack);
}
