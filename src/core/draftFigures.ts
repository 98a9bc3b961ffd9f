import { extractFiguresInBlocks, shiftedFigure } from './figureSegments';
import { packFor } from './figures/lang';
import { separatorStyle } from './figures/parseNumber';
import { firstIndex } from './firstIndex';
import type { Figure, Lang, Span } from './types';

/** A draft's figures as last read: the next version of the same draft is read from it. */
export interface Reading {
  text: string;
  figureText: string;
  lang: Lang;
  figures: Figure[];
}

/** Characters a kept reading may differ by and still be taken as the keystroke before, without looking further. */
const NEARLY_ALL = 1000;
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
  const figures = (previous && rereadAround(previous, figureText, lang, cuts)) ?? extractFiguresInBlocks(figureText, lang, cuts);
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
    if (best.prefix + best.suffix >= text.length - NEARLY_ALL) break;
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
 * The figures of the new text from a reading of an earlier version: the figures before the
 * changed blocks, those of the changed blocks read again, and the earlier figures after them,
 * shifted. Exact, because a block's figures depend on the block and the document's separator
 * style alone (figureSegments.ts), and the style is the whole text's. Undefined when reading
 * the whole is as quick.
 */
function rereadAround({ reading: previous, prefix, suffix }: Earlier, figureText: string, lang: Lang, cuts: Span[]): Figure[] | undefined {
  const length = figureText.length;
  const blanks = blankLines(figureText);
  const from = blockStartBefore(blanks, prefix);
  const to = blockEndAfter(blanks, length - suffix, length);
  if (to - from > length / 2) return undefined;
  const style = separatorStyle(figureText, packFor(lang).decimalMark);
  const read = extractFiguresInBlocks(figureText.slice(from, to), lang, cutsWithin(cuts, from, to), style);
  const shift = length - previous.figureText.length;
  const before = previous.figures.slice(0, firstIndex(previous.figures.length, (i) => previous.figures[i].span.start < from));
  const after = previous.figures.slice(firstIndex(previous.figures.length, (i) => previous.figures[i].span.start < to - shift));
  const around = read.map((f) => shiftedFigure(f, from));
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

/** The readings kept, latest first: for a cache to keep them across runs (the CLI's `--cache`). */
export function keptReadings(): readonly Reading[] {
  return recent;
}

/**
 * Takes in a reading an earlier run kept, after this run's own (while there is room): the next
 * version of that draft is then read around its change, as a keystroke's is.
 */
export function keepReading(reading: Reading): void {
  if (recent.length < KEPT_READINGS) recent.push(reading);
}

/** Forgets the kept readings (tests that compare a reading from scratch). */
export function forgetReadings(): void {
  recent.length = 0;
}
