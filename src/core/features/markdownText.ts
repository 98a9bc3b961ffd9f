import type { Span } from '../types';

/**
 * Text from a source (its words, its key, its metadata) as Markdown that renders as exactly that
 * text and nothing else: every ASCII punctuation character is backslash-escaped (CommonMark lets
 * any of them be), so no link, image, emphasis, HTML tag, entity, code span or codicon
 * ("$(alert)") can form; "://", "www." and "@" are escaped too, which stops GFM's autolinks;
 * line breaks become spaces, so no line can start a fence, heading, list or quote. Sources come
 * from the web and from colleagues: a hover must never show their links or images, nor run
 * anything but Backcheck's own commands.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    // Control characters (ESC sequences, NUL) are no text a reader sees.
    .replace(/\p{Cc}/gu, (c) => (c === '\t' ? ' ' : ''))
    .replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** A text as inert Markdown with the given spans in bold (spans in the text's own offsets). */
export function markdownWithBold(text: string, bold: Span[]): string {
  let out = '';
  let at = 0;
  for (const span of [...bold].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end <= span.start || span.end > text.length) continue;
    out += markdownText(text.slice(at, span.start)) + `**${markdownText(text.slice(span.start, span.end))}**`;
    at = span.end;
  }
  return out + markdownText(text.slice(at));
}
