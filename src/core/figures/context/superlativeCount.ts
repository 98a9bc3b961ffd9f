import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import { listRegex, NONE } from '../words';
import { decided } from './trace';

/**
 * superlativeCount: "les dix années les plus chaudes", "les trois mois les plus secs": units of
 * time ranked by a superlative are things counted (the ten hottest years), not a span of ten years.
 */
export function superlativeCount(text: string, figure: Figure, pack: LanguagePack): void {
  const words = pack.context.superlativeAfter ?? NONE;
  if (words.length === 0 || figure.kind !== 'duration' || !figure.unit || figure.hedge) return;
  if (!listRegex(words, String.raw`^[\s\u00a0]+W[\s\u00a0]+\p{L}`, 'iu').test(text.slice(figure.span.end, figure.span.end + 24))) return;
  figure.kind = 'count';
  // The unit's word, the figure's last: split, not an end-anchored pattern (which backtracks on long words).
  figure.noun = figure.text.split(/[\s\u00a0]/).at(-1);
  delete figure.unit;
  decided('superlativeCount');
}
