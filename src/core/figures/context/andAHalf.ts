import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import { make } from '../makeFigure';
import { listRegex, NONE } from '../words';
import { decided } from './trace';

/**
 * andAHalf: "neuf ans et demi", "deux heures et demie": a half written after the unit belongs to
 * the number before it (9.5 years), or "neuneinhalb Jahre" finds no match. Returns the whole
 * figure, or undefined where no half follows.
 */
export function andAHalf(text: string, figure: Figure, pack: LanguagePack): Figure | undefined {
  const halves = pack.context.halfAfterUnit ?? NONE;
  if (halves.length === 0 || !figure.unit || (figure.kind !== 'duration' && figure.kind !== 'quantity')) return undefined;
  const half = listRegex(halves, String.raw`[\s\u00a0]+W(?![\p{L}\p{N}])`, 'iuy');
  half.lastIndex = figure.span.end;
  const m = half.exec(text);
  if (!m) return undefined;
  decided('andAHalf');
  const whole = make(text, figure.span.start, figure.span.end + m[0].length, figure.value + 0.5, figure.kind, pack, figure.unit);
  if (figure.noun) whole.noun = figure.noun;
  return whole;
}
