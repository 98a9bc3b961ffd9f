import type { Span } from '../types';

/**
 * Where typing continues a key: from after the citation's "[" to before its "]" (the cursor
 * may stand right before the bracket), or the key itself and the offset after it when the
 * citation has no brackets.
 */
export function typingRegion(text: string, key: Span): Span {
  const lineStart = text.lastIndexOf('\n', key.start - 1) + 1;
  const open = text.lastIndexOf('[', key.start);
  const close = text.indexOf(']', key.end);
  const lineEnd = text.indexOf('\n', key.end) < 0 ? text.length : text.indexOf('\n', key.end);
  if (open >= lineStart && text.lastIndexOf(']', key.start) < open && close >= 0 && close < lineEnd) return { start: open + 1, end: close };
  return { start: key.start, end: key.end };
}
