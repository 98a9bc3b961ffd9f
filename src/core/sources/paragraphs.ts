import type { Span } from '../types';

/**
 * Splits a text into paragraphs per the contract: blocks separated by blank lines; a text with
 * no blank line at all has one paragraph per line (news articles saved one paragraph a line).
 * Spans exclude surrounding whitespace, so a paragraph's text is exactly what a reader sees.
 */
export function splitParagraphs(text: string): Span[] {
  const hasBlankLine = /\n[ \t]*\r?\n/.test(text.replace(/^\s+|\s+$/g, ''));
  const separator = hasBlankLine ? /\r?\n(?:[ \t]*\r?\n)+/g : /\r?\n/g;
  const spans: Span[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  };
  for (const match of text.matchAll(separator)) {
    push(from, match.index!);
    from = match.index! + match[0].length;
  }
  push(from, text.length);
  return spans;
}
