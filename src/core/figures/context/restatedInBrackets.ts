import type { Figure } from '../../types';
import { decided } from './trace';

/**
 * restatedInBrackets: "thirty (30) days", "45 (forty five)": a number restated in brackets in
 * the other notation is one figure, as contracts and official texts write it. `readAt` reads the
 * figure inside the brackets.
 */
export function restatedInBrackets(text: string, figure: Figure, readAt: (at: number) => Figure | undefined): void {
  const end = figure.span.end;
  if (text[end] !== ' ' || text[end + 1] !== '(') return;
  const inner = readAt(end + 2);
  if (!inner || text[inner.span.end] !== ')' || inner.value !== figure.value || inner.kind !== figure.kind || inner.span.start !== end + 2) return;
  decided('restatedInBrackets');
  figure.span = { start: figure.span.start, end: inner.span.end + 1 };
  figure.text = text.slice(figure.span.start, figure.span.end);
}
