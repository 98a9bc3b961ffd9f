import type { SourceLibrary } from '../sources/library';
import type { Span } from '../types';

export interface CitationCompletion {
  kind: 'source' | 'passage';
  /** What the list shows: the key, or "key, para. N". */
  label: string;
  /** What replaces `replace`: the cited key (and locator), plus "]" when none follows. */
  insertText: string;
  /** What typing filters on: key, title and, for passages, the passage's words. */
  filterText: string;
  detail: string;
  documentation: string;
  /** Sources first, then passages in reading order. */
  sortText: string;
}

export interface CitationCompletions {
  /** The typed key prefix after "@", which the completion replaces. */
  replace: Span;
  items: CitationCompletion[];
}

const MAX_PASSAGE_WORDS = 40;

/**
 * Completions for a citation key at `offset`: after "[@", or after "@" inside brackets
 * ("[see @", "[@a; @"). Offers every source (key, title) and every passage ("key, para. N"),
 * so typing a passage's words finds it; completes the closing bracket only when it is missing.
 */
export function citationCompletions(text: string, offset: number, library: SourceLibrary): CitationCompletions | undefined {
  // A citation being typed is short: look at most 500 characters back (the regex below is
  // quadratic on a long line of "[").
  const line = text.slice(Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - 500), offset);
  const m = /\[[^\]]*@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u.exec(line);
  if (!m) return undefined;
  const replace = { start: offset - m[1].length, end: offset };
  // Extend over the rest of a key already typed to the right of the cursor.
  const rest = /^[\p{L}\p{N}_:.#$%&+?<>~/-]*/u.exec(text.slice(offset))![0];
  replace.end += rest.length;
  const closed = /^[^[\n]*\]/.test(text.slice(replace.end));
  const close = closed ? '' : ']';
  const items: CitationCompletion[] = [];
  library.sources.forEach((source, i) => {
    const title = source.meta.title ?? source.paragraphs[0]?.text.slice(0, 80) ?? source.key;
    items.push({
      kind: 'source',
      label: source.key,
      insertText: source.key + close,
      filterText: `${source.key} ${title}`,
      detail: [source.meta.outlet, source.meta.date, source.lang.toUpperCase()].filter(Boolean).join(' · '),
      documentation: title,
      sortText: `0-${String(i).padStart(4, '0')}`,
    });
    for (const paragraph of source.paragraphs) {
      const words = paragraph.text.split(/\s+/).slice(0, MAX_PASSAGE_WORDS).join(' ');
      items.push({
        kind: 'passage',
        label: `${source.key}, para. ${paragraph.index}`,
        insertText: `${source.key}, para. ${paragraph.index}${close}`,
        filterText: `${source.key} ${words}`,
        detail: words.length > 70 ? words.slice(0, 70) + '…' : words,
        documentation: paragraph.text,
        sortText: `1-${String(i).padStart(4, '0')}-${String(paragraph.index).padStart(4, '0')}`,
      });
    }
  });
  return { replace, items };
}
