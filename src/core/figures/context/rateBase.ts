import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import { listRegex } from '../words';
import { decided } from './trace';

/** The bases a rate is given over: a hundred, a thousand, ... a million (powers of ten). */
const BASES: ReadonlySet<number> = new Set([100, 1000, 10000, 100000, 1000000]);

/**
 * rateBase: "12 cases per million", "58 doctors per 100,000 people": the base a rate is given over
 * is no figure of its own (the rate is the number before it), so a bare count of a hundred, a
 * thousand ... a million right after one of the pack's rate words (`context.rateBaseBefore`,
 * "per") is stepped over. A hedge or a unit makes it an amount ("per about 1,000", "per 100 km").
 * Returns where the base ends; undefined for a figure.
 */
export function rateBaseEnd(text: string, figure: Figure, pack: LanguagePack): number | undefined {
  const words = pack.context.rateBaseBefore;
  if (!words || figure.kind !== 'count' || figure.unit !== undefined || figure.hedge !== undefined || !BASES.has(figure.value)) return undefined;
  const at = figure.span.start;
  if (!listRegex(words, String.raw`(?:^|[^\p{L}])W[\s\u00a0]+$`, 'iu').test(text.slice(Math.max(0, at - 12), at))) return undefined;
  decided('rateBase');
  return figure.span.end;
}
