import type { Figure } from '../../types';
import type { LanguagePack } from '../lang/pack';
import { make } from '../makeFigure';
import { listRegex, NONE } from '../words';
import { decided } from './trace';

/**
 * andAHalf: "neuf ans et demi", "two hours and a half": a half written after the unit belongs to
 * the number before it (9.5 years), or "neuneinhalb Jahre" finds no match. Returns the whole
 * figure, or undefined where no half follows.
 */
export function andAHalf(text: string, figure: Figure, pack: LanguagePack): Figure | undefined {
  if (!figure.unit || (figure.kind !== 'duration' && figure.kind !== 'quantity')) return undefined;
  const end = halfAfterUnitEnd(text, figure.span.end, pack);
  if (end === undefined) return undefined;
  const whole = make(text, figure.span.start, end, figure.value + 0.5, figure.kind, pack, figure.unit);
  if (figure.noun) whole.noun = figure.noun;
  return whole;
}

/**
 * Where the pack's words for a half after a unit ("and a half", "et demie") end, when they follow
 * `unitEnd` after white space; else undefined. Shared with the unit without a number ("a year and
 * a half"), so a language says its half once.
 */
export function halfAfterUnitEnd(text: string, unitEnd: number, pack: LanguagePack): number | undefined {
  const halves = pack.context.halfAfterUnit ?? NONE;
  if (halves.length === 0) return undefined;
  const half = listRegex(halves, String.raw`[\s\u00a0]+W(?![\p{L}\p{N}])`, 'iuy');
  half.lastIndex = unitEnd;
  const m = half.exec(text);
  if (!m) return undefined;
  decided('andAHalf');
  return unitEnd + m[0].length;
}
