import type { Figure } from '../types';
import type { LanguagePack } from './lang/pack';
import { make } from './makeFigure';

export { germanOrdinal } from './lang/de/shares';

/**
 * Shares written in words, as news writes them, each a figure of its value (0.5 for half, 0.2 for
 * one in five), so they match each other across languages and percentages as shares. What a
 * share is in words is the language's: its pack reads it. Ratios with a number on both sides
 * ("one in five", "zwei von drei") are read with the number.
 */
export function shareWordAt(text: string, at: number, pack: LanguagePack): Figure | undefined {
  const share = pack.readShare?.(text, at, pack);
  return share ? make(text, at, share.end, share.value, share.kind, pack, share.unit) : undefined;
}
