import type { Span } from './types';

/**
 * How many link brackets and emphasis marks (`[`, `]`, `*`, `_`) one paragraph may hold before
 * they are read as plain text. remark's parser pairs them by looking back over every earlier
 * one in the paragraph, which is quadratic: 20,000 citations on one line took 14 s. A news
 * paragraph holds a handful; a paragraph over the limit is machine-made.
 */
export const MAX_MARKS_PER_PARAGRAPH = 2000;

const MARKS = new Set([91, 93, 42, 95]); // [ ] * _

/**
 * Blanks the brackets and emphasis marks of every paragraph (run of non-blank lines) that holds
 * more than the limit, so the parser reads it in linear time; offsets and all other characters
 * stay as they are, and the citations in it are still read (from the document's own text).
 * A line's leading container markers (`* item`) are kept. One pass over the text.
 */
export function flattenDenseParagraphs(markdown: string): { text: string; flattened: Array<{ span: Span; marks: number }> } {
  const flattened: Array<{ span: Span; marks: number }> = [];
  let chars: string[] | undefined;
  let blockStart = -1;
  let marks = 0;
  let lineStart = 0;
  const close = (end: number) => {
    if (blockStart >= 0 && marks > MAX_MARKS_PER_PARAGRAPH) {
      chars ??= markdown.split('');
      blankMarks(markdown, chars, blockStart, end);
      flattened.push({ span: { start: blockStart, end }, marks });
    }
    blockStart = -1;
    marks = 0;
  };
  while (lineStart <= markdown.length) {
    let lineEnd = lineStart;
    let blank = true;
    let lineMarks = 0;
    for (; lineEnd < markdown.length; lineEnd++) {
      const c = markdown.charCodeAt(lineEnd);
      if (c === 10 || c === 13) break;
      if (c !== 32 && c !== 9) blank = false;
      if (MARKS.has(c)) lineMarks++;
    }
    if (blank) close(lineStart);
    else {
      if (blockStart < 0) blockStart = lineStart;
      marks += lineMarks;
    }
    if (lineEnd >= markdown.length) {
      close(lineEnd);
      break;
    }
    lineStart = lineEnd + (markdown.charCodeAt(lineEnd) === 13 && markdown.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return { text: chars ? chars.join('') : markdown, flattened };
}

/** Blanks the marks in [start, end), except each line's leading `*` list markers. */
function blankMarks(text: string, chars: string[], start: number, end: number): void {
  let atLineStart = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      atLineStart = true;
      continue;
    }
    if (atLineStart && (c === 32 || c === 9 || c === 62 || ((c === 42 || c === 45 || c === 43) && text.charCodeAt(i + 1) === 32))) continue;
    atLineStart = false;
    if (MARKS.has(c)) chars[i] = ' ';
  }
}
