import type { Span } from '../types';

interface Line {
  start: number;
  end: number;
  /** Only spaces and tabs (or nothing). */
  blank: boolean;
  /** Holds a character that is not white space. */
  content: boolean;
}

/**
 * Splits a text into paragraphs per the contract: blocks separated by blank lines; a text with
 * no blank line at all has one paragraph per line (news articles saved one paragraph a line).
 * Spans exclude surrounding whitespace, so a paragraph's text is exactly what a reader sees.
 * A line ends at LF, CRLF or a lone CR. One pass over the text (no backtracking regex).
 */
export function splitParagraphs(text: string): Span[] {
  const lines = splitLines(text);
  const first = lines.findIndex((l) => l.content);
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].content) { last = i; break; }
  // A blank line counts only between the first and the last line with text in it.
  let hasBlankLine = false;
  for (let i = first + 1; i < last; i++) if (lines[i].blank) { hasBlankLine = true; break; }
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  };
  if (!hasBlankLine) {
    for (const line of lines) push(line.start, line.end);
    return spans;
  }
  let blockStart = -1;
  let blockEnd = -1;
  for (const line of lines) {
    if (line.blank) {
      if (blockStart >= 0) push(blockStart, blockEnd);
      blockStart = -1;
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
  }
  if (blockStart >= 0) push(blockStart, blockEnd);
  return spans;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let blank = true;
  let content = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      lines.push({ start, end: i, blank, content });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      blank = true;
      content = false;
      continue;
    }
    if (c !== 32 && c !== 9) blank = false;
    if (!content && !/\s/.test(text[i])) content = true;
  }
  return lines;
}
