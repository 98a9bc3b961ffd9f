import { extractFiguresInSegments, shiftedFigure } from './figureSegments';
import { packFor } from './figures/lang';
import { separatorStyle } from './figures/parseNumber';
import { firstIndex } from './firstIndex';
import type { Figure, Lang, Span } from './types';

/** A draft's figures as last read: the next version of the same draft is read from it. */
interface Reading {
  text: string;
  figureText: string;
  lang: Lang;
  figures: Figure[];
}

/**
 * How far (in characters, then out to a blank line) the figures around an edit are read again,
 * and how much more text the reading sees on each side. A figure's reading looks a few words
 * around it (a hedge before, the noun after, the list it stands in); a paragraph and more on
 * each side is far past that, so the figures read again come out as the whole draft's reading
 * has them (draftFigures.test.ts edits drafts at random and compares with a whole reading).
 */
const MARGIN = 1000;
/** Readings kept: the open drafts a writer switches between, not every draft ever read. */
const KEPT_READINGS = 4;
const recent: Reading[] = [];

// Blank lines (and lines blanked as non-prose), as markdownCuts finds them: no figure runs across one.
const BLANK_LINE = /\n[ \t]*(?:\r?\n[ \t]*)*\r?\n/g;

/**
 * The figures of a draft's prose (`figureText`: the draft masked to prose, citations blanked),
 * as `extractFiguresInSegments` reads them from the whole text. A keystroke changes one place:
 * when an earlier reading of the same draft is at hand, only the paragraphs around the change
 * are read again, and the figures before and after it are taken over (the latter shifted), so
 * a keystroke's work does not grow with the draft.
 */
export function draftFigures(text: string, figureText: string, lang: Lang, cuts: Span[]): Figure[] {
  const previous = closestReading(text, figureText, lang);
  const figures = (previous && rereadAround(previous, figureText, lang, cuts)) ?? extractFiguresInSegments(figureText, lang, cuts);
  remember({ text, figureText, lang, figures });
  return figures;
}

function remember(reading: Reading): void {
  recent.unshift(reading);
  if (recent.length > KEPT_READINGS) recent.pop();
}

/** A kept reading of this text's draft, with the start and end the two share. */
interface Earlier {
  reading: Reading;
  prefix: number;
  suffix: number;
}

/**
 * The kept reading sharing the longest unchanged start and end with this text, if any: the
 * latest one when it shares nearly all (the keystroke before), else the best of them.
 */
function closestReading(text: string, figureText: string, lang: Lang): Earlier | undefined {
  let best: Earlier | undefined;
  for (const reading of recent) {
    if (reading.lang !== lang) continue;
    const { prefix, suffix } = unchanged(reading, text, figureText);
    if (!best || prefix + suffix > best.prefix + best.suffix) best = { reading, prefix, suffix };
    if (best.prefix + best.suffix >= text.length - MARGIN) break;
  }
  return best;
}

/** The lengths of the start and end that `text` and `figureText` share with the reading's. */
function unchanged(reading: Reading, text: string, figureText: string): { prefix: number; suffix: number } {
  const shortest = Math.min(text.length, reading.text.length);
  const prefix = commonPrefix(figureText, reading.figureText, commonPrefix(text, reading.text, shortest));
  const most = shortest - prefix;
  const suffix = commonSuffix(figureText, reading.figureText, commonSuffix(text, reading.text, most));
  return { prefix, suffix };
}

function commonPrefix(a: string, b: string, most: number): number {
  let i = 0;
  while (i < most && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, most: number): number {
  let i = 0;
  while (i < most && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * The figures of the new text from a reading of an earlier version: the figures that start
 * before the changed paragraphs (`keepFrom`), those read again in a window around them, and the
 * earlier figures after them, shifted. Undefined when reading the whole is as quick, or when the
 * window would not read numbers with the document's separator style (which the whole text decides).
 */
function rereadAround({ reading: previous, prefix, suffix }: Earlier, figureText: string, lang: Lang, cuts: Span[]): Figure[] | undefined {
  const length = figureText.length;
  const blanks = blankLines(figureText);
  const keepFrom = blockStartBefore(blanks, prefix - MARGIN);
  const windowStart = blockStartBefore(blanks, keepFrom - MARGIN);
  const keepTo = blockEndAfter(blanks, length - suffix + MARGIN, length);
  const windowEnd = blockEndAfter(blanks, keepTo + MARGIN, length);
  if (windowEnd - windowStart > length / 2) return undefined;
  const window = figureText.slice(windowStart, windowEnd);
  const own = packFor(lang).decimalMark;
  if (separatorStyle(window, own) !== separatorStyle(figureText, own)) return undefined;
  const read = extractFiguresInSegments(window, lang, cutsWithin(cuts, windowStart, windowEnd));
  const shift = length - previous.figureText.length;
  const before = previous.figures.slice(0, firstIndex(previous.figures.length, (i) => previous.figures[i].span.start < keepFrom));
  const fromOld = keepTo - shift;
  const after = previous.figures.slice(firstIndex(previous.figures.length, (i) => previous.figures[i].span.start < fromOld));
  const around = read.map((f) => shiftedFigure(f, windowStart)).filter((f) => f.span.start >= keepFrom && f.span.start < keepTo);
  return [...before, ...around, ...(shift === 0 ? after : after.map((f) => shiftedFigure(f, shift)))];
}

function blankLines(text: string): Span[] {
  return Array.from(text.matchAll(BLANK_LINE), (m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** The start of the block holding `at`: the end of the last blank line ending at or before it, else 0. */
function blockStartBefore(blanks: Span[], at: number): number {
  if (at <= 0) return 0;
  const i = firstIndex(blanks.length, (j) => blanks[j].end <= at);
  return i > 0 ? blanks[i - 1].end : 0;
}

/** The end of the block holding `at`: the start of the first blank line starting at or after it, else the text's end. */
function blockEndAfter(blanks: Span[], at: number, length: number): number {
  if (at >= length) return length;
  const i = firstIndex(blanks.length, (j) => blanks[j].start < at);
  return i < blanks.length ? blanks[i].start : length;
}

/** The cuts inside [from, to), clipped to it, as offsets from `from`. */
function cutsWithin(cuts: Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const cut of cuts) {
    const start = Math.max(cut.start, from);
    const end = Math.min(cut.end, to);
    if (start < end) out.push({ start: start - from, end: end - from });
  }
  return out;
}

/** Forgets the kept readings (tests that compare a reading from scratch). */
export function forgetReadings(): void {
  recent.length = 0;
}
