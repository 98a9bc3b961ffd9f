import type { Figure } from '../../types';
import { isDigitAt } from '../chars';
import type { LanguagePack } from '../lang/pack';
import { listRegex } from '../words';
import { decided } from './trace';

/**
 * rangeUnit: "300 bis 350 Millimeter", "between 300 and 600 euros", "28, 56 und 78 Jahren", "von
 * 31 auf 17 Grad": the unit written once, after the last number, is the unit of every number of the
 * range or list. `readAt` reads the figure at an offset (the reader the scanner uses).
 */
export function rangeUnit(text: string, figure: Figure, pack: LanguagePack, readAt: (at: number) => Figure | undefined): void {
  const joints = pack.context.rangeJoints;
  if (!joints || figure.kind !== 'count' || figure.unit || figure.noun) return;
  if (figure.scale) return;
  // A joint word between spaces, a dash between spaces or none ("75-300mm", not "75 -300mm"), or a
  // comma of a list. (One pattern holds the joints once: a second W in a shape is not replaced.)
  const re = listRegex(joints, String.raw`(,)?([\s\u00a0]*)(?:(W)([\s\u00a0]*))?(?=[\d\p{L}])`, 'iuy');
  let at = figure.span.end;
  for (let i = 0; i < 5; i++) {
    const glued = gluedDashAt(text, at);
    re.lastIndex = at;
    const j = glued ? undefined : re.exec(text);
    if (!glued && (!j || (j[0].trim() === '' && !j[1]) || (j[1] && j[0].trim() !== ',') || !spacedAlike(j))) return;
    const comma = !glued && j![0].trim() === ',';
    const length = glued ? 1 : j![0].length;
    const next = readAt(at + length);
    if (!next || next.span.start !== at + length) return;
    // Only the last number, after a joint word ("28, 56 und 78 Jahren"), carries the unit of a list.
    // And only a number written as this one is ("eight to 10 feet" may be a count and a length),
    // except after an opener of the range, or in a range of time, where news writes numbers up to
    // twelve in words: "zehn bis 15 Jahre".
    if (next.unit && next.kind !== 'date' && next.kind !== 'year' && !comma && (inDigits(figure) === inDigits(next) || opened(text, figure, pack) || next.kind === 'duration')) {
      adopt(figure, next);
      return;
    }
    // "5 à 10 millions de passagers", "3, 4 et 6 millions": a scale written once, after the last
    // number of a range or list a joint word closes (not a comma: "7, 9 millions"), is the scale of
    // every number, as a unit is, where the pack reads it so (rangeScale).
    if (pack.context.rangeScale && next.kind === 'count' && next.scale && !next.unit && !comma && !figure.scale && inDigits(figure) === inDigits(next)) {
      adopt(figure, next);
      return;
    }
    if (next.kind !== 'count' || next.noun || next.unit || next.scale) return;
    at = next.span.end;
  }
}

/**
 * "30-40 %", "75-300mm": a dash glued between two numbers joins a range in every language, whether
 * or not the pack lists the dash among its joints (French does not: "30 - 40" is no range there;
 * where it does, the pattern above reads it spaced too, "30 - 40 %").
 */
function gluedDashAt(text: string, at: number): boolean {
  const c = text[at];
  return (c === '-' || c === '–') && isDigitAt(text, at + 1);
}

function adopt(figure: Figure, last: Figure): void {
  figure.kind = last.kind;
  figure.unit = last.unit;
  if (last.scale && !figure.scale) {
    figure.value = Number((figure.value * last.scale).toPrecision(15));
    figure.scale = last.scale;
  }
  decided('rangeUnit');
}

/** "between ten and 12 years": a range opener right before the first number. */
function opened(text: string, figure: Figure, pack: LanguagePack): boolean {
  const words = pack.context.rangeOpeners;
  return words !== undefined && listRegex(words, String.raw`(?:^|[^\p{L}])W[\s\u00a0]+$`, 'iu').test(text.slice(Math.max(0, figure.span.start - 12), figure.span.start));
}

const inDigits = (f: Figure) => /\d/.test(f.text.slice(0, 2));

/** A joint between spaces on both sides, or a sign glued on both ("75-300mm"); a word glued ("5to6") or a dash on one side only ("75 -300mm") joins nothing. */
function spacedAlike(j: RegExpExecArray): boolean {
  const [, , before, joint, after] = j;
  if (joint === undefined) return true;
  if (before !== '' && after !== '') return true;
  return before === '' && after === '' && !/\p{L}/u.test(joint);
}
