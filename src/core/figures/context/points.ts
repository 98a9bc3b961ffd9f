import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import { mayStartListWordAfter } from '../nearWords';
import { hasWord, listRegex } from '../words';
import { decided } from './trace';

/**
 * points: "won by 15 points", "a lead of 4.9 points": where the sentence speaks of votes, polls or
 * percentages, points are percentage points, so they match "15 Prozentpunkte".
 */
export function asPoints(text: string, figure: Figure, pack: LanguagePack): void {
  const points = pack.context.points;
  if (!points || figure.kind !== 'count' || figure.unit) return;
  const end = figure.span.end;
  // The pattern runs only where a word of the list may follow (see nearWords).
  if (!mayStartListWordAfter(text, end, Math.min(text.length, end + 12), points.words)) return;
  const word = listRegex(points.words, String.raw`^[\s\u00a0]W(?![\p{L}])`, 'iu').exec(text.slice(end, end + 12));
  if (!word) return;
  const sentence = text.slice(Math.max(0, figure.span.start - 200), figure.span.end + 120);
  if (!hasWord(sentence, points.pollWords) && !sentence.includes('%')) return;
  figure.kind = 'percent';
  figure.unit = 'pp';
  figure.number ??= { ...figure.span };
  figure.span = { start: figure.span.start, end: figure.span.end + word[0].length };
  figure.text = text.slice(figure.span.start, figure.span.end);
  delete figure.noun;
  decided('points');
}
