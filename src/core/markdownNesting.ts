import type { Span } from './types';

/**
 * How deep blockquotes and lists may nest before the rest of a line is cut. remark's parser
 * recurses per open container (4,000 nested `>` overflow the stack; 10,000 nested `- ` take
 * minutes); no article nests anywhere near this deep.
 */
export const MAX_NESTING = 32;

export interface NestingCut {
  /** The part of the line that was not read. */
  span: Span;
  depth: number;
}

/**
 * Blanks (to spaces, so offsets stay the document's own) every line's text past the
 * `MAX_NESTING`-th container marker (`>`, `-`, `*`, `+`, `1.`, `1)`), counting two columns of
 * indentation before a marker as one level (lists also nest by indentation). Lines without a
 * marker (code, prose) are never cut. One pass over the text.
 */
export function cutDeepNesting(markdown: string): { text: string; cuts: NestingCut[] } {
  const cuts: Array<NestingCut & { nextLine: number }> = [];
  let out: string[] | undefined;
  let lineStart = 0;
  while (lineStart <= markdown.length) {
    const lineEnd = endOfLine(markdown, lineStart);
    const cut = deepestAllowed(markdown, lineStart, lineEnd);
    if (cut) {
      out ??= markdown.split('');
      for (let i = cut.at; i < lineEnd; i++) out[i] = ' ';
      // Cuts on consecutive lines are one finding: the run's span and its deepest nesting.
      const last = cuts[cuts.length - 1];
      if (last && last.nextLine === lineStart) {
        last.span.end = lineEnd;
        last.depth = Math.max(last.depth, cut.depth);
      } else cuts.push({ span: { start: cut.at, end: lineEnd }, depth: cut.depth, nextLine: -1 });
      cuts[cuts.length - 1].nextLine = nextLineStart(markdown, lineEnd);
    }
    if (lineEnd >= markdown.length) break;
    lineStart = nextLineStart(markdown, lineEnd);
  }
  return { text: out ? out.join('') : markdown, cuts: cuts.map(({ span, depth }) => ({ span, depth })) };
}

function nextLineStart(text: string, lineEnd: number): number {
  return lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
}

function endOfLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Where a line's container prefix passes the limit, and how deep it goes; undefined if it never does. */
function deepestAllowed(text: string, start: number, end: number): { at: number; depth: number } | undefined {
  let depth = 0;
  let columns = 0;
  let cutAt = -1;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (depth === 0) columns += c === 9 ? 4 : 1;
      i++;
      continue;
    }
    const marker = markerLength(text, i, end);
    if (marker === 0) break;
    depth++;
    i += marker;
    if (cutAt < 0 && depth + (columns >> 1) > MAX_NESTING) cutAt = i - marker;
  }
  if (cutAt < 0) return undefined;
  return { at: cutAt, depth: depth + (columns >> 1) };
}

/** The length of a container marker at `i` (`>`, or a list marker followed by a space or line end), else 0. */
function markerLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  const spaceOrEnd = (j: number) => j >= end || text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9;
  if (c === 62) return 1;
  if ((c === 45 || c === 42 || c === 43) && spaceOrEnd(i + 1)) return 1;
  let j = i;
  while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j > i && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41) && spaceOrEnd(j + 1)) return j + 1 - i;
  return 0;
}
