import { extractFigures } from './figures/extractFigures';
import { packFor } from './figures/lang';
import { separatorStyle, type SeparatorStyle } from './figures/parseNumber';
import { blockLang } from './text/detectLang';
import type { Figure, Lang, Span } from './types';

/**
 * No figure, and nothing a figure's reading looks at, runs across a boundary a reader sees: a
 * blank line, a heading's line, a table cell's `|`, a list item's start (and, in a source of one
 * paragraph a line, a line break, which loadSource already splits on). "ten dollars", a blank
 * line, "10 cents" is two figures, not 10.10; "more than", a blank line, "5 people" is no bound.
 *
 * So each segment between cuts is read on its own, with the separator style of the whole text
 * (decided from all of its unambiguous numbers). A segment's figures then depend on that segment
 * and the style alone, which is what lets a draft be read again block by block (draftFigures.ts).
 * Offsets stay the text's own.
 */
export function extractFiguresInSegments(text: string, lang: Lang, cuts: Span[], style: SeparatorStyle = separatorStyle(text, packFor(lang).decimalMark)): Figure[] {
  return readSegments(text, cuts, (segment) => extractFigures(segment, lang, style));
}

/**
 * A draft's figures as `extractFiguresInSegments` reads them, but each segment in its own language
 * where it is plainly written in another than the draft (blockLang), with the separators as that
 * segment writes them: a German quotation in an English draft. Either way a segment's figures
 * depend on the segment and the draft alone. Sources are read in their document's language: every
 * paragraph of a 10,000-source load asked for its language cost 6% of the load's time (profiled),
 * for a case their writers rarely give.
 */
export function extractFiguresInBlocks(text: string, lang: Lang, cuts: Span[], style: SeparatorStyle = separatorStyle(text, packFor(lang).decimalMark)): Figure[] {
  return readSegments(text, cuts, (segment) => {
    const own = blockLang(segment, lang);
    return own === lang ? extractFigures(segment, lang, style) : extractFigures(segment, own);
  });
}

function readSegments(text: string, cuts: Span[], read: (segment: string) => Figure[]): Figure[] {
  if (cuts.length === 0) return read(text);
  const figures: Figure[] = [];
  for (const segment of segmentsOf(text.length, mergeCuts(cuts))) {
    for (const f of read(text.slice(segment.start, segment.end))) figures.push(segment.start === 0 ? f : shiftedFigure(f, segment.start));
  }
  return figures;
}

/** Where a Markdown document's blocks meet, as spans of the separating text. */
export function markdownCuts(original: string, masked: string): Span[] {
  const cuts: Span[] = [];
  // Blank lines (also lines blanked as non-prose: code, HTML, a setext heading's underline).
  for (const m of masked.matchAll(/\n[ \t]*(?:\r?\n[ \t]*)*\r?\n/g)) cuts.push({ start: m.index!, end: m.index! + m[0].length });
  // Table cells: a `|` never belongs to a figure.
  for (const m of masked.matchAll(/\|/g)) cuts.push({ start: m.index!, end: m.index! + 1 });
  // A heading is a line of its own, and a list item starts a block of its own.
  for (const m of original.matchAll(/^(?: {0,3}#{1,6}(?:[ \t]|$)|[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)/gm)) {
    const lineStart = m.index!;
    if (lineStart > 0) cuts.push({ start: lineStart - 1, end: lineStart });
    if (/#/.test(m[0])) {
      const lineEnd = original.indexOf('\n', lineStart);
      if (lineEnd >= 0) cuts.push({ start: lineEnd, end: lineEnd + 1 });
    }
  }
  return cuts;
}

/** Within one source paragraph: table cells, and in a Markdown source its heading lines. */
export function paragraphCuts(text: string, markdown: boolean): Span[] {
  return markdown ? markdownCuts(text, text) : [...text.matchAll(/\|/g)].map((m) => ({ start: m.index!, end: m.index! + 1 }));
}

/** Sorted, disjoint cuts: overlapping and touching ones joined. */
function mergeCuts(cuts: Span[]): Span[] {
  const sorted = [...cuts].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const cut of sorted) {
    const last = out[out.length - 1];
    if (last && cut.start <= last.end) last.end = Math.max(last.end, cut.end);
    else out.push({ ...cut });
  }
  return out;
}

function segmentsOf(length: number, cuts: Span[]): Span[] {
  const segments: Span[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.start > from) segments.push({ start: from, end: cut.start });
    from = Math.max(from, cut.end);
  }
  if (from < length) segments.push({ start: from, end: length });
  return segments;
}

/** A copy of `figure` with its spans moved by `by`: a figure read in a slice, placed in the whole text. */
export function shiftedFigure(figure: Figure, by: number): Figure {
  return {
    ...figure,
    span: { start: figure.span.start + by, end: figure.span.end + by },
    ...(figure.number ? { number: { start: figure.number.start + by, end: figure.number.end + by } } : {}),
  };
}
